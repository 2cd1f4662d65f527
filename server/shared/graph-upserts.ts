// The idempotent graph upserts and id/name look-ups shared by the seed loader, the importer and document
// ingestion, declared once here (they used to be declared two and three times, once loosely typed). Labels and
// relationship types in these rows must have passed the model's enums (server/contracts/model.ts) before they
// reach the dynamic `SET n:$(…)` / `[:$(…)]`.
import { z } from "zod";
import { defineQuery } from "../db/query";

const Stored = z.record(z.string(), z.unknown());
const Count = z.object({ count: z.number() });

export const NodeUpsert = z.object({ id: z.string(), labels: z.array(z.string()), props: Stored });
export const LinkUpsert = z.object({
  id: z.string(),
  type: z.string(),
  from: z.string(),
  to: z.string(),
  props: Stored,
});
export type NodeUpsert = z.infer<typeof NodeUpsert>;
export type LinkUpsert = z.infer<typeof LinkUpsert>;

export const mergeNodes = defineQuery("seed/merge-nodes", {
  params: z.object({ rows: z.array(NodeUpsert) }),
  row: Count,
});
export const mergeLinks = defineQuery("seed/merge-links", {
  params: z.object({ rows: z.array(LinkUpsert) }),
  row: Count,
});
export const countEntities = defineQuery("seed/count-entities", {
  params: z.object({}),
  row: z.object({ nodes: z.number(), links: z.number() }),
});
export const countDomainNodes = defineQuery("seed/count-domain-nodes", {
  params: z.object({}),
  row: z.object({ nodes: z.number() }),
});

/** Look-ups before a merge: stored nodes by id or by name, stored relationships by id (with their ends). */
export const nodesByIds = defineQuery("import/nodes-by-ids", {
  params: z.object({ ids: z.array(z.string()) }),
  row: z.object({ node: Stored }),
});
export const nodesByNames = defineQuery("import/nodes-by-names", {
  params: z.object({ names: z.array(z.string()) }),
  row: z.object({ node: Stored }),
});
export const linksByIds = defineQuery("import/links-by-ids", {
  params: z.object({ links: z.array(z.object({ id: z.string(), from: z.string(), to: z.string() })) }),
  row: z.object({ id: z.string(), props: Stored }),
});
