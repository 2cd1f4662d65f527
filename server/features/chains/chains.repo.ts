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
const LinkType = z.enum(["SUPPLIES", "COLLABORATES_WITH"]);
const orgsAndLinksQuery = defineQuery("chains/orgs-and-links", {
  params: z.object({ segments: ids, techs: ids, kinds: ids }),
  row: z.object({ orgs: z.array(z.tuple([z.string(), z.string(), z.boolean().nullable(), ids, ids, ids, ids])) }),
});
const segmentFactsQuery = defineQuery("chains/segment-facts", {
  params: z.object({ kinds: ids, research: ids }),
  row: z.object({
    id: z.string(),
    enterprises: z.number(),
    research: z.number(),
    nonLocal: z.number(),
    capable: z.boolean(),
    hasNeighbour: z.boolean(),
    linked: z.boolean(),
    integrated: z.boolean(),
  }),
});
const linkProvenanceQuery = defineQuery("chains/link-provenance", {
  params: z.object({ pairs: z.array(z.object({ source: z.string(), target: z.string(), type: LinkType })) }),
  row: z.object({ source: z.string(), target: z.string(), type: LinkType, props: StoredNode }),
});
const entitiesQuery = defineQuery("chains/entities-by-id", {
  params: z.object({ ids }),
  row: z.object({ node: StoredNode }),
});

export type ChainRow = z.output<typeof listChainsQuery.row>;
export type SegmentRow = z.output<typeof segmentsQuery.row>;
export interface OrgRow {
  id: string;
  kind: string;
  local: boolean | null;
  segments: string[];
  capabilities: string[];
}
export interface LinkRow {
  source: string;
  target: string;
  type: z.output<typeof LinkType>;
}
export type SegmentFactsRow = z.output<typeof segmentFactsQuery.row>;
export type LinkProvenanceRow = z.output<typeof linkProvenanceQuery.row>;

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
        const [row] = await tx.run(orgsAndLinksQuery, {
          segments: segments.map((s) => s.id),
          techs,
          kinds: [...kinds],
        });
        const rows = row?.orgs ?? [];
        return {
          segments,
          orgs: rows.map(([id, kind, local, inSegments, capabilities]) => ({
            id,
            kind,
            local,
            segments: inSegments,
            capabilities,
          })),
          links: rows.flatMap(([source, , , , , supplies, collaborates]) => [
            ...supplies.map((target): LinkRow => ({ source, target, type: "SUPPLIES" })),
            ...collaborates.map((target): LinkRow => ({ source, target, type: "COLLABORATES_WITH" })),
          ]),
        };
      });
    },

    /**
     * Every chain with its segments, and per segment the aggregates the rules decide on (all chains' labels
     * without reading their organisations), in one read transaction (one snapshot).
     */
    segmentFacts(kinds: readonly string[], research: readonly string[]) {
      return db.readTx(async (tx) => ({
        chains: await tx.run(listChainsQuery, {}),
        facts: await tx.run(segmentFactsQuery, { kinds: [...kinds], research: [...research] }),
      }));
    },

    /** Stored properties (names, provenance) of the organisations and links a report shows. */
    details(orgIds: string[], pairs: LinkRow[]) {
      return db.readTx(async (tx) => ({
        orgs: orgIds.length ? (await tx.run(entitiesQuery, { ids: orgIds })).map((row) => row.node) : [],
        links: pairs.length ? await tx.run(linkProvenanceQuery, { pairs }) : [],
      }));
    },

    entities: async (list: string[]) =>
      list.length ? (await db.read(entitiesQuery, { ids: list })).map((row) => row.node) : [],
  };
}

export type ChainsRepo = ReturnType<typeof chainsRepo>;
