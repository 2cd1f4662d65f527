import type { GapsSummaryResponse } from "../../../server/contracts/chains";
import { chainsApi } from "../../api/chains";
import { graphApi } from "../../api/graph";
import type { ViewContext } from "../../app/view-types";
import { displayName, t } from "../../i18n";
import { append, h } from "../../lib/dom";
import { appLink, type ChainsPage } from "./chains-page";
import { compareForm } from "./compare-form";
import { statusBadge } from "./gap-labels";
import { chainsUrl, type ChainsRoute } from "./page-route";
import { rulesBox, statusLegend } from "./rules-box";

type ChainEntry = GapsSummaryResponse["chains"][number];

function heatCell(
  ctx: ViewContext,
  chainId: string,
  segment: ChainEntry["segments"][number],
  dim: boolean,
): HTMLElement {
  return h(
    "button",
    {
      class: `heat-cell ${segment.status}${dim ? " dim" : ""}`,
      "data-testid": "seg-cell",
      "data-segment": segment.id,
      "data-status": segment.status,
      title: segment.reasons.map((r) => t(`chains.reason.${r}`)).join("\n"),
      onclick: () => ctx.navigate(chainsUrl.detail(chainId, segment.id)),
    },
    h("span", { class: "seg-name" }, displayName(segment)),
    h("span", { class: "seg-status" }, t(`chains.status.${segment.status}`)),
    h(
      "span",
      { class: "seg-counts" },
      t("chains.counts", { e: segment.counts.enterprises, r: segment.counts.research }),
    ),
  );
}

function chainRow(ctx: ViewContext, entry: ChainEntry, tech: string | null): HTMLElement {
  const cells: HTMLElement[] = [];
  entry.segments.forEach((segment, i) => {
    if (i > 0) cells.push(h("span", { class: "flow-arrow", "aria-hidden": "true" }, "→"));
    cells.push(heatCell(ctx, entry.chain.id, segment, tech !== null && !segment.techs.includes(tech)));
  });
  return h(
    "section",
    { class: "heat-row", "data-chain": entry.chain.id },
    h(
      "header",
      {},
      h("h2", {}, appLink(ctx, chainsUrl.detail(entry.chain.id), displayName(entry.chain))),
      h("span", { class: "muted" }, t("chains.chainCounts", entry.counts)),
    ),
    h("div", { class: "heat-cells" }, ...cells),
  );
}

function techPanel(ctx: ViewContext, summary: GapsSummaryResponse, tech: string, techName: string): HTMLElement {
  const matches = summary.chains.flatMap((entry) =>
    entry.segments.filter((s) => s.techs.includes(tech)).map((s) => ({ chain: entry.chain, segment: s })),
  );
  return h(
    "section",
    { class: "tech-panel", "data-testid": "tech-panel" },
    h("h2", {}, t("chains.tech.title", { tech: techName })),
    matches.length
      ? h(
          "ul",
          {},
          ...matches.map(({ chain, segment }) =>
            h(
              "li",
              {},
              statusBadge(segment.status),
              " ",
              appLink(ctx, chainsUrl.detail(chain.id, segment.id), `${displayName(chain)} · ${displayName(segment)}`),
            ),
          ),
        )
      : h("p", { class: "muted" }, t("chains.tech.none")),
    appLink(ctx, chainsUrl.overview(), t("chains.tech.clear")),
  );
}

export async function overviewPage(
  ctx: ViewContext,
  route: Extract<ChainsRoute, { page: "overview" }>,
  root: HTMLElement,
): Promise<ChainsPage> {
  const [summary, techNode] = await Promise.all([
    chainsApi.summary(),
    route.tech ? graphApi.node(route.tech).catch(() => null) : Promise.resolve(null),
  ]);
  append(
    root,
    h("h1", {}, t("chains.title")),
    h("p", { class: "muted" }, t("chains.intro")),
    statusLegend(),
    route.tech ? techPanel(ctx, summary, route.tech, techNode ? displayName(techNode.node) : route.tech) : null,
    summary.chains.length
      ? h(
          "div",
          { class: "heat-map", "data-testid": "heat-map" },
          ...summary.chains.map((entry) => chainRow(ctx, entry, route.tech)),
        )
      : h("p", { class: "empty-state" }, t("chains.empty")),
    compareForm(
      ctx,
      summary.chains.map((c) => c.chain),
    ),
    rulesBox(true),
  );
  return {};
}
