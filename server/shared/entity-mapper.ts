import type { GraphLink, GraphNode, Provenance } from "../contracts/common";
import { CHECKS_KEY, CLAIMS_KEY, NODE_KINDS, PROVENANCE_KEYS, type NodeKind } from "../contracts/model";
import { claimsOf } from "./claims";

type Stored = Record<string, unknown>;

// `_search` is the derived search text (decision 043): internal, never shown as a property.
const NODE_FIELDS = new Set(["id", "kind", "name", "nameEn", "_search"]);
const PROVENANCE = new Set<string>([...PROVENANCE_KEYS, CLAIMS_KEY, CHECKS_KEY]);

function provenanceOf(stored: Stored): Provenance {
  const out: Record<string, unknown> = {};
  for (const key of PROVENANCE_KEYS) if (stored[key] !== undefined && stored[key] !== null) out[key] = stored[key];
  if (!out.source) out.source = "import"; // a node written outside the seed/import paths: say so rather than guess
  return out as Provenance;
}

function restProps(stored: Stored, skip: Set<string>): GraphNode["props"] {
  const out: GraphNode["props"] = {};
  for (const [key, value] of Object.entries(stored)) {
    if (skip.has(key) || PROVENANCE.has(key)) continue;
    out[key] = value as GraphNode["props"][string];
  }
  return out;
}

function kindOf(stored: Stored): NodeKind {
  const kind = String(stored.kind);
  return (NODE_KINDS as readonly string[]).includes(kind) ? (kind as NodeKind) : "Enterprise";
}

/** Stored node properties (provenance flattened onto the node) → the API's node shape. */
export function toGraphNode(stored: Stored, degree?: number): GraphNode {
  return {
    id: String(stored.id),
    kind: kindOf(stored),
    name: String(stored.name ?? stored.id),
    ...(typeof stored.nameEn === "string" ? { nameEn: stored.nameEn } : {}),
    ...(degree !== undefined ? { degree } : {}),
    props: restProps(stored, NODE_FIELDS),
    provenance: provenanceOf(stored),
    ...claimsOf(stored),
  };
}

export interface StoredLink {
  id: string | null;
  type: string;
  source: string;
  target: string;
  props: Stored;
}

export function toGraphLink(row: StoredLink): GraphLink {
  return {
    id: row.id ?? `${row.type}:${row.source}->${row.target}`,
    source: row.source,
    target: row.target,
    type: row.type,
    props: restProps(row.props, new Set(["id"])),
    provenance: provenanceOf(row.props),
    ...claimsOf(row.props),
  };
}
