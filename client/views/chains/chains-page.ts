import type { ViewContext } from "../../app/view-types";
import type { ChainsRoute } from "./page-route";

/** One of the chains pages, mounted into `root`; `update` handles a URL change that keeps the same page. */
export interface ChainsPage {
  update?(route: ChainsRoute): void;
  unmount?(): void;
}

export type PageMount<R extends ChainsRoute> = (ctx: ViewContext, route: R, root: HTMLElement) => Promise<ChainsPage>;

/** An in-app link: a real href (open in new tab works) that navigates without a reload. */
export function appLink(ctx: ViewContext, href: string, ...children: (Node | string)[]): HTMLAnchorElement {
  const a = document.createElement("a");
  a.href = href;
  a.append(...children);
  a.addEventListener("click", (event) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    ctx.navigate(href);
  });
  return a;
}
