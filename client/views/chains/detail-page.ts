import type { GapsResponse, WhatIfResponse } from "../../../server/contracts/chains";
import type { GapStatus } from "../../../server/contracts/gap-vocabulary";
import { chainsApi } from "../../api/chains";
import type { ViewContext } from "../../app/view-types";
import { displayName, t } from "../../i18n";
import { clear, h } from "../../lib/dom";
import { chainFlow, type FlowSegmentData } from "./chain-flow-view";
import { appLink, type ChainsPage } from "./chains-page";
import { holdersPanel } from "./holders-panel";
import { panoramaView, type PanoramaView } from "./panorama-view";
import { chainsUrl, type ChainsRoute } from "./page-route";
import { rulesBox, statusLegend } from "./rules-box";
import { segmentPanel } from "./segment-panel";
import { whatIfPanel } from "./whatif-panel";

export function flowData(report: GapsResponse): FlowSegmentData[] {
  return report.segments.map((s) => ({
    id: s.id,
    name: s.name,
    nameEn: s.nameEn,
    order: s.order,
    status: s.status,
    enterprises: s.enterprises.length,
    research: s.research.length,
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
  // The panorama (default) or the flow chart; the choice survives segment clicks.
  let view: "panorama" | "flow" = "panorama";
  const panoramaHost = h("div", { class: "panorama-host" });
  let panorama: PanoramaView | undefined;
  const viewButtons = (["panorama", "flow"] as const).map((v) =>
    h(
      "button",
      {
        "data-testid": `view-${v}`,
        onclick: () => {
          view = v;
          render();
        },
      },
      t(`chains.view.${v}`),
    ),
  );
  const side = h("div", { class: "side" });

  const select = (id: string) => ctx.navigate(chainsUrl.detail(report.chain.id, id));
  const render = () => {
    clear(flowHost);
    flowHost.append(chainFlow(flowData(report), { selected, after, onSelect: select }));
    viewButtons.forEach((b, i) => b.setAttribute("aria-pressed", String((i === 0) === (view === "panorama"))));
    flowHost.hidden = view !== "flow";
    panoramaHost.hidden = view !== "panorama";
    // Built once and kept: a segment click moves the selection in place, so nothing under the pointer moves.
    if (view === "panorama" && !panorama) {
      panorama = panoramaView(report, {
        selected: selected ?? null,
        segment: select,
        org: (id) => ctx.navigate(`/explore?focus=${encodeURIComponent(id)}&depth=1&sel=${encodeURIComponent(id)}`),
      });
      panoramaHost.append(panorama.el);
    }
    panorama?.select(selected ?? null);
    clear(side);
    const segment = report.segments.find((s) => s.id === selected);
    side.append(
      segment ? segmentPanel(ctx, report, segment) : h("p", { class: "empty-state hint" }, t("chains.detail.pick")),
    );
  };
  const onWhatIf = (result: WhatIfResponse | null) => {
    after = result ? new Map(result.after.map((l) => [l.id, l.status])) : undefined;
    if (result) view = "flow"; // the flow chart draws the what-if outcome on each segment
    render();
  };

  root.append(
    h(
      "div",
      { class: "detail-head" },
      appLink(ctx, chainsUrl.overview(), t("chains.detail.back")),
      h("h1", {}, displayName(report.chain)),
      h("span", { class: "muted" }, t("chains.chainCounts", report.counts)),
      h(
        "span",
        { class: "actions" },
        appLink(ctx, chainsUrl.report(report.chain.id), t("chains.detail.report")),
        appLink(ctx, chainsUrl.compare(report.chain.id), t("chains.detail.compare")),
      ),
    ),
    statusLegend(),
    h("div", { class: "segmented view-switch no-print", role: "group" }, ...viewButtons),
    panoramaHost,
    flowHost,
    h(
      "div",
      { class: "detail-body" },
      side,
      h("div", { class: "main" }, holdersPanel(report), whatIfPanel(ctx, report, onWhatIf), rulesBox(false)),
    ),
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
