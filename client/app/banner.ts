import { t } from "../i18n";
import { append, clear, h } from "../lib/dom";

/** A non-blocking message strip under the top bar; the current view stays as it was. */
export interface Banner {
  error(message: string, retry?: () => void): void;
  info(message: string): void;
  hide(): void;
}

export function createBanner(el: HTMLElement): Banner {
  el.setAttribute("role", "status");
  el.setAttribute("data-testid", "banner");
  const show = (kind: "error" | "info", message: string, retry?: () => void) => {
    clear(el);
    el.className = `banner ${kind}`;
    el.hidden = false;
    append(
      el,
      h("span", {}, message),
      retry
        ? h(
            "button",
            {
              onclick: () => {
                banner.hide();
                retry();
              },
              "data-testid": "banner-retry",
            },
            t("banner.retry"),
          )
        : null,
      h("button", { onclick: () => banner.hide() }, t("banner.dismiss")),
    );
  };
  const banner: Banner = {
    error: (message, retry) => show("error", message, retry),
    info: (message) => show("info", message),
    hide: () => {
      el.hidden = true;
      clear(el);
    },
  };
  banner.hide();
  return banner;
}
