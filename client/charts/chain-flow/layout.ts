// Left-to-right flow of a chain's segments (upstream → downstream). Pure: a column per FEEDS depth (longest
// path from the chain's sources), rows by `order`. A FEEDS link that runs against `order` (a cycle or a
// branch back) does not push columns, so cycles cannot loop; it is drawn as a back edge.

export interface FlowSegment {
  id: string;
  order: number;
}

export interface FlowNode {
  id: string;
  column: number;
  row: number;
  x: number;
  y: number;
}

export interface FlowEdge {
  from: string;
  to: string;
  back: boolean;
}

export interface FlowLayout {
  nodes: FlowNode[];
  edges: FlowEdge[];
  width: number;
  height: number;
}

export const FLOW_BOX = { width: 150, height: 88, gapX: 34, gapY: 16, pad: 12 };

export function flowLayout(segments: FlowSegment[], feeds: [string, string][]): FlowLayout {
  const sorted = [...segments].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  const rank = new Map(sorted.map((s, i) => [s.id, i]));
  const edges: FlowEdge[] = feeds
    .filter(([from, to]) => from !== to && rank.has(from) && rank.has(to))
    .map(([from, to]) => ({ from, to, back: rank.get(from)! >= rank.get(to)! }));
  const column = new Map(sorted.map((s) => [s.id, 0]));
  // Forward edges always go to a later rank, so one pass in rank order gives the longest path.
  for (const segment of sorted) {
    for (const edge of edges) {
      if (edge.back || edge.from !== segment.id) continue;
      column.set(edge.to, Math.max(column.get(edge.to)!, column.get(segment.id)! + 1));
    }
  }
  const rows = new Map<number, number>();
  const { width: w, height: h, gapX, gapY, pad } = FLOW_BOX;
  const nodes = sorted.map((segment) => {
    const c = column.get(segment.id)!;
    const row = rows.get(c) ?? 0;
    rows.set(c, row + 1);
    return { id: segment.id, column: c, row, x: pad + c * (w + gapX), y: pad + row * (h + gapY) };
  });
  const columns = nodes.length ? Math.max(...nodes.map((n) => n.column)) + 1 : 0;
  const maxRows = nodes.length ? Math.max(...rows.values()) : 0;
  return {
    nodes,
    edges,
    width: columns ? pad * 2 + columns * w + (columns - 1) * gapX : 0,
    height: maxRows ? pad * 2 + maxRows * h + (maxRows - 1) * gapY : 0,
  };
}
