import type { GraphLink } from "../../contracts/common";
import { MAX_PATH_HOPS, type PathsQuery, type PathsResponse, type ViewNode } from "../../contracts/graph";
import { REL_TYPES } from "../../contracts/model";
import { notFound } from "../../contracts/errors";
import { toGraphLink, toGraphNode } from "../../shared/entity-mapper";
import type { GraphRepo } from "./graph.repo";
import type { PathRow } from "./path.repo";

const MAX_PATHS = 50;

/** Path rows → one graph (each node and link once) plus the paths as ordered id lists. */
export function pathsToGraph(rows: PathRow[]): PathsResponse {
  const nodes = new Map<string, ViewNode>();
  const links = new Map<string, GraphLink>();
  const paths = rows.map((row) => {
    const nodeIds = row.nodes.map(({ node, degree, capabilities }) => {
      const mapped = { ...toGraphNode(node, degree), capabilities };
      if (!nodes.has(mapped.id)) nodes.set(mapped.id, mapped);
      return mapped.id;
    });
    const linkIds = row.links.map((stored) => {
      const link = toGraphLink(stored);
      if (!links.has(link.id)) links.set(link.id, link);
      return link.id;
    });
    return { nodes: nodeIds, links: linkIds };
  });
  const hops = paths.length ? Math.min(...paths.map((p) => p.links.length)) : null;
  return {
    nodes: [...nodes.values()],
    links: [...links.values()],
    paths,
    hops,
    meta: { truncated: rows.length >= MAX_PATHS, total: paths.length },
  };
}

export function pathService(repo: GraphRepo) {
  return {
    /** Shortest path(s) between two nodes within maxHops (≤ MAX_PATH_HOPS, the literal bound in the Cypher). */
    async paths(query: PathsQuery): Promise<PathsResponse> {
      for (const id of [query.from, query.to]) if (!(await repo.node(id))) throw notFound("Node", id);
      const params = {
        from: query.from,
        to: query.to,
        types: query.types ?? [...REL_TYPES],
        maxHops: Math.min(query.maxHops, MAX_PATH_HOPS),
      };
      const rows = query.all ? await repo.allShortest({ ...params, limit: MAX_PATHS }) : await repo.shortest(params);
      return pathsToGraph(rows);
    },
  };
}
