// The graph vocabulary, shared by the server, the seed, imports and the client (pure: zod only).

/** Organisation kinds (label :Org plus one of these). */
export const ORG_KINDS = ["Enterprise", "University", "ResearchInstitute", "Platform", "GovernmentBody", "Association", "Park"] as const;
/** Every node kind (a Neo4j label), organisation or not. */
export const NODE_KINDS = [...ORG_KINDS, "Technology", "Chain", "Segment", "Project", "Problem", "Consortium", "Policy"] as const;
export const REL_TYPES = [
  "HAS_CAPABILITY", // Org → Technology {level 1..3, evidence}
  "OPERATES", // Org → Platform {role}
  "LEADS", // Org → Project
  "PARTICIPATES_IN", // Org → Project
  "COLLABORATES_WITH", // Org → Org {kind, year} (undirected in meaning; stored once)
  "SUPPLIES", // Org → Org {product}
  "SUBSIDIARY_OF", // Org → Org {share}
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
] as const;

export const SOURCES = ["reply", "public", "illustrative", "import", "document"] as const;
export const TIERS = ["A", "B", "C"] as const;
export const STAGES = ["UP", "MID", "DOWN"] as const;

export type NodeKind = (typeof NODE_KINDS)[number];
export type OrgKind = (typeof ORG_KINDS)[number];
export type RelType = (typeof REL_TYPES)[number];
export type Source = (typeof SOURCES)[number];

/** Properties that hold provenance on every stored node and relationship. */
/** `by`: the signed-in user who entered or imported the fact (user data only). */
/**
 * `document` facts (issue 16): `documentId` and `sha256` of the ingested :Document, `quote` (its sentence),
 * `quoteStart`/`quoteEnd` (character range in the document's text), `by` the reviewer, `reviewedAt` the time.
 */
export const PROVENANCE_KEYS = ["source", "quote", "url", "tier", "file", "row", "asOf", "uncertain", "note", "by", "documentId", "sha256", "quoteStart", "quoteEnd", "reviewedAt"] as const;
