import { z } from "zod";
import { csvList, queryInt } from "./common";
import { NODE_KINDS } from "./model";

export const SearchQuery = z
  .object({
    q: z.string().trim().min(1).max(100),
    limit: queryInt({ min: 1, max: 50 }).default(10),
    kinds: csvList(z.enum(NODE_KINDS)),
  })
  .strict();
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchHit = z.object({
  id: z.string(),
  kind: z.enum(NODE_KINDS),
  name: z.string(),
  nameEn: z.string().optional(),
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResponse = z.object({ hits: z.array(SearchHit) });
export type SearchResponse = z.infer<typeof SearchResponse>;
