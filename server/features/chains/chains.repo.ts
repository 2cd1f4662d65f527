import { z } from "zod";
import { STAGES } from "../../contracts/model";
import type { Database } from "../../db/database";
import { defineQuery } from "../../db/query";

const StoredNode = z.record(z.string(), z.unknown());
const ids = z.array(z.string());
const NamedRow = { id: z.string(), name: z.string(), nameEn: z.string().nullable() };

const listChainsQuery = defineQuery("chains/list-chains", {
  params: z.object({}),
  row: z.object({
    ...NamedRow,
    segments: z.array(z.object({ ...NamedRow, stage: z.enum(STAGES), order: z.number(), techs: ids })),
  }),
});
const segmentsQuery = defineQuery("chains/segments-with-neighbours", {
  params: z.object({ chains: ids.nullable() }),
  row: z.object({
    ...NamedRow,
    stage: z.enum(STAGES),
    order: z.number(),
    chainId: z.string().nullable(),
    techs: z.array(z.object(NamedRow)),
    feeds: ids,
  }),
});
const orgsQuery = defineQuery("chains/orgs-for-segments", {
  params: z.object({ segments: ids, techs: ids, kinds: ids }),
  row: z.object({ node: StoredNode, segments: ids, capabilities: ids }),
});
const linksQuery = defineQuery("chains/links-among", {
  params: z.object({ ids }),
  row: z.object({ source: z.string(), target: z.string(), type: z.enum(["SUPPLIES", "COLLABORATES_WITH"]), props: StoredNode }),
});
const entitiesQuery = defineQuery("chains/entities-by-id", { params: z.object({ ids }), row: z.object({ node: StoredNode }) });

export type ChainRow = z.output<typeof listChainsQuery.row>;
export type SegmentRow = z.output<typeof segmentsQuery.row>;
export type OrgRow = z.output<typeof orgsQuery.row>;
export type LinkRow = z.output<typeof linksQuery.row>;

export interface ChainData {
  segments: SegmentRow[];
  orgs: OrgRow[];
  links: LinkRow[];
}

export function chainsRepo(db: Database) {
  return {
    listChains: () => db.read(listChainsQuery, {}),

    /** Everything the gap rules read for some chains (null = all), in one read transaction (one snapshot). */
    chainData(chains: string[] | null, kinds: readonly string[]): Promise<ChainData> {
      return db.readTx(async (tx) => {
        const segments = await tx.run(segmentsQuery, { chains });
        const techs = [...new Set(segments.flatMap((s) => s.techs.map((t) => t.id)))];
        const orgs = await tx.run(orgsQuery, { segments: segments.map((s) => s.id), techs, kinds: [...kinds] });
        const links = orgs.length ? await tx.run(linksQuery, { ids: orgs.map((o) => String(o.node.id)) }) : [];
        return { segments, orgs, links };
      });
    },

    entities: async (list: string[]) => (list.length ? (await db.read(entitiesQuery, { ids: list })).map((row) => row.node) : []),
  };
}

export type ChainsRepo = ReturnType<typeof chainsRepo>;
