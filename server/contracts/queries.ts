import { z } from "zod";
import { GraphLink, GraphNode, queryInt } from "./common";

// The query library, its runs and the analysts' console: request and response shapes (pure, zod only).

export const PARAM_TYPES = [
  "string",
  "int",
  "float",
  "bool",
  "date",
  "orgId",
  "techId",
  "chainId",
  "segmentId",
  "problemId",
  "policyId",
] as const;
export type ParamType = (typeof PARAM_TYPES)[number];
export const SUGGEST_SOURCES = ["orgs", "techs", "chains", "segments", "problems", "policies"] as const;
export type SuggestSource = (typeof SUGGEST_SOURCES)[number];
export const CATEGORIES = [
  "capability",
  "collaboration",
  "chain",
  "platforms",
  "problems",
  "policy",
  "data",
  "user",
] as const;
export const VIEWS = ["table", "graph", "bar"] as const;

export const LocalText = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type LocalText = z.infer<typeof LocalText>;

export const ParamDefault = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const ParamSpec = z
  .object({
    name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,39}$/, "a parameter name is letters, digits and _"),
    type: z.enum(PARAM_TYPES),
    /** Optional parameters may be left empty: the query receives null. */
    optional: z.boolean().default(false),
    default: ParamDefault.default(null),
    label: LocalText.optional(),
    /** Where the picker's suggestions come from; `dependsOn` names a chainId parameter that narrows them. */
    suggest: z.object({ source: z.enum(SUGGEST_SOURCES), dependsOn: z.string().optional() }).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    /** A string parameter limited to these values (a select). */
    options: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();
export type ParamSpec = z.infer<typeof ParamSpec>;

/** Shared vocabularies a result column's values come from; the client shows them in the page's language. */
export const COLUMN_VOCABS = [
  "kind",
  "rel",
  "source",
  "stage",
  "problemStatus",
  "consortiumStatus",
  "gapStatus",
  "collab",
  "role",
  "level",
] as const;
export const ColumnSpec = z
  .object({
    title: LocalText,
    vocab: z.enum(COLUMN_VOCABS).optional(),
    /** Display names of this column's own values (e.g. node → 节点 / Node). */
    values: z.record(z.string(), LocalText).optional(),
  })
  .strict();
export type ColumnSpec = z.infer<typeof ColumnSpec>;

export const QueryInfo = z.object({
  id: z.string(),
  title: LocalText,
  description: LocalText,
  category: z.enum(CATEGORIES),
  params: z.array(ParamSpec),
  view: z.enum(VIEWS),
  /** Bar charts: which column names the bars and which holds their value. */
  bar: z.object({ x: z.string(), y: z.string() }).optional(),
  /** Library queries: result columns' titles and value vocabularies (tables, charts and CSV use them). */
  columns: z.record(z.string(), ColumnSpec).optional(),
  /** Shipped with the app (cypher/queries/) rather than saved by an analyst. */
  builtin: z.boolean(),
  /** An analyst's query: the username that created it (only they or an admin may change or delete it). */
  owner: z.string().optional(),
});
export type QueryInfo = z.infer<typeof QueryInfo>;

export const QueryListResponse = z.object({ queries: z.array(QueryInfo) });
export const QueryDetail = QueryInfo.extend({ text: z.string(), version: z.number().optional() });
export type QueryDetail = z.infer<typeof QueryDetail>;

export const QueryIdParams = z
  .object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "a query id is lower-case letters, digits and -") })
  .strict();

const JsonValue: z.ZodType<unknown> = z.lazy(() =>
  z.union([
    z.string().max(10_000),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(JsonValue).max(1000),
    z.record(z.string(), JsonValue),
  ]),
);
export const ParamValues = z.record(
  z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "parameter names are letters, digits and _"),
  JsonValue,
);

const RunLimits = {
  /** Lower than the server's limit only: the server never waits longer than QUERY_TIMEOUT_MS. */
  timeoutMs: z.number().int().min(50).max(600_000).optional(),
  maxRows: z.number().int().min(1).max(5000).optional(),
};
export const RunBody = z.object({ params: ParamValues.default({}), ...RunLimits }).strict();
/** The text's length and nesting are limited by the server's lexer (CYPHER_MAX_LENGTH/DEPTH → 400 QUERY_TOO_COMPLEX). */
export const CypherBody = z
  .object({ query: z.string().min(1).max(1_000_000), params: ParamValues.default({}), ...RunLimits })
  .strict();

/** Table cells: plain JSON, or a graph element the table shows by name. */
export const CellNode = z.object({
  $: z.literal("node"),
  id: z.string(),
  labels: z.array(z.string()),
  name: z.string().optional(),
  nameEn: z.string().optional(),
  kind: z.string().optional(),
});
export const CellRel = z.object({
  $: z.literal("rel"),
  id: z.string(),
  type: z.string(),
  start: z.string(),
  end: z.string(),
});
export const CellPath = z.object({ $: z.literal("path"), nodes: z.array(CellNode), rels: z.array(CellRel) });
export type CellNode = z.infer<typeof CellNode>;
export type CellRel = z.infer<typeof CellRel>;
export type CellPath = z.infer<typeof CellPath>;

export const RunResponse = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.unknown())),
  graph: z.object({ nodes: z.array(GraphNode), links: z.array(GraphLink) }).optional(),
  summary: z.object({
    ms: z.number(),
    rows: z.number(),
    truncated: z.boolean(),
    queryType: z.string(),
    /** Planner warnings (unknown label, cartesian product …) with their position. */
    notices: z
      .array(z.object({ title: z.string(), line: z.number().optional(), column: z.number().optional() }))
      .optional(),
    /** Values withheld because they are app bookkeeping (accounts, sessions, tokens, audit trail): shown as null. */
    hidden: z.number().int().optional(),
  }),
});
export type RunResponse = z.infer<typeof RunResponse>;

export const SuggestQuery = z
  .object({
    source: z.enum(SUGGEST_SOURCES),
    q: z.string().trim().max(100).optional(),
    chain: z.string().min(1).max(200).optional().describe("segments only: the chain they belong to"),
    limit: queryInt({ min: 1, max: 50 }).default(20),
  })
  .strict();
export type SuggestQuery = z.infer<typeof SuggestQuery>;
export const SuggestItem = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  nameEn: z.string().optional(),
});
export type SuggestItem = z.infer<typeof SuggestItem>;
export const SuggestResponse = z.object({ items: z.array(SuggestItem) });

export const SchemaResponse = z.object({
  labels: z.array(z.string()),
  relationshipTypes: z.array(z.string()),
  propertyKeys: z.array(z.string()),
});
export type SchemaResponse = z.infer<typeof SchemaResponse>;
