import type { GraphQuery, NeighborsQuery, NodeResponse } from "../../contracts/graph";
import type { GraphResponse } from "../../contracts/common";
import { notFound } from "../../http/errors";
import { toGraphLink, toGraphNode } from "../../shared/entity-mapper";
import type { GraphRepo } from "./graph.repo";

/** Intersection of optional id sets (null = unrestricted). */
export function intersectIds(a: string[] | null, b: string[] | null): string[] | null {
  if (a === null) return b;
  if (b === null) return a;
  const keep = new Set(b);
  return a.filter((id) => keep.has(id));
}

export function graphService(repo: GraphRepo, search: (q: string, limit: number) => Promise<string[]>) {
  async function linksFor(nodeIds: string[], types: string[] | null, sources: string[] | null) {
    if (nodeIds.length === 0) return [];
    const rows = await repo.linksAmong({ ids: nodeIds, types, sources });
    return rows.map(toGraphLink);
  }

  return {
    async graph(query: GraphQuery): Promise<GraphResponse> {
      let scope: string[] | null = null;
      if (query.chain) {
        scope = await repo.chainScope(query.chain);
        if (!scope) throw notFound("Chain", query.chain);
      }
      if (query.q) scope = intersectIds(scope, await search(query.q, 5000));
      const sources = query.source ?? null;
      const view = await repo.view({ ids: scope, kinds: query.kinds ?? null, sources, limit: query.limit, linkSources: sources });
      const nodes = view.nodes.map((row) => toGraphNode(row.node, row.degree));
      const total = view.nodes[0]?.total ?? 0;
      return { nodes, links: view.links.map(toGraphLink), meta: { truncated: total > nodes.length, total } };
    },

    async node(id: string): Promise<NodeResponse> {
      const row = await repo.node(id);
      if (!row) throw notFound("Node", id);
      return { node: toGraphNode(row.node, row.degree), degree: row.degree, degreeByType: row.degreeByType };
    },

    /**
     * Breadth-first rings up to `depth`, each ordered by degree; the first ring is paged (skip/limit) and
     * reports its total so the client can offer "show more" instead of drawing a supernode's 2,000 neighbours.
     */
    async neighbors(id: string, query: NeighborsQuery): Promise<GraphResponse> {
      const start = await repo.node(id);
      if (!start) throw notFound("Node", id);
      const types = query.types ?? null;
      const nodes = [toGraphNode(start.node, start.degree)];
      const seen = [id];
      let frontier = [id];
      let firstRingTotal = 0;
      for (let ring = 1; ring <= query.depth && frontier.length > 0; ring++) {
        const budget = query.limit - (nodes.length - 1);
        if (budget <= 0) break;
        const rows = await repo.ring({ frontier, exclude: seen, types, skip: ring === 1 ? query.skip : 0, limit: budget });
        if (ring === 1) firstRingTotal = rows[0]?.total ?? 0;
        frontier = rows.map((row) => String(row.node.id));
        seen.push(...frontier);
        nodes.push(...rows.map((row) => toGraphNode(row.node, row.degree)));
      }
      const links = await linksFor(seen, types, null);
      const shown = query.skip + nodes.length - 1;
      return { nodes, links, meta: { truncated: query.depth === 1 ? firstRingTotal > shown : nodes.length - 1 >= query.limit, total: firstRingTotal } };
    },
  };
}

export type GraphService = ReturnType<typeof graphService>;
