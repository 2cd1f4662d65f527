import type { ChainDecor } from "../chain/layout";

// What the canvas draws: nodes with positions (updated in place by the layout), links pointing at their
// node objects, grouped once by style so a frame is a few long paths rather than thousands of strokes.

export interface SceneNode {
  id: string;
  kind: string;
  label: string;
  radius: number;
  x: number;
  y: number;
  illustrative: boolean;
  /** Label priority (degree-based). */
  weight: number;
}

/** How sure a link is (stated solid, inferred dotted, editorial thin grey); talks/co-hosting are `light`. */
export interface LinkLookKey {
  illustrative: boolean;
  basis?: "stated" | "inferred" | "editorial";
  light?: boolean;
}

export interface SceneLink extends LinkLookKey {
  id: string;
  type: string;
  source: SceneNode;
  target: SceneNode;
}

export interface Scene {
  nodes: SceneNode[];
  links: SceneLink[];
  byId: Map<string, SceneNode>;
  /** Links grouped by type and dash (one path per group per frame). */
  linkGroups: (LinkLookKey & { type: string; links: SceneLink[] })[];
  nodeGroups: { kind: string; nodes: SceneNode[] }[];
  selected: string | null;
  hovered: string | null;
  focus: string | null;
  pinned: Set<string>;
  /** When set, everything else is dimmed (path, or a selection's neighbourhood). */
  emphasis: { nodes: Set<string>; links: Set<string> } | null;
  /** Links drawn as the highlighted path. */
  pathLinks: Set<string>;
  /** Relationship types not drawn (the chain layout shows membership by position instead). */
  hiddenTypes: Set<string>;
  /** Individual links not drawn unless their node is selected (the chain layout's cross-lane links). */
  hiddenLinks: Set<string>;
  decor: ChainDecor | null;
}

export function buildScene(
  nodes: SceneNode[],
  links: (LinkLookKey & { id: string; type: string; source: string; target: string })[],
): Scene {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const sceneLinks: SceneLink[] = [];
  for (const l of links) {
    const source = byId.get(l.source);
    const target = byId.get(l.target);
    if (source && target)
      sceneLinks.push({
        id: l.id,
        type: l.type,
        source,
        target,
        illustrative: l.illustrative,
        ...(l.basis ? { basis: l.basis } : {}),
        ...(l.light ? { light: true } : {}),
      });
  }
  const linkGroups = new Map<string, Scene["linkGroups"][number]>();
  for (const link of sceneLinks) {
    const key = `${link.type}|${link.illustrative}|${link.basis ?? ""}|${link.light ?? false}`;
    const group = { type: link.type, illustrative: link.illustrative, basis: link.basis, light: link.light, links: [] };
    (linkGroups.get(key) ?? linkGroups.set(key, group).get(key)!).links.push(link);
  }
  const nodeGroups = new Map<string, SceneNode[]>();
  for (const node of nodes) (nodeGroups.get(node.kind) ?? nodeGroups.set(node.kind, []).get(node.kind)!).push(node);
  return {
    nodes,
    links: sceneLinks,
    byId,
    linkGroups: [...linkGroups.values()],
    nodeGroups: [...nodeGroups.entries()].map(([kind, group]) => ({ kind, nodes: group })),
    selected: null,
    hovered: null,
    focus: null,
    pinned: new Set(),
    emphasis: null,
    pathLinks: new Set(),
    hiddenTypes: new Set(),
    hiddenLinks: new Set(),
    decor: null,
  };
}

const adjacency = new WeakMap<Scene, Map<string, SceneLink[]>>();

/** A node's links (an index built once per scene: a frame must not scan every link for the selection). */
export function linksOf(scene: Scene, id: string): readonly SceneLink[] {
  let index = adjacency.get(scene);
  if (!index || index.size === 0) {
    index = new Map();
    for (const l of scene.links)
      for (const end of [l.source.id, l.target.id]) {
        const list = index.get(end);
        if (list) list.push(l);
        else index.set(end, [l]);
      }
    adjacency.set(scene, index);
  }
  return index.get(id) ?? [];
}

export function neighboursOf(scene: Scene, id: string): Set<string> {
  const out = new Set<string>();
  for (const l of linksOf(scene, id)) out.add(l.source.id === id ? l.target.id : l.source.id);
  return out;
}
