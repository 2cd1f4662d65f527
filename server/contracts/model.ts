// The graph vocabulary, shared by the server, the seed, imports and the client (pure: zod only).

/** Organisation kinds (label :Org plus one of these). */
export const ORG_KINDS = [
  "Enterprise",
  "University",
  "ResearchInstitute",
  "Platform",
  "GovernmentBody",
  "Association",
  "Park",
] as const;
/** Every node kind (a Neo4j label), organisation or not. */
export const NODE_KINDS = [
  ...ORG_KINDS,
  "Technology",
  "Chain",
  "Segment",
  "Project",
  "Problem",
  "Consortium",
  "Policy",
] as const;
export const REL_TYPES = [
  "HAS_CAPABILITY", // Org → Technology {level 1..3, evidence}
  "OPERATES", // Org → Platform {role}
  "LEADS", // Org → Project
  "PARTICIPATES_IN", // Org → Project
  "COLLABORATES_WITH", // Org → Org {kind, year} (undirected in meaning; stored once)
  "SUPPLIES", // Org → Org {product}
  "SUBSIDIARY_OF", // Org → Org {share}
  "JOINT_VENTURE_WITH", // joint-venture company → each partner {share?} (only when the source states it)
  "IN_SEGMENT", // Org → Segment {role}
  "PART_OF", // Segment → Chain
  "FEEDS", // Segment → Segment (upstream → downstream)
  "REQUIRES", // Segment | Problem → Technology {weight}
  "SUBFIELD_OF", // Technology → Technology
  "ADDRESSES", // Project → Technology, Consortium → Problem
  "IN_CHAIN", // Project | Problem | Platform | Policy → Chain
  "POSTED", // Org → Problem
  "MEMBER_OF", // Org → Consortium {role lead|member}
  "SUPPORTS", // Policy → Chain | Technology | Project | Platform | Org
  "ISSUED", // GovernmentBody → Policy
  "PROPOSED", // Org → Policy (the CPPCC proposal the reply answers)
  "SUBMITTED_TO", // Policy → GovernmentBody (the proposal → 市政协)
] as const;

// `app`: entered or edited by a signed-in user in the app (who in `by`, when in `asOf`); `document`: read from an
// ingested document and accepted by a reviewer (docs/documents.md).
export const SOURCES = ["reply", "public", "illustrative", "import", "app", "document"] as const;
export const TIERS = ["A", "B", "C"] as const;
/**
 * How a fact relates to its source: `stated` (the source says it), `inferred` (the editors drew it from the
 * source; `reasoning` says how) or `editorial` (the editors' classification: technology tree, REQUIRES
 * weights, chain model and segment placement, illustrative demo data).
 */
export const BASES = ["stated", "inferred", "editorial"] as const;
/** `asOf`, `validFrom`, `validTo`: as precise as the source — a year, a month or a day. */
export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** Collaboration kinds that are not working ties (gap rules and consortium cost ignore them). */
export const LIGHT_COLLABORATION_KINDS = ["talks", "co-hosting"] as const;
export const STAGES = ["UP", "MID", "DOWN"] as const;

export type NodeKind = (typeof NODE_KINDS)[number];
export type OrgKind = (typeof ORG_KINDS)[number];
export type RelType = (typeof REL_TYPES)[number];
export type Source = (typeof SOURCES)[number];
export type Basis = (typeof BASES)[number];

/** Properties that hold provenance on every stored node and relationship. */
/** `by`: the signed-in user who entered or imported the fact (user data only). */
/**
 * `document` facts (issue 16): `documentId` and `sha256` of the ingested :Document, `quote` (its sentence),
 * `quoteStart`/`quoteEnd` (character range in the document's text), `by` the reviewer, `reviewedAt` the time.
 */
export const PROVENANCE_KEYS = [
  "source",
  "basis",
  "reasoning",
  "quote",
  "url",
  "tier",
  "file",
  "row",
  "asOf",
  "validFrom",
  "validTo",
  "uncertain",
  "note",
  "by",
  "documentId",
  "sha256",
  "quoteStart",
  "quoteEnd",
  "reviewedAt",
] as const;
/**
 * Stored property holding per-property citations: a JSON string of { [property]: Claim[] } (Neo4j properties
 * cannot hold maps); the plain value stays in its own property so Cypher reads it as before.
 */
export const CLAIMS_KEY = "claims";
/** Stored list of JSON strings: re-verifications appended by the freshness view (never an overwrite). */
export const CHECKS_KEY = "checks";

/** A relationship's deterministic id (`TYPE:from->to#key`): loading and importing are idempotent because of it. */
export function linkId(link: { type: RelType; from: string; to: string; key?: string | undefined }): string {
  return `${link.type}:${link.from}->${link.to}${link.key ? `#${link.key}` : ""}`;
}

/** Id prefixes by kind (`ent:…`, `tech:…`): ids made by import and document ingestion start with them. */
export const ID_PREFIX: Record<NodeKind, string> = {
  Enterprise: "ent",
  University: "uni",
  ResearchInstitute: "inst",
  Platform: "plat",
  GovernmentBody: "gov",
  Association: "assoc",
  Park: "park",
  Technology: "tech",
  Chain: "chain",
  Segment: "seg",
  Project: "proj",
  Problem: "prob",
  Consortium: "cons",
  Policy: "pol",
};

export const isOrgKind = (kind: string) => (ORG_KINDS as readonly string[]).includes(kind);

/** Organisations of any kind share one name space ("Org"); every other kind is its own. */
export const kindFamily = (kind: string) => (isOrgKind(kind) ? "Org" : kind);

/** The labels a node of this kind carries besides :Entity (organisations also carry :Org). */
export function labelsFor(kind: NodeKind): string[] {
  return (ORG_KINDS as readonly string[]).includes(kind) ? ["Org", kind] : [kind];
}

const ORG = ORG_KINDS as readonly NodeKind[];
const ANY = NODE_KINDS as readonly NodeKind[];

/** Which node kinds each relationship type may connect (from → to). */
export const ENDPOINTS: Record<RelType, { from: readonly NodeKind[]; to: readonly NodeKind[] }> = {
  HAS_CAPABILITY: { from: ORG, to: ["Technology"] },
  OPERATES: { from: ORG, to: ["Platform"] },
  LEADS: { from: ORG, to: ["Project"] },
  PARTICIPATES_IN: { from: ORG, to: ["Project"] },
  COLLABORATES_WITH: { from: ORG, to: ORG },
  SUPPLIES: { from: ORG, to: ORG },
  SUBSIDIARY_OF: { from: ORG, to: ORG },
  JOINT_VENTURE_WITH: { from: ORG, to: ORG },
  IN_SEGMENT: { from: ORG, to: ["Segment"] },
  PART_OF: { from: ["Segment"], to: ["Chain"] },
  FEEDS: { from: ["Segment"], to: ["Segment"] },
  REQUIRES: { from: ["Segment", "Problem"], to: ["Technology"] },
  SUBFIELD_OF: { from: ["Technology"], to: ["Technology"] },
  ADDRESSES: { from: ["Project", "Consortium"], to: ["Technology", "Problem"] },
  IN_CHAIN: { from: ["Project", "Problem", "Platform", "Policy"], to: ["Chain"] },
  POSTED: { from: ORG, to: ["Problem"] },
  MEMBER_OF: { from: ORG, to: ["Consortium"] },
  SUPPORTS: { from: ["Policy"], to: ANY },
  ISSUED: { from: ["GovernmentBody"], to: ["Policy"] },
  PROPOSED: { from: ORG, to: ["Policy"] },
  SUBMITTED_TO: { from: ["Policy"], to: ["GovernmentBody"] },
};
