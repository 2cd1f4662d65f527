import { z } from "zod";
import type { Database } from "../../db/database";
import { defineQuery } from "../../db/query";
import { BOOKKEEPING_LABELS, scanGraph, shapeRecords } from "./result-shape";

const idKindsQuery = defineQuery("query-support/id-kinds", {
  params: z.object({ ids: z.array(z.string()) }),
  row: z.object({ id: z.string(), kind: z.string(), chainId: z.string().nullable() }),
});
const nodesByElementIdQuery = defineQuery("query-support/nodes-by-element-id", {
  params: z.object({ elementIds: z.array(z.string()) }),
  row: z.object({ elementId: z.string(), labels: z.array(z.string()), props: z.record(z.string(), z.unknown()) }),
});
const suggestQuery = defineQuery("query-support/suggest", {
  params: z.object({
    kinds: z.array(z.string()),
    chain: z.string().nullable(),
    needle: z.string().nullable(),
    limit: z.number().int(),
  }),
  row: z.object({ id: z.string(), kind: z.string(), name: z.string(), nameEn: z.string().nullable() }),
});
const schemaQuery = defineQuery("query-support/schema", {
  params: z.object({}),
  row: z.object({
    labels: z.array(z.string()),
    relationshipTypes: z.array(z.string()),
    propertyKeys: z.array(z.string()),
  }),
});

export interface ReadOnlyRun {
  queryType: string;
  notices: { title: string; line?: number; column?: number }[];
  /** Set when EXPLAIN said the statement is not read-only; nothing was run. */
  refused: boolean;
  result?: ReturnType<typeof shapeRecords> & { truncated: boolean };
}

/** Extra time the client gives the server past the transaction timeout before it gives up on the answer. */
export const DEADLINE_MARGIN_MS = 2_000;

/**
 * `analysts`: the Database (own small pool, see Database.companion) that runs analysts' statements; the
 * app's own reads go through `db`.
 */
export function queriesRepo(db: Database, analysts: Database = db) {
  return {
    defaultTimeoutMs: db.config.queryTimeoutMs,

    /**
     * Layers two and three of the read-only guarantee, in ONE read transaction: EXPLAIN first (the planner's
     * queryType must be "r"), then the statement itself in the READ-mode session, which Neo4j refuses to
     * let write even if everything before it were wrong. Rows beyond `maxRows` are never fetched.
     */
    runReadOnly(
      text: string,
      params: Record<string, unknown>,
      options: { timeoutMs: number; maxRows: number },
    ): Promise<ReadOnlyRun> {
      return analysts.readTx(
        async (tx) => {
          const plan = await tx.explain(text, params);
          const notices = plan.notifications.map((n) => ({
            title: n.title,
            ...(n.position?.line ? { line: n.position.line, column: n.position.column } : {}),
          }));
          if (plan.queryType !== "r") return { queryType: plan.queryType, notices, refused: true };
          const { keys, records, truncated } = await tx.capped(text, params, options.maxRows);
          // Defence in depth: bookkeeping nodes, relationships touching them and paths through them are withheld.
          const found = { hidden: new Set<string>(), seen: new Set<string>(), ends: new Set<string>() };
          for (const record of records) for (const key of keys) scanGraph(record[key], found);
          const unknownEnds = [...found.ends].filter((id) => !found.seen.has(id));
          if (unknownEnds.length) {
            for (const node of await tx.run(nodesByElementIdQuery, { elementIds: unknownEnds })) {
              if (node.labels.some((label) => BOOKKEEPING_LABELS.has(label))) found.hidden.add(node.elementId);
            }
          }
          return {
            queryType: plan.queryType,
            notices,
            refused: false,
            result: { ...shapeRecords(keys, records, found.hidden), truncated },
          };
        },
        { timeoutMs: options.timeoutMs, deadlineMs: options.timeoutMs + DEADLINE_MARGIN_MS },
      );
    },
    idKinds: (ids: string[]) => db.read(idKindsQuery, { ids }),
    nodesByElementId: (elementIds: string[]) => analysts.read(nodesByElementIdQuery, { elementIds }),
    suggest: (params: z.input<typeof suggestQuery.params>) => db.read(suggestQuery, params),
    async schema() {
      const [row] = await db.read(schemaQuery, {});
      return row ?? { labels: [], relationshipTypes: [], propertyKeys: [] };
    },
  };
}

export type QueriesRepo = ReturnType<typeof queriesRepo>;
