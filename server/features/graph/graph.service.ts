import type {
  GraphQuery,
  GraphViewResponse,
  FacetsResponse,
  NeighborsQuery,
  NodeResponse,
  ViewNode,
} from "../../contracts/graph";
import { NODE_KINDS, REL_TYPES, SOURCES } from "../../contracts/model";
import { notFound } from "../../contracts/errors";
import { toGraphLink, toGraphNode } from "../../shared/entity-mapper";
import { leanLink, leanNode } from "./graph-lean";
import type { Detailed, FacetsRow, GraphReads, GraphRepo, LeanNodeRow } from "./graph.repo";
import { pathService } from "./path.service";

/** Intersection of optional id sets (null = unrestricted). */
export function intersectIds(a: string[] | null, b: string[] | null): string[] | null {
  if (a === null) return b;
  if (b === null) return a;
  const keep = new Set(b);
  return a.filter((id) => keep.has(id));
}

const viewNode = (row: { node: Record<string, unknown>; degree: number; capabilities: number }): ViewNode => ({
  ...toGraphNode(row.node, row.degree),
  capabilities: row.capabilities,
});

const known =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    (values as readonly string[]).includes(value);

/** Facet rows → the contract, dropping values outside the vocabulary (data written by hand elsewhere). */
export function toFacets(row: FacetsRow): FacetsResponse {
  return {
    chains: row.chains.map((c) => ({
      id: c.id,
      name: c.name,
      ...(c.nameEn ? { nameEn: c.nameEn } : {}),
      segments: c.segments,
    })),
    districts: row.districts,
    kinds: row.kinds.flatMap((k) => (known(NODE_KINDS)(k.kind) ? [{ kind: k.kind, count: k.count }] : [])),
    types: row.types.flatMap((t) => (known(REL_TYPES)(t.type) ? [{ type: t.type, count: t.count }] : [])),
    sources: row.sources.flatMap((s) => (known(SOURCES)(s.source) ? [{ source: s.source, count: s.count }] : [])),
  };
}

/** An expansion's node: in full from its property map, else lean from its columns (the same as /api/graph's). */
const expansionNode =
  (full: boolean) =>
  ({ lean, props }: Detailed<LeanNodeRow>): ViewNode =>
    full ? viewNode({ node: props!, degree: lean.degree, capabilities: lean.capabilities }) : leanNode(lean);

/** Neighbours ring by ring, in one transaction (depth 2–3; for depth 1 the same answer as graph/neighbors-one-ring). */
export async function neighborsByRings(
  reads: GraphReads,
  id: string,
  query: NeighborsQuery,
): Promise<GraphViewResponse> {
  const full = query.detail === "full";
  const start = await reads.start(id, full);
  if (!start) throw notFound("Node", id);
  const types = query.types ?? null;
  const nodes: ViewNode[] = [expansionNode(full)(start)];
  const seen = [id];
  let frontier = [id];
  let firstRingTotal = 0;
  for (let ring = 1; ring <= query.depth && frontier.length > 0; ring++) {
    const budget = query.limit - (nodes.length - 1);
    if (budget <= 0) break;
    const rows = await reads.ring({
      frontier,
      exclude: seen,
      types,
      kinds: query.kinds ?? null,
      skip: ring === 1 ? query.skip : 0,
      limit: budget,
      full,
    });
    if (ring === 1) firstRingTotal = rows[0]?.total ?? 0;
    frontier = rows.map((row) => row.lean.id);
    seen.push(...frontier);
    nodes.push(...rows.map(expansionNode(full)));
  }
  const among = { ids: seen, types, sources: null };
  const links = full
    ? (await reads.linksAmong(among)).map(toGraphLink)
    : (await reads.leanLinksAmong(among)).map(leanLink);
  const shown = query.skip + nodes.length - 1;
  return {
    nodes,
    links,
    meta: {
      truncated: query.depth === 1 ? firstRingTotal > shown : nodes.length - 1 >= query.limit,
      total: firstRingTotal,
    },
  };
}

export function graphService(repo: GraphRepo, search: (q: string, limit: number) => Promise<string[]>) {
  return {
    /**
     * The filtered view. `onNodes` (a stream) receives the nodes as soon as they are read, before the links
     * query runs; the returned view is the same either way.
     */
    async graph(query: GraphQuery, onNodes?: (nodes: ViewNode[]) => Promise<void>): Promise<GraphViewResponse> {
      let scope: string[] | null = query.ids ?? null;
      if (query.chain) {
        const chainScope = await repo.chainScope(query.chain);
        if (!chainScope) throw notFound("Chain", query.chain);
        scope = intersectIds(scope, chainScope);
      }
      if (query.q) scope = intersectIds(scope, await search(query.q, 5000));
      const sources = query.source ?? null;
      const params = {
        ids: scope,
        kinds: query.kinds ?? null,
        sources,
        districts: query.district ?? null,
        limit: query.limit,
        linkSources: sources,
        linkTypes: query.types ?? null,
      };
      let nodes: ViewNode[];
      let links: GraphViewResponse["links"];
      let total: number;
      nodes = [];
      if (query.detail === "full") {
        const view = await repo.view(params, async (rows) => {
          nodes = rows.map(viewNode);
          await onNodes?.(nodes);
        });
        links = view.links.map(toGraphLink);
        total = view.nodes[0]?.total ?? 0;
      } else {
        const view = await repo.leanView(params, async (rows) => {
          nodes = rows.map(leanNode);
          await onNodes?.(nodes);
        });
        links = view.links.map(leanLink);
        total = view.nodes[0]?.total ?? 0;
      }
      const missing = query.ids ? await missingIds(query.ids, nodes) : undefined;
      return {
        nodes,
        links,
        meta: { truncated: total > nodes.length, total, ...(missing?.length ? { missing } : {}) },
      };
    },

    async node(id: string): Promise<NodeResponse> {
      const row = await repo.node(id);
      if (!row) throw notFound("Node", id);
      return { node: toGraphNode(row.node, row.degree), degree: row.degree, degreeByType: row.degreeByType };
    },

    /**
     * Breadth-first rings up to `depth`, each ordered by degree; the first ring is paged (skip/limit) and
     * reports its total so the client can offer "show more" instead of drawing a supernode's 2,000 neighbours.
     * Depth 1 (the explorer's focus and every expansion) is one statement; deeper expansions go ring by ring.
     * Both are lean unless `detail=full` (decision 045).
     */
    async neighbors(id: string, query: NeighborsQuery): Promise<GraphViewResponse> {
      if (query.depth > 1) return repo.read((reads) => neighborsByRings(reads, id, query));
      const full = query.detail === "full";
      const one = await repo.read((reads) =>
        reads.oneRing({
          id,
          types: query.types ?? null,
          kinds: query.kinds ?? null,
          skip: query.skip,
          limit: query.limit,
          full,
        }),
      );
      if (!one) throw notFound("Node", id);
      return {
        nodes: [one.start, ...one.ring].map(expansionNode(full)),
        links: full
          ? one.links.map(({ lean, props }) => toGraphLink({ ...lean, props: props! }))
          : one.links.map(({ lean }) => leanLink(lean)),
        meta: { truncated: one.total > query.skip + one.ring.length, total: one.total },
      };
    },

    async facets(): Promise<FacetsResponse> {
      return toFacets(await repo.facets());
    },

    ...pathService(repo),
  };

  /** Requested ids that matched no node at all (not merely filtered out): only these make "not found". */
  async function missingIds(requested: string[], found: ViewNode[]): Promise<string[]> {
    const present = new Set(found.map((n) => n.id));
    const absent = requested.filter((id) => !present.has(id));
    if (absent.length === 0) return [];
    const exists = new Set(
      (await repo.nodes({ ids: absent, kinds: null, sources: null, districts: null, limit: absent.length })).map((r) =>
        String(r.node.id),
      ),
    );
    return absent.filter((id) => !exists.has(id));
  }
}

export type GraphService = ReturnType<typeof graphService>;
