import { canWrite, readOnlyPage } from "../../app/permission";
import type { MountedView, ViewContext } from "../../app/view-types";
import { t } from "../../i18n";
import { clear, h } from "../../lib/dom";
import { pageFor, type Page } from "./pages";
import "./problems.css";

async function mountPage(ctx: ViewContext, page: Page): Promise<MountedView> {
  switch (page.page) {
    case "board":
      return (await import("./board-view")).mountBoard(ctx);
    case "new":
    case "edit":
      if (!canWrite()) return readOnlyPage(ctx, t("perm.what.problems"));
      return (await import("./problem-form")).mountForm(ctx, page.page === "edit" ? page.id : null);
    case "report":
      return (await import("./report-view")).mountReport(ctx, page.id);
    case "detail":
      return (await import("./detail-view")).mountDetail(ctx, page.id);
  }
}

/** 揭榜挂帅: the problem board, problem pages, the create/edit form and the printable report. */
export async function mount(ctx: ViewContext): Promise<MountedView> {
  const root = h("div", { class: "problems" });
  ctx.root.append(root);
  const sub: ViewContext = { ...ctx, root };
  let current: MountedView | null = null;
  let key = "";
  const show = async (url: URL) => {
    const page = pageFor(url.pathname);
    const next = JSON.stringify(page);
    // The same page again: pages that follow the URL update in place; the others (a problem after it was
    // closed or matched) are opened afresh so they show what changed.
    if (next === key && current?.update) return current.update(url);
    key = next;
    current?.unmount?.();
    clear(root);
    current = await mountPage(sub, page);
  };
  await show(new URL(location.href));
  return {
    update: (url) => void show(url),
    unmount: () => current?.unmount?.(),
  };
}
