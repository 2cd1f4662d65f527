import { z } from "zod";
import type { Database } from "../../db/database";
import { defineQuery } from "../../db/query";

const checks = z.array(z.string()).nullable();
const text = z.string().nullable();

const factsQuery = defineQuery("freshness/facts", {
  params: z.object({}),
  row: z.object({
    id: z.string(),
    kind: z.string(),
    isLink: z.boolean(),
    name: z.string(),
    source: text,
    tier: text,
    basis: text,
    url: text,
    asOf: text,
    checks,
  }),
});
const projectsQuery = defineQuery("freshness/projects", {
  params: z.object({}),
  row: z.object({
    id: z.string(),
    name: z.string(),
    status: z.string(),
    plannedBy: text,
    asOf: text,
    url: text,
    checks,
  }),
});
const itemQuery = defineQuery("freshness/item", {
  params: z.object({ id: z.string() }),
  row: z.object({ id: z.string(), isLink: z.boolean(), keys: z.array(z.string()) }),
});
const appendQuery = defineQuery("freshness/append-check", {
  params: z.object({ id: z.string(), isLink: z.boolean(), entry: z.string() }),
  row: z.object({ id: z.string() }),
});

export type FactRow = z.output<typeof factsQuery.row>;
export type ProjectRow = z.output<typeof projectsQuery.row>;

export function freshnessRepo(db: Database) {
  return {
    facts: () => db.read(factsQuery, {}),
    projects: () => db.read(projectsQuery, {}),
    /** Look the item up and append the check in ONE write transaction (no check on a vanished item). */
    appendCheck: (id: string, entry: (found: { isLink: boolean; keys: string[] }) => string) =>
      db.writeTx(async (tx) => {
        const [found] = await tx.run(itemQuery, { id });
        if (!found) return null;
        const text = entry(found);
        const [row] = await tx.run(appendQuery, { id, isLink: found.isLink, entry: text });
        return row ? text : null;
      }),
  };
}
export type FreshnessRepo = ReturnType<typeof freshnessRepo>;
