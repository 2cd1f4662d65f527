import { describeError } from "../../app/errors";
import type { MountedView, ViewContext } from "../../app/view-types";
import { t } from "../../i18n";
import { h } from "../../lib/dom";
import type { ChainsPage } from "./chains-page";
import { comparePage } from "./compare-page";
import { detailPage } from "./detail-page";
import { overviewPage } from "./overview-page";
import { parseChainsRoute, samePage, type ChainsRoute } from "./page-route";
import "./chains.css";

function mountPage(ctx: ViewContext, route: ChainsRoute, root: HTMLElement): Promise<ChainsPage> {
  switch (route.page) {
    case "overview":
      return overviewPage(ctx, route, root);
    case "compare":
      return comparePage(ctx, route, root);
    case "detail":
      return detailPage(ctx, route, root);
    case "report":
      // The report page is only for printing: load it on demand.
      return import("./report-page").then((m) => m.reportPage(ctx, route, root));
  }
}

/** /chains, /chains/compare, /chains/<chainId>[?segment=], /chains/<chainId>/report — see page-route.ts. */
export async function mount(ctx: ViewContext): Promise<MountedView> {
  let current: { route: ChainsRoute; page: ChainsPage | null } | null = null;
  let generation = 0;

  async function show(url: URL) {
    const route = parseChainsRoute(url);
    if (current?.page?.update && samePage(current.route, route)) {
      current.route = route;
      current.page.update(route);
      return;
    }
    const mine = ++generation;
    current?.page?.unmount?.();
    current = { route, page: null };
    const root = h("div", { class: "chains-page", "data-page": route.page });
    ctx.root.replaceChildren(root);
    const loading = h("p", { class: "empty-state" }, t("chains.loading"));
    root.append(loading);
    try {
      const page = await mountPage(ctx, route, root);
      if (mine !== generation) return page.unmount?.();
      loading.remove();
      current.page = page;
    } catch (error) {
      if (mine !== generation) return;
      loading.remove();
      ctx.banner.error(describeError(error), () => void show(new URL(location.href)));
    }
  }

  await show(new URL(location.href));
  return {
    update: (url) => void show(url),
    unmount: () => current?.page?.unmount?.(),
  };
}
