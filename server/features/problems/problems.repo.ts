import { z } from "zod";
import type { Database, Tx } from "../../db/database";
import { defineQuery } from "../../db/query";

const Stored = z.record(z.string(), z.unknown());
const maybe = <T extends z.ZodType>(schema: T) => schema.nullable();
const Named = z.object({ id: z.string(), name: z.string(), nameEn: z.string().nullable() });
const ids = z.array(z.string());
const Prov = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

const listQuery = defineQuery("problems/list", {
  params: z.object({
    ids: maybe(ids),
    status: maybe(ids),
    chain: maybe(z.string()),
    technology: maybe(z.string()),
    deadlineBefore: maybe(z.string()),
    deadlineAfter: maybe(z.string()),
    limit: z.number().int(),
  }),
  row: z.object({
    problem: Stored,
    poster: Named.extend({ kind: z.string() }).nullable(),
    requires: z.array(Named.extend({ weight: z.number() })),
    chains: z.array(Named),
    consortia: z.number(),
  }),
});
const entityKinds = defineQuery("problems/entity-kinds", {
  params: z.object({ ids }),
  row: z.object({ id: z.string(), kind: z.string().nullable() }),
});
const createQuery = defineQuery("problems/create", {
  params: z.object({ props: Stored }),
  row: z.object({ id: z.string() }),
});
const updateQuery = defineQuery("problems/update", {
  params: z.object({ id: z.string(), props: Stored }),
  row: z.object({ id: z.string() }),
});
const linkQuery = defineQuery("problems/link", {
  params: z.object({
    id: z.string(),
    poster: z.string(),
    requires: z.array(z.object({ tech: z.string(), weight: z.number() })),
    chains: ids,
    prov: Prov,
  }),
  row: z.object({ posted: z.number(), required: z.number(), chained: z.number() }),
});
const unlinkQuery = defineQuery("problems/unlink", {
  params: z.object({ id: z.string() }),
  row: z.object({ removed: z.number() }),
});
const statusQuery = defineQuery("problems/set-status", {
  params: z.object({ id: z.string(), status: z.string(), prov: Prov }),
  row: z.object({ id: z.string() }),
});
const deleteQuery = defineQuery("problems/delete", {
  params: z.object({ id: z.string() }),
  row: z.object({ id: z.string() }),
});

const membersQuery = defineQuery("problems/match-members", {
  params: z.object({ techs: ids, seeds: ids, kinds: ids }),
  row: z.object({ id: z.string() }),
});
const poolQuery = defineQuery("problems/match-pool", {
  params: z.object({ ids, techs: ids, kinds: ids }),
  row: z.object({
    id: z.string(),
    name: z.string(),
    nameEn: z.string().nullable(),
    kind: z.string(),
    local: z.boolean(),
    district: z.string().nullable(),
    caps: z.array(z.tuple([z.string(), z.number(), z.string().nullable(), z.string().nullable()])),
    projects: z.array(z.tuple([z.string(), ids])),
    platforms: z.array(z.tuple([z.string(), ids, ids])),
    consortia: ids,
    ties: z.array(z.tuple([z.string(), z.string(), z.string().nullable(), z.string().nullable()])),
    coProjects: z.array(z.tuple([z.string(), z.string()])),
  }),
});

export type ProblemRow = z.output<typeof listQuery.row>;
type FlatPoolRow = z.output<typeof poolQuery.row>;
/** A pool member as matching reads it (the statement's nested lists as named fields). */
export interface PoolRow extends Omit<FlatPoolRow, "caps" | "projects" | "platforms" | "ties" | "coProjects"> {
  caps: { tech: string; level: number; link: string | null; basis: string | null }[];
  projects: { id: string; techs: string[] }[];
  platforms: { id: string; techs: string[]; chains: string[] }[];
}

const poolRow = ({ ties: _ties, coProjects: _coProjects, ...row }: FlatPoolRow): PoolRow => ({
  ...row,
  caps: row.caps.map(([tech, level, link, basis]) => ({ tech, level, link, basis })),
  projects: row.projects.map(([id, techs]) => ({ id, techs })),
  platforms: row.platforms.map(([id, techs, chains]) => ({ id, techs, chains })),
});
/** A working tie between two pool members: a link (its id is the evidence) or a shared project (CO_PROJECT). */
export interface TieRow {
  a: string;
  b: string;
  type: string;
  evidence: string | null;
  /** The link's stated|inferred|editorial; null for a shared project. */
  basis: string | null;
}
export type LinkParams = z.input<typeof linkQuery.params>;
export type ListParams = z.input<typeof listQuery.params>;

/** Members per statement of a matching snapshot (the details and the ties of one page; decision 044). */
export const SNAPSHOT_PAGE = 5000;
/** Read transactions that read a large snapshot's pages at once (the database's cores on a small server). */
export const SNAPSHOT_LANES = 2;

/** The write operations of one transaction (the service decides; the repo runs them in the same tx). */
function writes(tx: Tx) {
  return {
    kinds: async (wanted: string[]) => new Map((await tx.run(entityKinds, { ids: wanted })).map((r) => [r.id, r.kind])),
    create: (props: Record<string, unknown>) => tx.run(createQuery, { props }),
    update: async (id: string, props: Record<string, unknown>) => (await tx.run(updateQuery, { id, props })).length > 0,
    link: (params: LinkParams) => tx.run(linkQuery, params),
    unlink: (id: string) => tx.run(unlinkQuery, { id }),
    setStatus: async (id: string, status: string, prov: Record<string, string>) =>
      (await tx.run(statusQuery, { id, status, prov })).length > 0,
    remove: (id: string) => tx.run(deleteQuery, { id }),
  };
}
export type ProblemWrites = ReturnType<typeof writes>;

export function problemsRepo(db: Database) {
  return {
    list: (params: ListParams) => db.read(listQuery, params),
    /** Everything in `work` commits together or not at all (a thrown DomainError rolls it back). */
    transaction: <T>(work: (ops: ProblemWrites) => Promise<T>) => db.writeTx((tx) => work(writes(tx))),
    /**
     * A matching snapshot: the members of the pool of these technologies and seeds (ids only), then their details
     * and the ties among them in pages of `page` members, so no statement holds more than a page of rows however
     * many problems share the snapshot. Its size follows the technologies and seeds asked for, never the size of
     * the graph. The pages are shared out over `lanes` read transactions that run at once (a transaction runs its
     * statements one after another, on one of the database's cores; decision 046). Neo4j reads are read-committed,
     * so one transaction never froze the graph for a multi-statement read either. `onStatement` sees each
     * statement's row count (tests).
     */
    snapshot: async (
      techs: string[],
      seeds: string[],
      kinds: readonly string[],
      options: { page?: number; lanes?: number; onStatement?: (name: string, rows: number) => void } = {},
    ) => {
      const page = Math.max(1, options.page ?? SNAPSHOT_PAGE);
      const seen = <T>(name: string, rows: T[]): T[] => {
        options.onStatement?.(name, rows.length);
        return rows;
      };
      const members = seen("members", await db.read(membersQuery, { techs, seeds, kinds: [...kinds] })).map(
        (m) => m.id,
      );
      const pages: string[][] = [];
      for (let i = 0; i < members.length; i += page) pages.push(members.slice(i, i + page));
      const lanes = Math.max(1, Math.min(options.lanes ?? SNAPSHOT_LANES, pages.length));
      const read: FlatPoolRow[][] = [];
      await Promise.all(
        Array.from({ length: lanes }, (_, lane) =>
          db.readTx(async (tx) => {
            // A lane's statements are sent at once: the driver pipelines them, so Neo4j runs the next page while
            // this process converts the last one (each statement still holds one page of rows).
            const mine = pages.flatMap((ids, at) => (at % lanes === lane ? [{ ids, at }] : []));
            const pending = mine.map(({ ids }) => {
              const rows = tx.runFlat(poolQuery, { ids, techs, kinds: [...kinds] });
              rows.catch(() => {}); // awaited below, in order; never an unhandled rejection meanwhile
              return rows;
            });
            for (let k = 0; k < mine.length; k++) read[mine[k]!.at] = await pending[k]!;
          }),
        ),
      );
      const inPool = new Set(members);
      const pool: PoolRow[] = [];
      const ties: TieRow[] = [];
      // In page order, whichever lane read a page: the snapshot is the same as one transaction's.
      for (const rows of read)
        for (const row of seen("pool", rows)) {
          pool.push(poolRow(row));
          const a = row.id;
          for (const [b, type, evidence, basis] of row.ties)
            if (inPool.has(b)) ties.push({ a, b, type, evidence, basis });
          for (const [b, project] of row.coProjects)
            if (inPool.has(b)) ties.push({ a, b, type: "CO_PROJECT", evidence: project, basis: null });
        }
      return { pool, ties };
    },
  };
}

export type ProblemsRepo = ReturnType<typeof problemsRepo>;
export type Snapshot = Awaited<ReturnType<ProblemsRepo["snapshot"]>>;
