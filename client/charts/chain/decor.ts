import type { ZoomTransform } from "d3";
import { STAGE_STRIP, SEGMENT_ROW, type ChainDecor } from "./layout";

const STAGE_FILL: Record<string, string> = { UP: "#eef4ff", MID: "#f4f1fd", DOWN: "#ecf8f1" };
const STAGE_STRONG: Record<string, string> = { UP: "#dbe7ff", MID: "#e9e3fb", DOWN: "#d6f0e1" };
const STAGE_INK: Record<string, string> = { UP: "#1d4ed8", MID: "#6d28d9", DOWN: "#047857" };
const FONT = `"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif`;
const fitted = new Map<string, string>();

/** Text cut with an ellipsis to fit `max` pixels (CJK text must not be squeezed). */
function fitText(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  const key = `${ctx.font}|${Math.round(max / 8)}|${text}`;
  let out = fitted.get(key);
  if (out !== undefined) return out;
  out = text;
  while (out.length > 1 && ctx.measureText(out).width > max) out = out.slice(0, -1);
  if (out !== text) out = `${out.slice(0, -1)}…`;
  if (fitted.size > 5000) fitted.clear();
  fitted.set(key, out);
  return out;
}

/** Runs of columns with the same stage: one strip label per run. */
function stageRuns(columns: ChainDecor["lanes"][number]["columns"]) {
  const runs: { stage: string; x0: number; x1: number }[] = [];
  for (const c of columns) {
    const last = runs[runs.length - 1];
    if (last && last.stage === (c.stage ?? "")) last.x1 = c.x;
    else runs.push({ stage: c.stage ?? "", x0: c.x, x1: c.x });
  }
  return runs;
}

/**
 * Chain lanes behind the graph. Background pass (world space): the lane panel, one tinted column per
 * segment, a stage strip (upstream/midstream/downstream) on top. Header pass (screen space, readable at
 * any zoom): the chain name and each segment's name above its node, cut to the column width.
 */
export function drawChainDecor(
  ctx: CanvasRenderingContext2D,
  decor: ChainDecor,
  t: ZoomTransform,
  o: { width: number; height: number; dpr: number; offsetY?: number },
  phase: "background" | "headers" = "background",
): void {
  const w = decor.columnWidth;
  if (phase === "background") {
    for (const lane of decor.lanes) {
      const right = lane.x1;
      ctx.fillStyle = "#f8fafc";
      ctx.strokeStyle = "#e2e8f0";
      ctx.lineWidth = 1 / t.k;
      ctx.beginPath();
      ctx.rect(-w * 1.55, lane.y0 - 10, right + w * 1.55, lane.y1 - lane.y0 + 10);
      ctx.fill();
      ctx.stroke();
      for (const c of lane.columns) {
        ctx.fillStyle = STAGE_FILL[c.stage ?? ""] ?? "#f1f5f9";
        ctx.fillRect(c.x - w / 2 + 6, lane.y0, w - 12, lane.y1 - lane.y0 - 10);
      }
      for (const run of stageRuns(lane.columns)) {
        ctx.fillStyle = STAGE_STRONG[run.stage] ?? "#e2e8f0";
        ctx.fillRect(run.x0 - w / 2 + 6, lane.y0, run.x1 - run.x0 + w - 12, STAGE_STRIP);
      }
    }
    return;
  }
  ctx.setTransform(o.dpr, 0, 0, o.dpr, 0, (o.offsetY ?? 0) * o.dpr);
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  for (const lane of decor.lanes) {
    const top = lane.y0 * t.k + t.y;
    if (lane.y1 * t.k + t.y < 0 || top > o.height) continue;
    const strip = STAGE_STRIP * t.k;
    if (strip >= 10) {
      ctx.font = `${Math.min(12, Math.floor(strip - 1))}px ${FONT}`;
      for (const run of stageRuns(lane.columns)) {
        const label = decor.stageLabels?.[run.stage];
        if (!label) continue;
        ctx.fillStyle = STAGE_INK[run.stage] ?? "#475569";
        ctx.fillText(
          fitText(ctx, label, (run.x1 - run.x0 + w - 16) * t.k),
          ((run.x0 + run.x1) / 2) * t.k + t.x,
          top + (STAGE_STRIP / 2) * t.k,
        );
      }
    }
    const headerY = (lane.y0 + SEGMENT_ROW) * t.k + t.y - Math.max(16, 14 * t.k);
    ctx.font = `600 ${t.k >= 0.8 ? 13 : 12}px ${FONT}`;
    ctx.fillStyle = "#1e293b";
    for (const c of lane.columns) {
      const x = c.x * t.k + t.x;
      if (x < -w * t.k || x > o.width + w * t.k) continue;
      ctx.fillText(fitText(ctx, c.label, (w - 20) * t.k), x, headerY);
    }
    if (lane.relatedX !== null && decor.relatedLabel) {
      ctx.fillStyle = "#64748b";
      ctx.fillText(fitText(ctx, decor.relatedLabel, (w - 20) * t.k), lane.relatedX * t.k + t.x, headerY);
    }
    ctx.font = `700 14px ${FONT}`;
    ctx.fillStyle = "#0f172a";
    ctx.fillText(fitText(ctx, lane.label, (w - 16) * t.k), -w * t.k + t.x, headerY);
  }
}
