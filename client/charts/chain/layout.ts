import type { Point } from "../force/layout";
import { ORG_KINDS as MODEL_ORG_KINDS } from "../../../server/contracts/model";

// Chain layout (pure, deterministic): each chain is a horizontal lane, its segments are columns ordered
// upstream → downstream, organisations stack in their segment's column (hubs on top), technologies sit
// in a band under the columns that need them, and everything else linked to the lane goes in a last
// "related" column. A planner reads the chain as a flow, not a hairball.

export interface ChainNodeInput {
  id: string;
  kind: string;
  label: string;
  degree: number;
  chainId?: string;
  order?: number;
  stage?: string;
}

export interface ChainColumn {
  segmentId: string;
  label: string;
  stage: string | null;
  x: number;
}

export interface ChainLane {
  chainId: string;
  label: string;
  y0: number;
  y1: number;
  columns: ChainColumn[];
  /** x of the "related" column, when the lane has one. */
  relatedX: number | null;
  /** Right edge of everything placed in the lane (technologies may spread past the last column). */
  x1: number;
}

export interface ChainDecor {
  lanes: ChainLane[];
  columnWidth: number;
  /** Localised names of the stages and of the "related" column (set by the view). */
  stageLabels?: Record<string, string>;
  relatedLabel?: string;
}

export interface ChainLayoutResult {
  positions: Map<string, Point>;
  decor: ChainDecor;
  /** Organisations in several segments of their lane: how many more besides the column they are drawn in. */
  alsoIn: Map<string, number>;
}

export const COLUMN_WIDTH = 240;
const ROW = 34;
/** Rows in a column before it splits into side-by-side sub-columns (a lane has height to spare, not width). */
const STACK_ROWS = 16;
/** The related column: whole-width sub-columns to the right, so its long names (policies, projects) stay readable. */
const RELATED_ROWS = 16;
const RELATED_SUBCOLUMNS = 4;
const TECH_ROWS = 3;
/** Lane rows (world units): stage strip at the top, segment nodes (with their names above), then organisations. */
export const STAGE_STRIP = 26;
export const SEGMENT_ROW = 72;
const HEADER = 118;
const TECH_GAP = 70;
const LANE_GAP = 90;
const ORG_KINDS = new Set<string>(MODEL_ORG_KINDS);

const byOrder = (a: ChainNodeInput, b: ChainNodeInput) => (a.order ?? 99) - (b.order ?? 99) || a.id.localeCompare(b.id);
const byWeight = (a: ChainNodeInput, b: ChainNodeInput) => b.degree - a.degree || a.id.localeCompare(b.id);

/** Stack `items` in a column at x from y, in up to three sub-columns of STACK_ROWS inside it; returns the rows used. */
function stack(items: ChainNodeInput[], x: number, y: number, positions: Map<string, Point>): number {
  const subs = Math.min(3, Math.max(1, Math.ceil(items.length / STACK_ROWS)));
  const step = (COLUMN_WIDTH * 0.7) / subs;
  return place(items, subs, (sub) => x + (sub - (subs - 1) / 2) * step, y, positions);
}

/** The related column: grouped by kind, sub-columns a column-width apart going right; returns the rows used. */
function stackRelated(items: ChainNodeInput[], x: number, y: number, positions: Map<string, Point>): number {
  const subs = Math.min(RELATED_SUBCOLUMNS, Math.max(1, Math.ceil(items.length / RELATED_ROWS)));
  const sorted = [...items].sort((a, b) => a.kind.localeCompare(b.kind) || byWeight(a, b));
  return place(sorted, subs, (sub) => x + sub * COLUMN_WIDTH, y, positions);
}

function place(
  items: ChainNodeInput[],
  subs: number,
  xOf: (sub: number) => number,
  y: number,
  positions: Map<string, Point>,
): number {
  const rows = Math.ceil(items.length / subs);
  items.forEach((item, i) => positions.set(item.id, { x: xOf(Math.floor(i / rows)), y: y + (i % rows) * ROW }));
  return rows;
}

export function chainLayout(
  nodes: readonly ChainNodeInput[],
  links: readonly { source: string; target: string; type: string }[],
): ChainLayoutResult {
  const positions = new Map<string, Point>();
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const neighbours = new Map<string, string[]>();
  for (const l of links) {
    if (!byId.has(l.source) || !byId.has(l.target)) continue;
    (neighbours.get(l.source) ?? neighbours.set(l.source, []).get(l.source)!).push(l.target);
    (neighbours.get(l.target) ?? neighbours.set(l.target, []).get(l.target)!).push(l.source);
  }
  const partOf = new Map(links.filter((l) => l.type === "PART_OF").map((l) => [l.source, l.target]));
  const segments = nodes.filter((n) => n.kind === "Segment");
  // Biggest chains first (the chain node's degree), then by id, so the lane order is stable.
  const laneIds = [...new Set(segments.map((s) => s.chainId ?? partOf.get(s.id) ?? "?"))].sort(
    (a, b) => (byId.get(b)?.degree ?? 0) - (byId.get(a)?.degree ?? 0) || a.localeCompare(b),
  );
  const laneOf = new Map<string, number>();
  const columnOf = new Map<string, number>();
  const lanes: ChainLane[] = laneIds.map((chainId, laneIndex) => {
    const columns = segments
      .filter((s) => (s.chainId ?? partOf.get(s.id) ?? "?") === chainId)
      .sort(byOrder)
      .map((s, i) => {
        laneOf.set(s.id, laneIndex);
        columnOf.set(s.id, i);
        return { segmentId: s.id, label: s.label, stage: s.stage ?? null, x: i * COLUMN_WIDTH };
      });
    laneOf.set(chainId, laneIndex);
    return { chainId, label: byId.get(chainId)?.label ?? chainId, y0: 0, y1: 0, columns, relatedX: null, x1: 0 };
  });

  // Organisations: the most upstream segment they are in (IN_SEGMENT), hubs first in the column.
  const home = new Map<string, string>();
  const memberships = new Map<string, string[]>();
  const rank = (seg: string) => laneOf.get(seg)! * 1000 + columnOf.get(seg)!;
  for (const l of links) {
    if (l.type !== "IN_SEGMENT" || !laneOf.has(l.target) || !ORG_KINDS.has(byId.get(l.source)?.kind ?? "")) continue;
    (memberships.get(l.source) ?? memberships.set(l.source, []).get(l.source)!).push(l.target);
    const current = home.get(l.source);
    if (current === undefined || rank(l.target) < rank(current)) home.set(l.source, l.target);
  }
  const alsoIn = new Map<string, number>();
  for (const [org, segs] of memberships) {
    const more = new Set(segs.filter((s) => laneOf.get(s) === laneOf.get(home.get(org)!))).size - 1;
    if (more > 0) alsoIn.set(org, more);
  }
  const columnMembers = new Map<string, ChainNodeInput[]>();
  for (const [org, seg] of home) {
    (columnMembers.get(seg) ?? columnMembers.set(seg, []).get(seg)!).push(byId.get(org)!);
    laneOf.set(org, laneOf.get(seg)!);
  }
  const placedLane = (id: string) => laneOf.get(id);
  const others = nodes.filter((n) => !laneOf.has(n.id) && n.kind !== "Chain");
  const laneVotes = (n: ChainNodeInput) => {
    const votes = new Map<number, number>();
    for (const other of neighbours.get(n.id) ?? []) {
      const lane = placedLane(other);
      if (lane !== undefined) votes.set(lane, (votes.get(lane) ?? 0) + 1);
    }
    return [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  };

  let y = 0;
  const unplaced: ChainNodeInput[] = [];
  const assigned = new Map<number, { techs: ChainNodeInput[]; related: ChainNodeInput[] }>(
    lanes.map((_, i) => [i, { techs: [], related: [] }]),
  );
  for (const n of others) {
    const lane = laneVotes(n);
    if (lane === undefined) unplaced.push(n);
    else assigned.get(lane)![n.kind === "Technology" ? "techs" : "related"].push(n);
  }

  lanes.forEach((lane, laneIndex) => {
    lane.y0 = y;
    let rows = 0;
    for (const column of lane.columns) {
      positions.set(column.segmentId, { x: column.x, y: y + SEGMENT_ROW });
      rows = Math.max(
        rows,
        stack((columnMembers.get(column.segmentId) ?? []).sort(byWeight), column.x, y + HEADER, positions),
      );
    }
    const chainNode = byId.get(lane.chainId);
    if (chainNode) positions.set(chainNode.id, { x: -COLUMN_WIDTH, y: y + SEGMENT_ROW });
    const { techs, related } = assigned.get(laneIndex)!;
    if (related.length) {
      lane.relatedX = lane.columns.length * COLUMN_WIDTH;
      rows = Math.max(rows, stackRelated(related, lane.relatedX, y + HEADER, positions));
    }
    let bottom = y + HEADER + rows * ROW;
    if (techs.length) {
      bottom = placeTechs(techs, y + HEADER + rows * ROW + 30, neighbours, positions);
    }
    lane.y1 = bottom + 20;
    lane.x1 =
      Math.max(
        lane.relatedX ?? (lane.columns.length - 1) * COLUMN_WIDTH,
        ...[...positions.values()].filter((p) => p.y >= lane.y0 && p.y <= lane.y1).map((p) => p.x),
      ) +
      COLUMN_WIDTH / 2;
    y = lane.y1 + LANE_GAP;
  });

  if (unplaced.length) {
    const perRow = Math.max(6, Math.ceil(Math.sqrt(unplaced.length * 2)));
    [...unplaced]
      .sort((a, b) => a.kind.localeCompare(b.kind) || byWeight(a, b))
      .forEach((n, i) => {
        positions.set(n.id, { x: (i % perRow) * (COLUMN_WIDTH / 2), y: y + Math.floor(i / perRow) * ROW * 1.5 });
      });
  }
  return { positions, decor: { lanes, columnWidth: COLUMN_WIDTH }, alsoIn };
}

/** Technologies under the columns that use them: x at the mean of their placed neighbours, spread apart, staggered rows. */
function placeTechs(
  techs: ChainNodeInput[],
  top: number,
  neighbours: Map<string, string[]>,
  positions: Map<string, Point>,
): number {
  const target = (t: ChainNodeInput) => {
    const xs = (neighbours.get(t.id) ?? [])
      .map((id) => positions.get(id)?.x)
      .filter((x): x is number => x !== undefined);
    return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0;
  };
  const wanted = techs.map((t) => ({ t, x: target(t) })).sort((a, b) => a.x - b.x || a.t.id.localeCompare(b.t.id));
  let last = -Infinity;
  wanted.forEach(({ t, x }, i) => {
    const placedX = Math.max(x, last + TECH_GAP);
    last = placedX;
    positions.set(t.id, { x: placedX, y: top + (i % TECH_ROWS) * ROW * 1.2 });
  });
  return top + (Math.min(TECH_ROWS, wanted.length) - 1) * ROW * 1.2 + 10;
}
