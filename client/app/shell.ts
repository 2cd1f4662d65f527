import { lang, onLangChange, setLang, t } from "../i18n";
import { clear, h } from "../lib/dom";
import { createBanner } from "./banner";
import { describeError } from "./errors";
import { session } from "./session";
import { createUserMenu, openLogin } from "./user-menu";
import type { MountedView, ViewContext } from "./view-types";
import { DEFAULT_PATH, VIEWS, viewFor } from "./views";

/** The page frame: top bar (brand, navigation, language), banner, and the routed view. */
export function startShell(root: HTMLElement): void {
  const nav = h("nav", { "aria-label": "main", id: "main-nav" });
  // Narrow screens: the links fold into a menu opened by this button; sign-in and language stay in the bar.
  const menuButton = h("button", {
    class: "nav-toggle",
    "data-testid": "nav-toggle",
    "aria-controls": "main-nav",
    "aria-expanded": "false",
    onclick: () => setMenu(!nav.classList.contains("open")),
  });
  const setMenu = (open: boolean) => {
    nav.classList.toggle("open", open);
    menuButton.setAttribute("aria-expanded", String(open));
    menuButton.textContent = open ? `✕ ${t("nav.menuClose")}` : `☰ ${t("nav.menu")}`;
  };
  const langButton = h("button", {
    "data-testid": "lang-toggle",
    onclick: () => setLang(lang() === "zh" ? "en" : "zh"),
  });
  const brand = h("div", { class: "brand" });
  const bannerEl = h("div", {});
  const main = h("main", { class: "view", id: "view" });
  const userMenu = createUserMenu();
  root.append(h("header", { class: "topbar" }, brand, menuButton, nav, userMenu.el, langButton), bannerEl, main);
  const banner = createBanner(bannerEl);

  let mounted: MountedView | null = null;
  let mountedPath: string | null = null;
  let generation = 0;

  const ctx: ViewContext = {
    root: main,
    banner,
    navigate(url, options = {}) {
      const target = new URL(url, location.href);
      if (!target.searchParams.has("lang") && lang() !== "zh") target.searchParams.set("lang", lang());
      if (options.replace) history.replaceState(null, "", target);
      else history.pushState(null, "", target);
      void route();
    },
  };

  function renderChrome() {
    brand.replaceChildren(h("span", {}, t("app.title")), h("span", { class: "brand-sub" }, ` · ${t("app.subtitle")}`));
    brand.title = `${t("app.title")} · ${t("app.subtitle")}`;
    setMenu(false);
    document.title = `${t("app.title")} ChainAtlas`;
    langButton.textContent = t("lang.toggle");
    clear(nav);
    const current = viewFor(location.pathname);
    userMenu.render();
    for (const view of VIEWS) {
      if (!view.navKey || (view.minRole && !session.can(view.minRole))) continue;
      const link = h(
        "a",
        { href: view.path, "aria-current": current === view ? "page" : undefined, "data-nav": view.path },
        t(view.navKey),
      );
      link.addEventListener("click", (event) => {
        event.preventDefault();
        ctx.navigate(view.path);
      });
      nav.append(link);
    }
  }

  async function route(force = false) {
    if (location.pathname === "/" || location.pathname === "") {
      history.replaceState(null, "", `${DEFAULT_PATH}${location.search}`);
    }
    renderChrome();
    const view = viewFor(location.pathname);
    if (!force && mounted && view && view.path === mountedPath && mounted.update) {
      mounted.update(new URL(location.href));
      return;
    }
    const mine = ++generation;
    mounted?.unmount?.();
    mounted = null;
    clear(main);
    if (!view) {
      mountedPath = null;
      main.append(h("div", { class: "empty-state" }, t("error.notFound", { path: location.pathname })));
      return;
    }
    main.append(h("div", { class: "empty-state" }, t("loading")));
    try {
      const module = await view.load();
      if (mine !== generation) return;
      clear(main);
      // Most pages fetch their data before they draw: until one puts something on screen, say it is loading
      // (at provincial scale a problem's candidates take a few hundred ms, and the page was blank meanwhile).
      const loading = untilContent(main);
      try {
        mounted = await module.mount(ctx);
      } finally {
        loading.remove();
      }
      mountedPath = view.path;
    } catch (error) {
      if (mine !== generation) return;
      banner.error(describeError(error), () => void route(true));
    }
  }

  window.addEventListener("popstate", () => void route());
  onLangChange((next) => {
    const url = new URL(location.href);
    if (next === "zh") url.searchParams.delete("lang");
    else url.searchParams.set("lang", next);
    history.replaceState(null, "", url);
    void route(true);
  });
  // Who is signed in decides the navigation and what pages offer; a change re-mounts the page.
  session.onChange(() => void route(true));
  session.load().then(
    () => (session.role() === null ? openLogin(true) : void route()),
    (error: unknown) => {
      banner.error(describeError(error), () => location.reload());
      void route();
    },
  );
}

/**
 * "加载中" in `main` until something shows there (text or a control; an empty wrapper a page puts up first does
 * not count), or `remove()`, whichever comes first.
 */
function untilContent(main: HTMLElement): { remove(): void } {
  const placeholder = h(
    "div",
    { class: "empty-state page-loading", "aria-busy": "true", "data-testid": "page-loading" },
    t("loading"),
  );
  const shows = (el: Element) =>
    el !== placeholder && (Boolean(el.textContent?.trim()) || el.querySelector("input, button, svg, canvas") !== null);
  const observer = new MutationObserver(() => {
    if ([...main.children].some(shows)) remove();
  });
  const remove = () => {
    observer.disconnect();
    placeholder.remove();
  };
  main.append(placeholder);
  observer.observe(main, { childList: true, subtree: true, characterData: true });
  return { remove };
}
