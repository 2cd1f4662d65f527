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

export interface SceneLink {
  id: string;
  type: string;
  source: SceneNode;
  target: SceneNode;
  illustrative: boolean;
}

export interface Scene {
  nodes: SceneNode[];
  links: SceneLink[];
  byId: Map<string, SceneNode>;
  /** Links grouped by type and dash (one path per group per frame). */
  linkGroups: { type: string; illustrative: boolean; links: SceneLink[] }[];
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

export function buildScene(nodes: SceneNode[], links: { id: string; type: string; source: string; target: string; illustrative: boolean }[]): Scene {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const sceneLinks: SceneLink[] = [];
  for (const l of links) {
    const source = byId.get(l.source);
    const target = byId.get(l.target);
    if (source && target) sceneLinks.push({ id: l.id, type: l.type, source, target, illustrative: l.illustrative });
  }
  const linkGroups = new Map<string, Scene["linkGroups"][number]>();
  for (const link of sceneLinks) {
    const key = `${link.type}|${link.illustrative}`;
    (linkGroups.get(key) ?? linkGroups.set(key, { type: link.type, illustrative: link.illustrative, links: [] }).get(key)!).links.push(link);
  }
  const nodeGroups = new Map<string, SceneNode[]>();
  for (const node of nodes) (nodeGroups.get(node.kind) ?? nodeGroups.set(node.kind, []).get(node.kind)!).push(node);
  return {
    nodes, links: sceneLinks, byId,
    linkGroups: [...linkGroups.values()],
    nodeGroups: [...nodeGroups.entries()].map(([kind, group]) => ({ kind, nodes: group })),
    selected: null, hovered: null, focus: null, pinned: new Set(), emphasis: null, pathLinks: new Set(), hiddenTypes: new Set(), hiddenLinks: new Set(), decor: null,
  };
}
