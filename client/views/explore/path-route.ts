// A found path as a readable route: A →合作→ B ←供应← C (the arrow follows the relationship's direction:
// "B ←供应← C" reads "C supplies B"). Pure: names and labels come from the caller.

export interface RouteStep {
  from: string;
  to: string;
  type: string;
  /** The relationship points along the route (from → to), or against it. */
  forward: boolean;
}

export function routeSteps(
  path: { nodes: string[]; links: string[] },
  links: Map<string, { source: string; target: string; type: string }>,
): RouteStep[] {
  const steps: RouteStep[] = [];
  for (let i = 0; i + 1 < path.nodes.length; i++) {
    const from = path.nodes[i]!;
    const to = path.nodes[i + 1]!;
    const link = links.get(path.links[i] ?? "");
    steps.push({ from, to, type: link?.type ?? "", forward: !link || link.source === from });
  }
  return steps;
}

export function routeText(
  path: { nodes: string[]; links: string[] },
  links: Map<string, { source: string; target: string; type: string }>,
  name: (id: string) => string,
  rel: (type: string) => string,
): string {
  const steps = routeSteps(path, links);
  if (!steps.length) return path.nodes.map(name).join("");
  return [
    name(steps[0]!.from),
    ...steps.map((s) => (s.forward ? ` →${rel(s.type)}→ ` : ` ←${rel(s.type)}← `) + name(s.to)),
  ].join("");
}
