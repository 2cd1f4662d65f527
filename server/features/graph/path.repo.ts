import { z } from "zod";
import type { Database } from "../../db/database";
import { defineQuery } from "../../db/query";

const Stored = z.record(z.string(), z.unknown());
const PathRow = z.object({
  nodes: z.array(z.object({ node: Stored, degree: z.number(), capabilities: z.number() })),
  links: z.array(
    z.object({ id: z.string().nullable(), type: z.string(), source: z.string(), target: z.string(), props: Stored }),
  ),
});
const params = z.object({ from: z.string(), to: z.string(), types: z.array(z.string()), maxHops: z.number().int() });

const shortestQuery = defineQuery("graph/shortest-path", { params, row: PathRow });
const allShortestQuery = defineQuery("graph/all-shortest-paths", {
  params: params.extend({ limit: z.number().int() }),
  row: PathRow,
});

export type PathRow = z.output<typeof PathRow>;

/** Shortest-path searches (Cypher shortestPath / allShortestPaths with a literal hop bound). */
export function pathRepo(db: Database) {
  return {
    shortest: (p: z.input<typeof params>) => db.read(shortestQuery, p),
    allShortest: (p: z.input<typeof params> & { limit: number }) => db.read(allShortestQuery, p),
  };
}
