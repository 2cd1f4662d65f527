import type { GapsSummaryResponse } from "../../../server/contracts/chains";
import { chainsApi } from "../../api/chains";
import type { ViewContext } from "../../app/view-types";
import { displayName, t } from "../../i18n";
import { h } from "../../lib/dom";
import { appLink, type ChainsPage } from "./chains-page";
import { compareForm } from "./compare-form";
import { reasonText, statusBadge } from "./gap-labels";
import { chainsUrl, type ChainsRoute } from "./page-route";
import { statusLegend } from "./rules-box";

type ChainEntry = GapsSummaryResponse["chains"][number];

/** One chain as a column: upstream at the top, each segment with its label, counts and reasons. */
function chainColumn(ctx: ViewContext, entry: ChainEntry | undefined, id: string | null): HTMLElement {
  if (!entry)
    return h(
      "section",
      { class: "compare-col" },
      h("p", { class: "empty-state" }, t("chains.detail.notFound", { id: id ?? "" })),
    );
  return h(
    "section",
    { class: "compare-col", "data-testid": "compare-col", "data-chain": entry.chain.id },
    h("h2", {}, appLink(ctx, chainsUrl.detail(entry.chain.id), displayName(entry.chain))),
    h("p", { class: "muted" }, t("chains.chainCounts", entry.counts)),
    h(
      "ol",
      { class: "compare-list" },
      ...entry.segments.map((s) =>
        h(
          "li",
          { class: `compare-seg ${s.status}`, "data-segment": s.id, "data-status": s.status },
          statusBadge(s.status),
          " ",
          appLink(ctx, chainsUrl.detail(entry.chain.id, s.id), displayName(s)),
          h(
            "div",
            { class: "muted" },
            `${t(`chains.stage.${s.stage}`)} · ${t("chains.counts", { e: s.counts.enterprises, r: s.counts.research })}`,
          ),
          h("div", { class: "reasons-inline" }, s.reasons.map(reasonText).join(t("chains.sep"))),
        ),
      ),
    ),
  );
}

export async function comparePage(
  ctx: ViewContext,
  route: Extract<ChainsRoute, { page: "compare" }>,
  root: HTMLElement,
): Promise<ChainsPage> {
  const summary = await chainsApi.summary();
  const chains = summary.chains.map((c) => c.chain);
  const a = route.a ?? null;
  const b = route.b ?? null;
  const find = (id: string | null) => summary.chains.find((c) => c.chain.id === id);
  root.append(
    appLink(ctx, chainsUrl.overview(), t("chains.detail.back")),
    h("h1", {}, t("chains.compare.title")),
    compareForm(ctx, chains, a ?? undefined, b ?? undefined),
    statusLegend(),
    a && b
      ? h("div", { class: "compare-grid" }, chainColumn(ctx, find(a), a), chainColumn(ctx, find(b), b))
      : h("p", { class: "muted", "data-testid": "compare-ask" }, t("chains.compare.askSecond")),
  );
  return {};
}
