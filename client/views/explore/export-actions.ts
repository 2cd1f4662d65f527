import type { createGraphCanvas } from "../../charts/force/graph-canvas";
import type { Scene } from "../../charts/force/scene";
import { panoramaPng, panoramaSvgText } from "../../charts/panorama/render";
import type { ViewState } from "../../state/view-state";
import type { GraphViewResponse } from "../../../server/contracts/graph";
import { exportCsv, fullDetails } from "./export-csv";
import { download, exportName, exportPng, exportSvg, type ExportScope } from "./exports";
import type { LoadResult } from "./graph-data";
import type { VisibleGraph } from "./graph-model";

type Canvas = Pick<ReturnType<typeof createGraphCanvas>, "transform" | "size">;

export interface ExportSource {
  state: ViewState;
  visible: VisibleGraph;
  scene: Scene;
  fetched: LoadResult["fetched"];
}

/**
 * The toolbar's exports. PNG/SVG draw the graph (whole or on screen) with legend, title, date and a caption
 * on the sources; in the 全景 layout they save the first panorama drawn (each panorama also has its own
 * buttons). CSV lists the nodes and links in view.
 */
export function exportActions(
  shown: () => ExportSource | null,
  graph: Canvas,
  panorama: () => SVGSVGElement | null,
  fullPieces: (state: ViewState) => Promise<GraphViewResponse>[],
) {
  /** Where the drawn facts come from, for the caption (答复原文 / 公开资料 / 示例 …). */
  const sources = (s: ExportSource) => [...new Set(s.visible.nodes.map((n) => n.provenance.source))];
  const panoramaSvg = () =>
    shown()?.state.layout === "panorama" && shown()?.state.mode === "graph" ? panorama() : null;
  /** The CSV carries full provenance (URL, quote): fetched for the view's pieces, which the canvas has lean. */
  async function csv(s: ExportSource) {
    const pieces = await Promise.all(fullPieces(s.state).map((piece) => piece.catch(() => null)));
    download(exportCsv(s.visible, fullDetails([...pieces, s.fetched.path])), exportName("csv"));
  }
  return {
    exportPng(scope: ExportScope) {
      const s = shown();
      const svg = panoramaSvg();
      if (svg) void panoramaPng(svg).then((blob) => download(blob, exportName("png")));
      else if (s)
        void exportPng(s.scene, graph.transform(), graph.size(), scope, sources(s)).then((blob) =>
          download(blob, exportName("png")),
        );
    },
    exportSvg(scope: ExportScope) {
      const s = shown();
      const svg = panoramaSvg();
      if (svg) download(new Blob([panoramaSvgText(svg)], { type: "image/svg+xml" }), exportName("svg"));
      else if (s) download(exportSvg(s.scene, graph.transform(), graph.size(), scope, sources(s)), exportName("svg"));
    },
    exportCsv() {
      const s = shown();
      if (s) void csv(s);
    },
  };
}
