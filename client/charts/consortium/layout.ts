// Pure layout of one consortium: members in a row, the partners a tie path runs through above them,
// the required technologies in a row below. Deterministic (no simulation), so the card and the printed
// report always draw the same picture.

export interface ConsortiumShape {
  lead: string;
  members: { id: string; covers: string[] }[];
  covered: string[];
  uncovered: string[];
  tree: { a: string; b: string; distance: number; path: string[] }[];
}

export type NodeRole = "lead" | "member" | "via" | "tech" | "gap";

export interface PlacedNode {
  id: string;
  role: NodeRole;
  x: number;
  y: number;
}

export interface PlacedLink {
  source: string;
  target: string;
  kind: "tie" | "unconnected" | "covers";
  /** Hop distance for unconnected pairs (always 10), shown on the line. */
  label?: string;
}

export interface ConsortiumLayout {
  nodes: PlacedNode[];
  links: PlacedLink[];
  width: number;
  height: number;
}

const spread = (count: number, width: number, margin: number) =>
  Array.from({ length: count }, (_, i) =>
    count === 1 ? width / 2 : margin + (i * (width - 2 * margin)) / (count - 1),
  );

export function layoutConsortium(shape: ConsortiumShape, width = 520, height = 260): ConsortiumLayout {
  const margin = 64;
  // The lead sits in the middle of the member row, the others keep their (sorted) order around it.
  const others = shape.members.map((m) => m.id).filter((id) => id !== shape.lead);
  const half = Math.floor(others.length / 2);
  const row = shape.lead ? [...others.slice(0, half), shape.lead, ...others.slice(half)] : others;
  const memberX = spread(row.length, width, margin);
  const nodes: PlacedNode[] = row.map((id, i) => ({
    id,
    role: id === shape.lead ? "lead" : "member",
    x: memberX[i]!,
    y: height * 0.42,
  }));
  const placed = new Map(nodes.map((n) => [n.id, n]));
  const links: PlacedLink[] = [];

  for (const edge of shape.tree) {
    if (edge.path.length < 2) {
      links.push({ source: edge.a, target: edge.b, kind: "unconnected", label: String(edge.distance) });
      continue;
    }
    const inner = edge.path.slice(1, -1);
    const [from, to] = [placed.get(edge.path[0]!)!, placed.get(edge.path[edge.path.length - 1]!)!];
    inner.forEach((id, i) => {
      if (placed.has(id)) return;
      const share = (i + 1) / (inner.length + 1);
      const via: PlacedNode = { id, role: "via", x: from.x + (to.x - from.x) * share, y: height * 0.14 + (i % 2) * 14 };
      nodes.push(via);
      placed.set(id, via);
    });
    for (let i = 0; i + 1 < edge.path.length; i++)
      links.push({ source: edge.path[i]!, target: edge.path[i + 1]!, kind: "tie" });
  }

  const techs = [
    ...shape.covered.map((id) => ({ id, role: "tech" as const })),
    ...shape.uncovered.map((id) => ({ id, role: "gap" as const })),
  ];
  const techX = spread(techs.length, width, margin * 0.7);
  techs.forEach((tech, i) => nodes.push({ ...tech, x: techX[i]!, y: height * 0.85 }));
  for (const member of shape.members)
    for (const tech of member.covers) links.push({ source: member.id, target: tech, kind: "covers" });
  return { nodes, links, width, height };
}
