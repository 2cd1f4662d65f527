import type { SearchHit, SearchQuery } from "../../contracts/search";
import { toGraphNode } from "../../shared/entity-mapper";
import { toLuceneQuery } from "./lucene";
import type { SearchRepo } from "./search.repo";

export function searchService(repo: SearchRepo) {
  async function search(query: SearchQuery): Promise<SearchHit[]> {
    const rows = await repo.names({
      lucene: toLuceneQuery(query.q),
      needle: query.q.trim().toLowerCase(),
      kinds: query.kinds ?? null,
      limit: query.limit,
    });
    return rows.map(({ node, score }) => {
      const mapped = toGraphNode(node);
      return {
        id: mapped.id,
        kind: mapped.kind,
        name: mapped.name,
        ...(mapped.nameEn ? { nameEn: mapped.nameEn } : {}),
        score: Math.round(score * 1000) / 1000,
      };
    });
  }
  return {
    search,
    /** Ids only, for filters that combine text with other criteria (GET /api/graph?q=). */
    async ids(q: string, limit: number): Promise<string[]> {
      const rows = await repo.names({ lucene: toLuceneQuery(q), needle: q.trim().toLowerCase(), kinds: null, limit });
      return rows.map((row) => String(row.node.id));
    },
  };
}

export type SearchService = ReturnType<typeof searchService>;
