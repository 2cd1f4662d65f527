// 产业链全景图: a chain as upstream / midstream / downstream bands, each segment a box listing its
// organisations by name (local first, 外地 and research marked), coloured by gap status, with counts, a
// "+N more" that expands, and the segment's technologies as chips. Pure: text widths come from `measure`,
// every label gets its own row or chip slot, so no two labels can overlap (tests check the drawn boxes).

export type Stage = "UP" | "MID" | "DOWN";
export interface PanoramaOrg {
  id: string;
  name: string;
  local: boolean;
  research: boolean;
}
export interface PanoramaSegment {
  id: string;
  name: string;
  stage: Stage;
  order: number;
  status: string;
  /** Local enterprises, then research, then non-local (the caller's order within each group is kept). */
  orgs: PanoramaOrg[];
  techs: string[];
  counts: string;
}

export interface PanoramaText {
  text: string;
  /** The untruncated text when `text` had to be shortened (shown as a tooltip). */
  full?: string;
  x: number;
  y: number;
  w: number;
  h: number;
  size: number;
  weight: "bold" | "normal";
  role: "title" | "band" | "segment" | "counts" | "org" | "more" | "chip" | "legend" | "caption";
  orgId?: string;
  segmentId?: string;
  mark?: "foreign" | "research";
}
export interface PanoramaBox {
  segmentId: string;
  status: string;
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface PanoramaChip {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface PanoramaLayout {
  width: number;
  height: number;
  columns: number;
  bands: { stage: Stage; x: number; y: number; w: number; h: number }[];
  boxes: PanoramaBox[];
  chips: PanoramaChip[];
  texts: PanoramaText[];
  legend: { status: string; x: number; y: number; size: number }[];
}

export interface PanoramaOptions {
  width: number;
  title: string;
  caption: string;
  stageLabel: (stage: Stage) => string;
  statusLabel: (status: string) => string;
  /** "外地" / "科研" marks, "+N 家" and "收起". */
  mark: (kind: "foreign" | "research") => string;
  more: (n: number) => string;
  less: string;
  expanded: ReadonlySet<string>;
  /** Organisations listed before "+N more" (default 6). */
  limit?: number;
  statuses: string[];
  measure: (text: string, size: number, bold?: boolean) => number;
}

const PAD = 16;
const GAP = 14;
const INNER = 10;
const STAGES: Stage[] = ["UP", "MID", "DOWN"];

/** The longest prefix of `text` (plus …) that fits `width`; the text itself when it fits. */
export function fit(
  text: string,
  width: number,
  size: number,
  measure: PanoramaOptions["measure"],
  bold = false,
): string {
  if (measure(text, size, bold) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join("")}…`, size, bold) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join("")}…`;
}

/** Break `text` into at most `max` lines of `width` (the last one shortened with … if needed). */
export function wrap(
  text: string,
  width: number,
  size: number,
  measure: PanoramaOptions["measure"],
  max = 2,
  bold = false,
): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length && lines.length < max) {
    if (lines.length === max - 1) {
      lines.push(fit(chars.slice(start).join(""), width, size, measure, bold));
      break;
    }
    let end = start + 1;
    while (end < chars.length && measure(chars.slice(start, end + 1).join(""), size, bold) <= width) end++;
    lines.push(chars.slice(start, end).join(""));
    start = end;
  }
  return lines;
}

export function layoutPanorama(segments: PanoramaSegment[], o: PanoramaOptions): PanoramaLayout {
  const columns = o.width >= 760 ? 3 : 1;
  const colW = (o.width - PAD * (columns + 1)) / columns;
  const innerW = colW - 2 * INNER - 6;
  const limit = o.limit ?? 6;
  const texts: PanoramaText[] = [];
  const boxes: PanoramaBox[] = [];
  const chips: PanoramaChip[] = [];
  const bands: PanoramaLayout["bands"] = [];
  const add = (t: Omit<PanoramaText, "h" | "w"> & { w?: number; h?: number }) => {
    const w = t.w ?? o.measure(t.text, t.size, t.weight === "bold");
    texts.push({ ...t, w, h: t.h ?? Math.ceil(t.size * 1.35) });
  };

  add({
    text: fit(o.title, o.width - 2 * PAD, 18, o.measure, true),
    full: o.title,
    x: PAD,
    y: PAD,
    size: 18,
    weight: "bold",
    role: "title",
  });
  const top = PAD + 34;
  let y = top;
  let bottom = top;
  STAGES.forEach((stage, index) => {
    const x = columns === 3 ? PAD + index * (colW + PAD) : PAD;
    if (columns === 3) y = top;
    const bandTop = y;
    add({
      text: `${o.stageLabel(stage)}${columns === 3 && index < 2 ? "  →" : ""}`,
      x: x + 4,
      y: y + 4,
      size: 15,
      weight: "bold",
      role: "band",
    });
    y += 30;
    for (const s of segments.filter((seg) => seg.stage === stage).sort((a, b) => a.order - b.order)) {
      const boxTop = y;
      let cy = y + INNER;
      const tx = x + INNER + 6;
      for (const line of wrap(s.name, innerW, 14, o.measure, 2, true)) {
        add({ text: line, full: s.name, x: tx, y: cy, size: 14, weight: "bold", role: "segment", segmentId: s.id });
        cy += 20;
      }
      const counts = `${o.statusLabel(s.status)} · ${s.counts}`;
      add({
        text: fit(counts, innerW, 12, o.measure),
        full: counts,
        x: tx,
        y: cy,
        size: 12,
        weight: "normal",
        role: "counts",
        segmentId: s.id,
      });
      cy += 22;
      const open = o.expanded.has(s.id);
      const shown = open ? s.orgs : s.orgs.slice(0, limit);
      for (const org of shown) {
        const mark = !org.local ? "foreign" : org.research ? "research" : undefined;
        const label = mark ? `${org.name}（${o.mark(mark)}）` : org.name;
        add({
          text: fit(label, innerW, 13, o.measure),
          full: label,
          x: tx,
          y: cy,
          size: 13,
          weight: "normal",
          role: "org",
          orgId: org.id,
          segmentId: s.id,
          ...(mark ? { mark } : {}),
        });
        cy += 19;
      }
      if (s.orgs.length > limit) {
        add({
          text: open ? o.less : o.more(s.orgs.length - limit),
          x: tx,
          y: cy,
          size: 12,
          weight: "normal",
          role: "more",
          segmentId: s.id,
        });
        cy += 20;
      }
      // technology chips, flowing left to right
      if (s.techs.length) {
        cy += 4;
        let cx = tx;
        for (const tech of s.techs) {
          const label = fit(tech, innerW - 12, 12, o.measure);
          const w = o.measure(label, 12) + 12;
          if (cx + w > tx + innerW + 0.5 && cx > tx) {
            cx = tx;
            cy += 24;
          }
          chips.push({ x: cx, y: cy, w, h: 20 });
          add({
            text: label,
            full: tech,
            x: cx + 6,
            y: cy + 3,
            size: 12,
            weight: "normal",
            role: "chip",
            segmentId: s.id,
            w: w - 12,
            h: 15,
          });
          cx += w + 6;
        }
        cy += 24;
      }
      const h = cy - boxTop + INNER - 4;
      boxes.push({ segmentId: s.id, status: s.status, x, y: boxTop, w: colW, h });
      y = boxTop + h + GAP;
    }
    bands.push({ stage, x, y: bandTop, w: colW, h: y - bandTop });
    bottom = Math.max(bottom, y);
  });

  // legend and source caption along the bottom
  let ly = bottom + 6;
  let lx = PAD;
  const legend: PanoramaLayout["legend"] = [];
  for (const status of o.statuses) {
    const label = o.statusLabel(status);
    const w = o.measure(label, 12) + 24;
    if (lx + w > o.width - PAD) {
      lx = PAD;
      ly += 20;
    }
    legend.push({ status, x: lx, y: ly + 2, size: 12 });
    add({ text: label, x: lx + 18, y: ly, size: 12, weight: "normal", role: "legend" });
    lx += w + 10;
  }
  ly += 22;
  for (const line of wrap(o.caption, o.width - 2 * PAD, 12, o.measure, 3)) {
    add({ text: line, full: o.caption, x: PAD, y: ly, size: 12, weight: "normal", role: "caption" });
    ly += 18;
  }
  return { width: o.width, height: ly + PAD, columns, bands, boxes, chips, texts, legend };
}

/** Pairs of text boxes that overlap (for tests): should always be empty. */
export function overlaps(texts: Pick<PanoramaText, "x" | "y" | "w" | "h" | "text">[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i]!;
      const b = texts[j]!;
      if (a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5)
        out.push([a.text, b.text]);
    }
  }
  return out;
}
