import { select } from "d3";
import { createForceLayout, radiusForDegree, type LayoutLink, type LayoutNode } from "../client/charts/force/layout";
import { LABEL_FONT } from "../client/charts/force/render";
import { kindColor } from "../client/lib/kind-style";
import { fitCamera, toTransform } from "./render-camera";
import type { BenchLink, BenchNode } from "./render-graph";
import { nextFrame, type BenchView, type Transform } from "./render-view";

// The baseline of the render bench: a plain d3 SVG force graph — one <line> per link, one <circle> and one
// <text> per node, all in a <g transform> the camera sets. Labels are shown (the whole text layer) once the
// view is zoomed to at least twice the fit scale, at 12 px at 4× the fit scale; nothing else is culled or
// batched: that is the browser's job in SVG. The browser paints after each animation frame, so the page
// counts a frame for every animation-frame callback that follows one that changed the camera.

type Graph = { nodes: BenchNode[]; links: BenchLink[] };

function build(container: HTMLElement, g: Graph, fitK: number) {
  const index = new Map(g.nodes.map((n, i) => [n.id, i]));
  const ends = g.links.map((l) => [index.get(l.source)!, index.get(l.target)!] as const);
  const svg = select(container).append("svg").attr("width", "100%").attr("height", "100%").style("display", "block");
  svg.append("style").text("line, circle { vector-effect: non-scaling-stroke; }"); // 1 px strokes at any zoom
  const root = svg.append("g");
  const lines = root
    .append("g")
    .attr("stroke", "#9aa5b1")
    .attr("stroke-opacity", 0.7)
    .attr("stroke-width", 1)
    .selectAll("line")
    .data(ends)
    .join("line");
  const circles = root
    .append("g")
    .attr("stroke", "#fff")
    .attr("stroke-width", 0.5)
    .selectAll("circle")
    .data(g.nodes)
    .join("circle")
    .attr("r", (d) => radiusForDegree(d.degree))
    .attr("fill", (d) => kindColor(d.kind));
  const fontSize = 12 / (4 * fitK);
  const layer = root
    .append("g")
    .attr("font-size", fontSize)
    .attr("text-anchor", "middle")
    .attr("fill", "#1f2933")
    .style("font-family", LABEL_FONT.replace(/^\d+px /, ""))
    .style("display", "none");
  const texts = layer
    .selectAll("text")
    .data(g.nodes)
    .join("text")
    .text((d) => d.label);
  let xy: ArrayLike<number> = [];
  return {
    root: root.node()!,
    layer: layer.node()!,
    /** Move every element to `positions` (flat x, y pairs in node order). */
    place(positions: ArrayLike<number>) {
      xy = positions;
      const x = (i: number) => positions[i * 2]!;
      const y = (i: number) => positions[i * 2 + 1]!;
      lines
        .attr("x1", (d) => x(d[0]))
        .attr("y1", (d) => y(d[0]))
        .attr("x2", (d) => x(d[1]))
        .attr("y2", (d) => y(d[1]));
      circles.attr("cx", (_, i) => x(i)).attr("cy", (_, i) => y(i));
      texts.attr("x", (_, i) => x(i)).attr("y", (d, i) => y(i) + radiusForDegree(d.degree) + fontSize);
    },
    /** Labels on screen under `t` (0 while the text layer is hidden). */
    labelsOnScreen(t: Transform, width: number, height: number, shown: boolean) {
      if (!shown) return 0;
      let count = 0;
      for (let i = 0; i * 2 < xy.length; i++) {
        const sx = xy[i * 2]! * t.k + t.x;
        const sy = xy[i * 2 + 1]! * t.k + t.y;
        if (sx >= 0 && sx <= width && sy >= 0 && sy <= height) count++;
      }
      return count;
    },
  };
}

/** The SVG graph on fixed positions; the camera is the root group's transform attribute. */
export function svgView(container: HTMLElement, g: Graph, positions: readonly number[]): BenchView {
  const { width, height } = { width: container.clientWidth, height: container.clientHeight };
  const fitK = fitCamera(positions, width, height).k;
  const svg = build(container, g, fitK);
  svg.place(positions);
  let current: Transform = { x: 0, y: 0, k: 1 };
  let shown = false;
  return {
    setTransform(t) {
      current = t;
      svg.root.setAttribute("transform", `translate(${t.x},${t.y}) scale(${t.k})`);
      const show = t.k >= 2 * fitK;
      if (show !== shown) svg.layer.style.display = show ? "" : "none";
      shown = show;
    },
    frames: () => null,
    labels: () => svg.labelsOnScreen(current, width, height, shown),
  };
}

/**
 * The d3 way to lay it out: the same force simulation as the explorer's worker (createForceLayout, seed 7),
 * but on the page's thread, one tick per animation frame (what d3's own timer does), every element moved
 * after each tick. Gives up after `capMs`.
 */
export async function svgSetup(container: HTMLElement, g: Graph, capMs: number) {
  const started = performance.now();
  const nodes: LayoutNode[] = g.nodes.map((n) => ({ id: n.id, radius: radiusForDegree(n.degree) }));
  const links: LayoutLink[] = g.links.map((l) => ({ id: l.id, source: l.source, target: l.target }));
  const simulation = createForceLayout(nodes, links, 7);
  const flat = () => nodes.flatMap((n) => [n.x ?? 0, n.y ?? 0]);
  const { width, height } = { width: container.clientWidth, height: container.clientHeight };
  const start = flat();
  const svg = build(container, g, fitCamera(start, width, height).k);
  const t = toTransform(fitCamera(start, width, height), width, height);
  svg.root.setAttribute("transform", `translate(${t.x},${t.y}) scale(${t.k})`);
  svg.place(start);
  await nextFrame();
  await nextFrame();
  const firstPictureMs = performance.now() - started;
  let ticks = 0;
  while (simulation.alpha() >= simulation.alphaMin() && performance.now() - started < capMs) {
    simulation.tick();
    ticks++;
    svg.place(flat());
    await nextFrame();
  }
  const stable = simulation.alpha() < simulation.alphaMin();
  await nextFrame();
  return { firstPictureMs, stableMs: stable ? performance.now() - started : null, ticks };
}
