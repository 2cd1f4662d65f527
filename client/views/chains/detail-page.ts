import type { GapsResponse, WhatIfResponse } from "../../../server/contracts/chains";
import type { GapStatus } from "../../../server/contracts/gap-vocabulary";
import { chainsApi } from "../../api/chains";
import type { ViewContext } from "../../app/view-types";
import { displayName, t } from "../../i18n";
import { clear, h } from "../../lib/dom";
import { chainFlow, type FlowSegmentData } from "./chain-flow-view";
import { appLink, type ChainsPage } from "./chains-page";
import { holdersPanel } from "./holders-panel";
import { chainsUrl, type ChainsRoute } from "./page-route";
import { rulesBox, statusLegend } from "./rules-box";
import { segmentPanel } from "./segment-panel";
import { whatIfPanel } from "./whatif-panel";

export function flowData(report: GapsResponse): FlowSegmentData[] {
  return report.segments.map((s) => ({
    id: s.id, name: s.name, nameEn: s.nameEn, order: s.order, status: s.status,
    enterprises: s.enterprises.length, research: s.research.length,
    downstream: s.evidence.neighbours.filter((n) => n.direction !== "up").map((n) => n.id),
  }));
}

type DetailRoute = Extract<ChainsRoute, { page: "detail" }>;

/** One chain: its flow coloured by status, a segment's evidence on the right, who holds it, what-if. */
export async function detailPage(ctx: ViewContext, route: DetailRoute, root: HTMLElement): Promise<ChainsPage> {
  const report = await chainsApi.gaps(route.chainId);
  let selected = route.segment;
  let after: Map<string, GapStatus> | undefined;
  const flowHost = h("div", { class: "flow-host", "data-testid": "chain-flow" });
  const side = h("div", { class: "side" });

  const select = (id: string) => ctx.navigate(chainsUrl.detail(report.chain.id, id));
  const render = () => {
    clear(flowHost);
    flowHost.append(chainFlow(flowData(report), { selected, after, onSelect: select }));
    clear(side);
    const segment = report.segments.find((s) => s.id === selected);
    side.append(segment ? segmentPanel(ctx, report, segment) : h("p", { class: "empty-state hint" }, t("chains.detail.pick")));
  };
  const onWhatIf = (result: WhatIfResponse | null) => {
    after = result ? new Map(result.after.map((l) => [l.id, l.status])) : undefined;
    render();
  };

  root.append(
    h("div", { class: "detail-head" },
      appLink(ctx, chainsUrl.overview(), t("chains.detail.back")),
      h("h1", {}, displayName(report.chain)),
      h("span", { class: "muted" }, t("chains.chainCounts", report.counts)),
      h("span", { class: "actions" },
        appLink(ctx, chainsUrl.report(report.chain.id), t("chains.detail.report")),
        appLink(ctx, chainsUrl.compare(report.chain.id), t("chains.detail.compare")))),
    statusLegend(),
    flowHost,
    h("div", { class: "detail-body" }, side, h("div", { class: "main" }, holdersPanel(report), whatIfPanel(ctx, report, onWhatIf), rulesBox(false))),
  );
  render();
  return {
    update(next) {
      if (next.page !== "detail") return;
      selected = next.segment;
      render();
    },
  };
}
