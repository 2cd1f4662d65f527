import { z } from "zod";
import type { Database, Tx } from "../../db/database";
import { defineQuery } from "../../db/query";
import { pathRepo } from "./path.repo";

const StoredNode = z.record(z.string(), z.unknown());
const ids = z.array(z.string());
const maybeList = z.array(z.string()).nullable();

const nodesQuery = defineQuery("graph/nodes", {
  params: z.object({
    ids: maybeList,
    kinds: maybeList,
    sources: maybeList,
    districts: maybeList,
    limit: z.number().int(),
  }),
  row: z.object({ node: StoredNode, degree: z.number(), capabilities: z.number(), total: z.number() }),
});
const linksAmongQuery = defineQuery("graph/links-among", {
  params: z
    .object({ ids, types: maybeList, sources: maybeList })
    .transform((p) => ({ ...p, idSet: Object.fromEntries(p.ids.map((id) => [id, true])) })),
  row: z.object({
    id: z.string().nullable(),
    type: z.string(),
    source: z.string(),
    target: z.string(),
    props: StoredNode,
  }),
});
const nullableText = z.string().nullable();
/** The lean columns of a node (graph-lean.ts maps them), in the order the one-ring statement lists them. */
const leanNodeColumns = {
  id: z.string(),
  kind: nullableText,
  name: nullableText,
  nameEn: nullableText,
  aliases: z.unknown(),
  district: z.unknown(),
  chainId: z.unknown(),
  order: z.unknown(),
  stage: z.unknown(),
  source: nullableText,
  basis: nullableText,
  tier: nullableText,
  asOf: z.unknown(),
  uncertain: z.unknown(),
  degree: z.number(),
  capabilities: z.number(),
};
/** The lean columns of a link, in the same order as the one-ring statement's link lists. */
const leanLinkColumns = {
  id: nullableText,
  type: z.string(),
  source: z.string(),
  target: z.string(),
  kind: z.unknown(),
  origin: nullableText,
  basis: nullableText,
  tier: nullableText,
  asOf: z.unknown(),
  uncertain: z.unknown(),
};
/** A Cypher list of the columns in `shape`'s key order, then the item's property map (null unless `full`). */
const flatList = (shape: Record<string, z.ZodType>) => {
  const [first, ...rest] = Object.values(shape);
  return z.tuple([first!, ...rest, StoredNode.nullable()]);
};
const viewNodesQuery = defineQuery("graph/view-nodes", {
  params: nodesQuery.params,
  row: z.object({ ...leanNodeColumns, total: z.number() }),
});
const viewLinksQuery = defineQuery("graph/view-links", {
  params: linksAmongQuery.params,
  row: z.object(leanLinkColumns),
});
const chainScopeQuery = defineQuery("graph/chain-scope", {
  params: z.object({ chain: z.string() }),
  row: z.object({ chain: z.string(), ids }),
});
const nodeQuery = defineQuery("graph/node", {
  params: z.object({ id: z.string() }),
  row: z.object({
    node: StoredNode,
    degree: z.number(),
    degreeByType: z.array(z.object({ type: z.string(), direction: z.enum(["out", "in"]), count: z.number() })),
  }),
});
const startQuery = defineQuery("graph/neighbor-start", {
  params: z.object({ id: z.string(), full: z.boolean() }),
  row: z.object({ ...leanNodeColumns, props: StoredNode.nullable() }),
});
const ringQuery = defineQuery("graph/neighbor-ring", {
  params: z.object({
    frontier: ids,
    exclude: ids,
    types: maybeList,
    kinds: maybeList,
    skip: z.number().int(),
    limit: z.number().int(),
    full: z.boolean(),
  }),
  row: z.object({ ...leanNodeColumns, props: StoredNode.nullable(), total: z.number() }),
});
const oneRingQuery = defineQuery("graph/neighbors-one-ring", {
  params: z.object({
    id: z.string(),
    types: maybeList,
    kinds: maybeList,
    skip: z.number().int(),
    limit: z.number().int(),
    full: z.boolean(),
  }),
  row: z.object({
    ...leanNodeColumns,
    props: StoredNode.nullable(),
    total: z.number(),
    // Flat lists (no maps unless `full`), so `runFlat` takes them as they come: the lean columns, then props.
    ring: z.array(flatList(leanNodeColumns)),
    links: z.array(flatList(leanLinkColumns)),
  }),
});
const facetsQuery = defineQuery("graph/facets", {
  params: z.object({}),
  row: z.object({
    chains: z.array(
      z.object({ id: z.string(), name: z.string(), nameEn: z.string().nullable(), segments: z.number() }),
    ),
    districts: z.array(z.object({ name: z.string(), count: z.number() })),
    kinds: z.array(z.object({ kind: z.string(), count: z.number() })),
    types: z.array(z.object({ type: z.string(), count: z.number() })),
    sources: z.array(z.object({ source: z.string(), count: z.number() })),
  }),
});

export type NodeRow = z.output<typeof nodesQuery.row>;
export type LeanNodeRow = z.output<z.ZodObject<typeof leanNodeColumns>>;
type LeanLinkRow = z.output<z.ZodObject<typeof leanLinkColumns>>;
type Stored = z.output<typeof StoredNode>;
/** A node or link of an expansion: its lean columns, and its property map when asked for in full. */
export interface Detailed<L> {
  lean: L;
  props: Stored | null;
}

/** One flat list of a statement (the lean columns in `shape`'s key order, then the property map) → an item. */
function unflatten<L>(shape: Record<string, unknown>): (values: unknown[]) => Detailed<L> {
  const keys = Object.keys(shape);
  return (values) => {
    const lean: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) lean[keys[i]!] = values[i];
    return { lean: lean as L, props: (values[keys.length] as Stored | null) ?? null };
  };
}
const ringNode = unflatten<LeanNodeRow>(leanNodeColumns);
const ringLink = unflatten<LeanLinkRow>(leanLinkColumns);
export type LinkRow = z.output<typeof linksAmongQuery.row>;
export type LeanRows = { nodes: z.output<typeof viewNodesQuery.row>[]; links: z.output<typeof viewLinksQuery.row>[] };
export type ViewParams = z.input<typeof nodesQuery.params> & {
  linkSources: string[] | null;
  linkTypes: string[] | null;
};
/** Called with a view's node rows before its links are read (a stream sends them on at once). */
export type OnRows<R> = (rows: R[]) => Promise<void>;
export type FacetsRow = z.output<typeof facetsQuery.row>;

/** The reads a multi-step view needs, bound to one transaction (see `read`). */
function readsIn(tx: Tx) {
  return {
    /** The start of a neighbour expansion: like `node` but from degree counts only (cheap on a hub). */
    async start(id: string, full: boolean): Promise<Detailed<LeanNodeRow> | null> {
      const [row] = await tx.runFlat(startQuery, { id, full });
      if (!row) return null;
      const { props, ...lean } = row;
      return { lean, props };
    },
    /** One ring of a deeper expansion, with the ring's total on every row. */
    async ring(params: z.input<typeof ringQuery.params>) {
      return (await tx.runFlat(ringQuery, params)).map(({ props, total, ...lean }) => ({ lean, props, total }));
    },
    /** A whole depth-1 expansion in one statement (null for an unknown id); property maps only if `full`. */
    async oneRing(params: z.input<typeof oneRingQuery.params>) {
      const [row] = await tx.runFlat(oneRingQuery, params);
      if (!row) return null;
      const { props, total, ring, links, ...start } = row;
      return {
        start: { lean: start, props } satisfies Detailed<LeanNodeRow>,
        total,
        ring: ring.map(ringNode),
        links: links.map(ringLink),
      };
    },
    linksAmong: (params: z.input<typeof linksAmongQuery.params>) => tx.run(linksAmongQuery, params),
    leanLinksAmong: (params: z.input<typeof linksAmongQuery.params>) => tx.runFlat(viewLinksQuery, params),
  };
}
export type GraphReads = ReturnType<typeof readsIn>;

export function graphRepo(db: Database) {
  return {
    /** Several reads in ONE transaction: one snapshot, and one round trip of BEGIN/COMMIT instead of many. */
    read: <T>(work: (reads: GraphReads) => Promise<T>) => db.readTx((tx) => work(readsIn(tx))),
    nodes: (params: z.input<typeof nodesQuery.params>) => db.read(nodesQuery, params),
    /** A view's nodes and the links among them in ONE read transaction (one round trip fewer, consistent). */
    view: (params: ViewParams, onNodes?: OnRows<NodeRow>) =>
      db.readTx(async (tx) => {
        const { linkSources, linkTypes, ...nodeParams } = params;
        const nodes = await tx.run(nodesQuery, nodeParams);
        await onNodes?.(nodes);
        const ids = nodes.map((row) => String(row.node.id));
        const links = ids.length ? await tx.run(linksAmongQuery, { ids, types: linkTypes, sources: linkSources }) : [];
        return { nodes, links };
      }),
    /** The lean view (flat scalar rows, no property maps): nodes, then the links among them, in ONE read. */
    leanView: (params: ViewParams, onNodes?: OnRows<LeanRows["nodes"][number]>): Promise<LeanRows> =>
      db.readTx(async (tx) => {
        const { linkSources, linkTypes, ...nodeParams } = params;
        const nodes = await tx.runFlat(viewNodesQuery, nodeParams);
        await onNodes?.(nodes);
        const ids = nodes.map((row) => row.id);
        const links = ids.length
          ? await tx.runFlat(viewLinksQuery, { ids, types: linkTypes, sources: linkSources })
          : [];
        return { nodes, links };
      }),
    async chainScope(chain: string): Promise<string[] | null> {
      const [row] = await db.read(chainScopeQuery, { chain });
      return row ? row.ids : null;
    },
    async node(id: string) {
      const [row] = await db.read(nodeQuery, { id });
      return row ?? null;
    },
    async facets(): Promise<FacetsRow> {
      const [row] = await db.read(facetsQuery, {});
      return row!;
    },
    ...pathRepo(db),
  };
}

export type GraphRepo = ReturnType<typeof graphRepo>;
