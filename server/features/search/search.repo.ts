import { z } from "zod";
import type { Database } from "../../db/database";
import { defineQuery } from "../../db/query";

export const namesQuery = defineQuery("search/names", {
  params: z.object({
    lucene: z.string().nullable(),
    needle: z.string(),
    kinds: z.array(z.string()).nullable(),
    limit: z.number().int(),
  }),
  row: z.object({ node: z.record(z.string(), z.unknown()), score: z.number() }),
});

export function searchRepo(db: Database) {
  return { names: (params: z.input<typeof namesQuery.params>) => db.read(namesQuery, params) };
}

export type SearchRepo = ReturnType<typeof searchRepo>;
