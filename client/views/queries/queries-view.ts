import { canWrite, readOnlyPage } from "../../app/permission";
import type { MountedView, ViewContext } from "../../app/view-types";
import { t } from "../../i18n";
import { clear } from "../../lib/dom";
import { mountLibrary } from "./library";
import { mountRunPage } from "./run-page";
import "./queries.css";

/** /queries (library), /queries/<id> (run a query), /queries/editor (analysts; loaded on demand). */
export async function mount(ctx: ViewContext): Promise<MountedView> {
  let unmountEditor: (() => void) | null = null;
  async function show(url: URL) {
    unmountEditor?.();
    unmountEditor = null;
    clear(ctx.root);
    const sub = decodeURIComponent(url.pathname.split("/")[2] ?? "");
    if (!sub) await mountLibrary(ctx);
    else if (sub === "editor" && !canWrite()) readOnlyPage(ctx, t("perm.what.editor"));
    else if (sub === "editor") unmountEditor = await (await import("./editor-view")).mountEditor(ctx, url);
    else await mountRunPage(ctx, sub, url);
  }
  await show(new URL(location.href));
  return {
    update: (url) => void show(url),
    unmount: () => unmountEditor?.(),
  };
}
