import type { ZoomTransform } from "d3";
import { kindColor } from "../../lib/kind-style";
import type { LayoutLink, LayoutNode } from "./layout";

export interface DrawNode extends LayoutNode {
  kind: string;
  label: string;
  illustrative: boolean;
}

export interface DrawState {
  nodes: DrawNode[];
  links: (LayoutLink & { illustrative: boolean })[];
  selected: string | null;
  hovered: string | null;
}

/**
 * Draw the graph on a canvas. Labels follow level of detail: only hubs when zoomed out, everyone when
 * zoomed in, so Chinese names never pile into unreadable soup. Illustrative facts are dashed.
 */
export function drawGraph(ctx: CanvasRenderingContext2D, state: DrawState, transform: ZoomTransform, width: number, height: number): void {
  const dpr = window.devicePixelRatio || 1;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.translate(transform.x, transform.y);
  ctx.scale(transform.k, transform.k);

  ctx.lineWidth = 1 / transform.k;
  for (const link of state.links) {
    const s = link.source as LayoutNode;
    const t = link.target as LayoutNode;
    if (s.x === undefined || t.x === undefined) continue;
    ctx.strokeStyle = link.illustrative ? "rgba(217,119,6,0.7)" : "rgba(100,116,139,0.45)";
    ctx.setLineDash(link.illustrative ? [4 / transform.k, 3 / transform.k] : []);
    ctx.beginPath();
    ctx.moveTo(s.x, s.y!);
    ctx.lineTo(t.x, t.y!);
    ctx.stroke();
  }
  ctx.setLineDash([]);

  for (const node of state.nodes) {
    if (node.x === undefined) continue;
    ctx.beginPath();
    ctx.arc(node.x, node.y!, node.radius, 0, Math.PI * 2);
    ctx.fillStyle = kindColor(node.kind);
    ctx.globalAlpha = node.illustrative ? 0.55 : 1;
    ctx.fill();
    ctx.globalAlpha = 1;
    if (node.illustrative) {
      ctx.setLineDash([3 / transform.k, 2 / transform.k]);
      ctx.strokeStyle = "#b45309";
      ctx.lineWidth = 1.5 / transform.k;
      ctx.stroke();
      ctx.setLineDash([]);
    }
    if (node.id === state.selected || node.id === state.hovered) {
      ctx.strokeStyle = node.id === state.selected ? "#f59e0b" : "#0f172a";
      ctx.lineWidth = 2.5 / transform.k;
      ctx.stroke();
    }
  }

  const labelRadius = transform.k >= 2 ? 0 : transform.k >= 1 ? 8 : 12;
  ctx.font = `${12 / transform.k}px "PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif`;
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  for (const node of state.nodes) {
    if (node.x === undefined) continue;
    const important = node.id === state.selected || node.id === state.hovered;
    if (!important && node.radius < labelRadius) continue;
    ctx.lineWidth = 3 / transform.k;
    ctx.strokeStyle = "rgba(255,255,255,0.9)";
    ctx.strokeText(node.label, node.x, node.y! + node.radius + 2 / transform.k);
    ctx.fillStyle = "#111827";
    ctx.fillText(node.label, node.x, node.y! + node.radius + 2 / transform.k);
  }
}
