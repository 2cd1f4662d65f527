import type { GapsResponse } from "../../../server/contracts/chains";
import { GAP_STATUSES } from "../../../server/contracts/gap-vocabulary";
import {
  canvasMeasure,
  drawPanorama,
  panoramaPng,
  panoramaSvgText,
  type PanoramaHandlers,
} from "../../charts/panorama/render";
import { layoutPanorama, type PanoramaSegment } from "../../charts/panorama/layout";
import { displayName, t } from "../../i18n";
import { clear, h } from "../../lib/dom";
import { STATUS_COLOR, orgLookup } from "./gap-labels";
import { downloadBlob, fileSafe } from "../../lib/download";
import "./panorama.css";

/** The report's segments as panorama boxes: local enterprises, research, then non-local organisations. */
export function panoramaSegments(report: GapsResponse): PanoramaSegment[] {
  const lookup = orgLookup(report);
  const techName = new Map(report.technologies.map((x) => [x.id, displayName(x)]));
  const org = (id: string, research: boolean) => {
    const ref = lookup(id);
    return { id, name: ref ? displayName(ref) : id, local: ref?.local ?? true, research };
  };
  return report.segments.map((s) => {
    const seen = new Set<string>();
    const once = <T extends { id: string }>(list: T[]) => list.filter((x) => !seen.has(x.id) && seen.add(x.id));
    const orgs = [
      ...once(s.enterprises.map((id) => org(id, false))),
      ...once(s.research.map((id) => org(id, true))),
      ...once(s.evidence.nonLocal.map((id) => ({ ...org(id, false), local: false }))),
    ];
    return {
      id: s.id,
      name: displayName(s),
      stage: s.stage,
      order: s.order,
      status: s.status,
      orgs,
      techs: s.techs.map((id) => techName.get(id) ?? id),
      counts: t("chains.panorama.counts", {
        e: s.enterprises.length,
        r: s.research.length,
        n: s.evidence.nonLocal.length,
      }),
    };
  });
}

/** Who the data comes from, for the caption (答复原文 / 公开资料 / 示例 …). */
function sourcesCaption(report: GapsResponse): string {
  const sources = [...new Set(report.orgs.map((o) => o.provenance.source))].map((s) => t(`source.${s}`));
  return t("chains.panorama.caption", { sources: sources.join(" / "), date: new Date().toISOString().slice(0, 10) });
}

/** The panorama of a chain drawn at `width` (also off screen: the Word report embeds it as a picture). */
export function panoramaSvg(
  report: GapsResponse,
  width: number,
  options: {
    expanded?: ReadonlySet<string>;
    selected?: string | null;
    on?: PanoramaHandlers;
    segments?: PanoramaSegment[];
    measure?: ReturnType<typeof canvasMeasure>;
  } = {},
): SVGSVGElement {
  const layout = layoutPanorama(options.segments ?? panoramaSegments(report), {
    width,
    title: t("chains.panorama.title", { chain: displayName(report.chain) }),
    caption: sourcesCaption(report),
    expanded: options.expanded ?? new Set(),
    measure: options.measure ?? canvasMeasure(),
    statuses: [...GAP_STATUSES],
    stageLabel: (stage) => t(`chains.stage.${stage}`),
    statusLabel: (status) => t(`chains.status.${status}`),
    mark: (kind) => t(`chains.panorama.${kind}`),
    more: (n) => t("chains.panorama.more", { n }),
    less: t("chains.panorama.less"),
  });
  return drawPanorama(layout, STATUS_COLOR, options.on, options.selected ?? null);
}

/** The panorama's element, and a way to move the selection without building it again. */
export interface PanoramaView {
  el: HTMLElement;
  /** Redraws in place at the same width: boxes stay where they were and opened "more" lists stay open. */
  select(id: string | null): void;
}

/** 产业链全景图 with PNG/SVG export; click an organisation → its details, a segment → evidence and remedies. */
export function panoramaView(
  report: GapsResponse,
  on: { org(id: string): void; segment(id: string): void; selected: string | null },
): PanoramaView {
  let selected = on.selected;
  const expanded = new Set<string>();
  const measure = canvasMeasure();
  const canvas = h("div", { class: "panorama-canvas", "data-testid": "panorama" });
  let svg: SVGSVGElement | null = null;
  let lastWidth = 0;
  const segments = panoramaSegments(report);
  const draw = (width: number) => {
    lastWidth = width;
    svg = panoramaSvg(report, width, {
      expanded,
      measure,
      segments,
      selected,
      on: {
        org: on.org,
        segment: on.segment,
        more: (id) => {
          if (!expanded.delete(id)) expanded.add(id);
          draw(lastWidth);
        },
      },
    });
    clear(canvas);
    canvas.append(svg);
  };
  const download = (blob: Blob, ext: string) => downloadBlob(blob, `panorama-${fileSafe(report.chain.id)}.${ext}`);
  const el = h(
    "section",
    { class: "panorama" },
    h(
      "div",
      { class: "panorama-bar no-print" },
      h("span", { class: "muted" }, t("chains.panorama.hint")),
      h(
        "button",
        { "data-testid": "panorama-png", onclick: () => svg && void panoramaPng(svg).then((b) => download(b, "png")) },
        "PNG",
      ),
      h(
        "button",
        {
          "data-testid": "panorama-svg",
          onclick: () => svg && download(new Blob([panoramaSvgText(svg)], { type: "image/svg+xml" }), "svg"),
        },
        "SVG",
      ),
    ),
    canvas,
  );
  // Laid out for the width it gets (three bands side by side from 760 px, stacked below that).
  const observer = new ResizeObserver(() => {
    if (!canvas.isConnected && lastWidth) return observer.disconnect();
    if (!canvas.clientWidth) return; // hidden (the flow chart is showing): keep the last drawing
    const width = Math.max(300, Math.floor(canvas.clientWidth));
    if (Math.abs(width - lastWidth) > 8) draw(width);
  });
  observer.observe(canvas);
  return {
    el,
    select(id) {
      if (id === selected) return;
      selected = id;
      if (lastWidth) draw(lastWidth);
    },
  };
}
