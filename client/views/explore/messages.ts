import type { ViewContext } from "../../app/view-types";
import { t } from "../../i18n";
import * as act from "../../state/view-actions";
import type { ViewState } from "../../state/view-state";
import type { LoadResult, Missing } from "./graph-data";
import type { VisibleGraph } from "./graph-model";
import type { createOverlay } from "./overlay";
import type { BuiltScene } from "./scene-builder";

interface MessageContext {
  ctx: ViewContext;
  overlay: ReturnType<typeof createOverlay>;
  status: HTMLElement;
  shown: { state: ViewState; load: LoadResult; visible: VisibleGraph };
  built: BuiltScene;
  commit(next: ViewState): void;
}

function missingText(m: Missing): string {
  const ids = m.ids.join("、");
  switch (m.what) {
    case "focus":
      return t("ex.unknown.focus", { id: ids });
    case "chain":
      return t("ex.unknown.chain", { id: ids });
    case "nodes":
      return t("ex.missing.nodes", { n: m.ids.length, ids });
    case "expansion":
      return t("ex.missing.expansion", { ids });
    case "path":
      return t("ex.path.missing");
    case "selection":
      return t("ex.missing.selection", { id: ids });
  }
}

/**
 * Everything the view says about itself: the count line, and instead of a blank canvas a clear message —
 * an unknown id from the URL, an empty result with a way out, a chain layout without chain segments —
 * plus a notice for ids of the URL that no longer exist.
 */
export function showMessages({ ctx, overlay, status, shown, built, commit }: MessageContext): void {
  const { state, load, visible } = shown;
  const base = load.fetched.base;
  const overview = {
    label: t("ex.empty.overview"),
    run: () => commit(act.clearScope({ ...state, chain: null })),
    testid: "back-to-overview",
  };
  status.textContent =
    t("explore.count", { nodes: visible.nodes.length, links: visible.links.length }) +
    (base.meta?.truncated ? ` ${t("ex.truncated", { shown: base.nodes.length, total: base.meta.total ?? "?" })}` : "");

  const notices = load.missing.filter((m) => m !== load.fatal);
  if (notices.length) ctx.banner.info(notices.map(missingText).join(" "));

  if (load.fatal) {
    overlay.show(t("ex.unknown.title"), missingText(load.fatal), [overview]);
    status.textContent = "";
  } else if (visible.nodes.length === 0) {
    overlay.show(t("ex.empty.title"), t("ex.empty.body"), [
      { label: t("ex.empty.reset"), run: () => commit(act.resetFilters(state)), testid: "reset-filters" },
      overview,
    ]);
  } else if (built.chain && built.chain.decor.lanes.length === 0) {
    overlay.show(t("ex.chain.noSegments.title"), t("ex.chain.noSegments"), [
      { label: t("ex.layout.force"), run: () => commit(act.setLayout(state, "force")) },
    ]);
  } else overlay.hide();
}
