import type { ViewNode } from "../../../server/contracts/graph";
import { LIGHT_COLLABORATION_KINDS } from "../../../server/contracts/model";
import { chainLayout, type ChainDecor } from "../../charts/chain/layout";
import type { Placement } from "../../charts/force/graph-canvas";
import { radiusForDegree, type Point } from "../../charts/force/layout";
import { buildScene, type Scene } from "../../charts/force/scene";
import { lang, t } from "../../i18n";
import { ALL_RELS, type ViewState } from "../../state/view-state";
import type { VisibleGraph } from "./graph-model";

const MAX_LABEL_ZH = 12;
/** The chain layout's columns are narrow: shorter labels. */
const CHAIN_LABEL = 9;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A short canvas label: long Chinese company names give way to their common short alias (中车时代半导体). */
export function shortLabel(node: Pick<ViewNode, "name" | "nameEn" | "props">, max = MAX_LABEL_ZH): string {
  if (lang() === "en" && node.nameEn) return clip(node.nameEn, Math.round(max * 2.2));
  const aliases = Array.isArray(node.props.aliases)
    ? node.props.aliases.map(String).filter((a) => /[\u4e00-\u9fff]/.test(a))
    : [];
  const alias = aliases.sort((a, b) => b.length - a.length).find((a) => a.length <= max);
  if (node.name.length > max && alias && alias.length < node.name.length) return alias;
  return clip(node.name, max);
}

/**
 * The chain layout shows membership by position; of the links it draws only the flows between organisations and
 * segments (all links of the selected node are drawn anyway).
 */
const CHAIN_HIDDEN = new Set<string>(
  ALL_RELS.filter((r) => !["FEEDS", "SUPPLIES", "COLLABORATES_WITH", "SUBSIDIARY_OF"].includes(r)),
);

export interface BuiltScene {
  scene: Scene;
  /** Identity of what is laid out: same key → only marks changed, keep the layout running. */
  key: string;
  chain: { positions: Map<string, Point>; decor: ChainDecor; firstLane: string[] | undefined } | null;
}

export function buildExploreScene(visible: VisibleGraph, state: ViewState): BuiltScene {
  const chainMode = state.layout === "chain";
  const nodes = visible.nodes.map((n) => ({
    id: n.id,
    kind: n.kind,
    // In the chain layout a segment is named by its column header.
    label:
      chainMode && (n.kind === "Segment" || n.kind === "Chain")
        ? ""
        : shortLabel(n, chainMode ? CHAIN_LABEL : MAX_LABEL_ZH),
    radius: radiusForDegree(state.size === "capabilities" ? (n.capabilities ?? 0) : (n.degree ?? 0)),
    x: 0,
    y: 0,
    illustrative: n.provenance.source === "illustrative",
    // Chains name the picture: their labels win over busier nodes.
    weight: (n.degree ?? 0) + (n.kind === "Chain" ? 1000 : 0),
  }));
  const scene = buildScene(
    nodes,
    visible.links.map((l) => ({
      id: l.id,
      type: l.type,
      source: l.source,
      target: l.target,
      illustrative: l.provenance.source === "illustrative",
      basis: l.provenance.basis,
      light: l.type === "COLLABORATES_WITH" && (LIGHT_COLLABORATION_KINDS as readonly unknown[]).includes(l.props.kind),
    })),
  );
  let chain: BuiltScene["chain"] = null;
  if (chainMode) {
    const layout = chainLayout(
      visible.nodes.map((n) => ({
        id: n.id,
        kind: n.kind,
        label: n.kind === "Chain" || n.kind === "Segment" ? (lang() === "en" && n.nameEn ? n.nameEn : n.name) : "",
        degree: n.degree ?? 0,
        chainId: typeof n.props.chainId === "string" ? n.props.chainId : undefined,
        order: typeof n.props.order === "number" ? n.props.order : undefined,
        stage: typeof n.props.stage === "string" ? n.props.stage : undefined,
      })),
      visible.links,
    );
    // An organisation is drawn once, in its most upstream segment; its label says in how many more it works.
    for (const node of scene.nodes) {
      const more = layout.alsoIn.get(node.id);
      if (more) node.label = `${node.label} ${t("ex.chain.alsoIn", { n: more })}`;
    }
    layout.decor.stageLabels = { UP: t("ex.stage.UP"), MID: t("ex.stage.MID"), DOWN: t("ex.stage.DOWN") };
    layout.decor.relatedLabel = t("ex.chain.related");
    const lane = layout.decor.lanes[0];
    // Several lanes: open on the first (biggest) chain at a readable scale rather than all of them tiny.
    const firstLane =
      lane && layout.decor.lanes.length > 1
        ? [...layout.positions].filter(([, p]) => p.y >= lane.y0 && p.y <= lane.y1).map(([id]) => id)
        : undefined;
    chain = { ...layout, firstLane };
    scene.decor = layout.decor;
    scene.hiddenTypes = CHAIN_HIDDEN;
    // Links between lanes (one chain's firm collaborating with another's) are long diagonals across the
    // picture: drawn only for the selected node.
    const laneOf = (id: string) =>
      layout.decor.lanes.findIndex((l) => {
        const p = layout.positions.get(id);
        return !!p && p.y >= l.y0 && p.y <= l.y1;
      });
    scene.hiddenLinks = new Set(visible.links.filter((l) => laneOf(l.source) !== laneOf(l.target)).map((l) => l.id));
  }
  const key = [
    state.layout,
    state.size,
    lang(),
    visible.nodes.map((n) => n.id).join(","),
    visible.links.map((l) => l.id).join(","),
  ].join("|");
  return { scene, key, chain };
}

/** A new scope (focus, chain, layout, selection) is fitted to the screen; a filter change keeps the camera. */
export function needsRefit(before: ViewState | undefined, state: ViewState): boolean {
  return (
    !before ||
    before.focus !== state.focus ||
    before.chain !== state.chain ||
    before.layout !== state.layout ||
    before.nodes !== state.nodes
  );
}

/**
 * Where nodes start: the chain layout places everything itself; the force layout starts from the
 * positions it had (a light reheat when most nodes are known, a full run otherwise) with pins fixed.
 */
export function placementFor(built: BuiltScene, state: ViewState, known: ReadonlyMap<string, Point>): Placement {
  if (built.chain) return { kind: "static", positions: built.chain.positions };
  const nodes = built.scene.nodes;
  const familiar = nodes.filter((n) => known.has(n.id)).length > nodes.length * 0.8;
  return { kind: "force", seed: 7, known, pins: new Map(state.pins.map((p) => [p.id, p])), alpha: familiar ? 0.3 : 1 };
}

/** Selection, focus, pins and the path on an existing scene (no relayout). */
export function markScene(scene: Scene, visible: VisibleGraph, state: ViewState): void {
  scene.selected = state.sel && scene.byId.has(state.sel) ? state.sel : null;
  scene.focus = state.focus;
  scene.pinned = new Set(state.layout === "force" ? state.pins.map((p) => p.id) : []);
  scene.pathLinks = visible.pathLinks;
  scene.emphasis = visible.pathNodes.size ? { nodes: visible.pathNodes, links: visible.pathLinks } : null;
}
