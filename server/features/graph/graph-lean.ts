// The lean graph view (GET /api/graph, detail=lean): flat Cypher rows → the canvas's node and link shapes in
// one pass. Only what the explorer draws, filters and tabulates travels: ids, kinds, names, aliases (short
// labels), district (filter), a segment's chainId/order/stage (the chain layout), degree and capability counts (sizing), link endpoints and types, and the
// provenance kind (source, basis, tier, asOf, uncertain). Properties, quotes, URLs and claims come from
// GET /api/nodes/:id (or detail=full) when a node is opened. Depth-1 neighbour expansions (GET
// /api/nodes/:id/neighbors, decision 045) read the same columns and go through the same two mappers.
import type { GraphLink } from "../../contracts/common";
import type { ViewNode } from "../../contracts/graph";
import { BASES, NODE_KINDS, SOURCES, TIERS } from "../../contracts/model";

export interface LeanNodeRow {
  id: string;
  kind: string | null;
  name: string | null;
  nameEn: string | null;
  aliases: unknown;
  district: unknown;
  chainId: unknown;
  order: unknown;
  stage: unknown;
  source: string | null;
  basis: string | null;
  tier: string | null;
  asOf: unknown;
  uncertain: unknown;
  degree: number;
  capabilities: number;
}

export interface LeanLinkRow {
  id: string | null;
  type: string;
  source: string;
  target: string;
  kind: unknown;
  origin: string | null;
  basis: string | null;
  tier: string | null;
  asOf: unknown;
  uncertain: unknown;
}

const member = <T extends string>(values: readonly T[]) => {
  const set = new Set<string>(values);
  return (value: unknown): value is T => typeof value === "string" && set.has(value);
};
const isKind = member(NODE_KINDS);
const isSource = member(SOURCES);
const isBasis = member(BASES);
const isTier = member(TIERS);

type Provenance = ViewNode["provenance"];

/** The provenance kind: an unknown or missing source reads as "import", as the full mapper does. */
function provenance(source: unknown, basis: unknown, tier: unknown, asOf: unknown, uncertain: unknown): Provenance {
  const out: Provenance = { source: isSource(source) ? source : "import" };
  if (isBasis(basis)) out.basis = basis;
  if (isTier(tier)) out.tier = tier;
  if (asOf !== null && asOf !== undefined) out.asOf = String(asOf);
  if (typeof uncertain === "boolean") out.uncertain = uncertain;
  return out;
}

const scalarList = (value: unknown) =>
  Array.isArray(value)
    ? value.filter((v): v is string | number | boolean => v !== null && typeof v !== "object")
    : null;

export function leanNode(row: LeanNodeRow): ViewNode {
  const props: ViewNode["props"] = {};
  const aliases = scalarList(row.aliases);
  if (aliases) props.aliases = aliases;
  if (typeof row.district === "string") props.district = row.district;
  if (typeof row.chainId === "string") props.chainId = row.chainId;
  if (typeof row.order === "number") props.order = row.order;
  if (typeof row.stage === "string") props.stage = row.stage;
  const node: ViewNode = {
    id: row.id,
    kind: isKind(row.kind) ? row.kind : "Enterprise",
    name: row.name ?? row.id,
    degree: row.degree,
    capabilities: row.capabilities,
    props,
    provenance: provenance(row.source, row.basis, row.tier, row.asOf, row.uncertain),
  };
  if (typeof row.nameEn === "string") node.nameEn = row.nameEn;
  return node;
}

export function leanLink(row: LeanLinkRow): GraphLink {
  const props: GraphLink["props"] = {};
  if (typeof row.kind === "string") props.kind = row.kind;
  return {
    id: row.id ?? `${row.type}:${row.source}->${row.target}`,
    source: row.source,
    target: row.target,
    type: row.type,
    props,
    provenance: provenance(row.origin, row.basis, row.tier, row.asOf, row.uncertain),
  };
}
