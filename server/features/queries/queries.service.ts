import type { QueryDetail, QueryInfo, RunResponse, SuggestItem, SuggestQuery } from "../../contracts/queries";
import { ORG_KINDS } from "../../contracts/model";
import { notFound } from "../../contracts/errors";
import type { CypherRunner, Caller, RunLimits } from "./cypher-runner";
import type { ParsedQuery } from "./query-header";
import type { QueriesRepo } from "./queries.repo";
import type { SavedQueriesService } from "./saved-queries.service";

export { MAX_ROWS, type Caller, type RunLimits } from "./cypher-runner";

const SUGGEST_KINDS: Record<SuggestQuery["source"], readonly string[]> = {
  orgs: ORG_KINDS,
  techs: ["Technology"],
  chains: ["Chain"],
  segments: ["Segment"],
  problems: ["Problem"],
  policies: ["Policy"],
};

function info(query: ParsedQuery, builtin: boolean): QueryInfo {
  const { text: _text, ...rest } = query;
  return { ...rest, builtin };
}

export function queriesService(
  repo: QueriesRepo,
  library: ParsedQuery[],
  saved: SavedQueriesService,
  runner: CypherRunner,
) {
  const { execute, typedValues } = runner;
  const builtins = new Map(library.map((query) => [query.id, query]));

  async function find(id: string): Promise<QueryDetail> {
    const builtin = builtins.get(id);
    if (builtin) return { ...info(builtin, true), text: builtin.text };
    const user = await saved.current(id);
    if (!user) throw notFound("Query", id);
    return user;
  }

  return {
    async list(): Promise<QueryInfo[]> {
      return [...library.map((query) => info(query, true)), ...(await saved.list())];
    },
    find,
    async run(id: string, raw: Record<string, unknown>, runLimits: RunLimits, caller: Caller): Promise<RunResponse> {
      const query = await find(id);
      return execute(query.text, await typedValues(query.params, raw), runLimits, caller);
    },
    runCypher: (text: string, params: Record<string, unknown>, runLimits: RunLimits, caller: Caller) =>
      execute(text, params, runLimits, caller),
    async suggest(query: SuggestQuery): Promise<SuggestItem[]> {
      const rows = await repo.suggest({
        kinds: [...SUGGEST_KINDS[query.source]],
        chain: query.source === "segments" ? (query.chain ?? null) : null,
        needle: query.q ? query.q.toLowerCase() : null,
        limit: query.limit,
      });
      return rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        name: row.name,
        ...(row.nameEn ? { nameEn: row.nameEn } : {}),
      }));
    },
    /** What the editor offers: the app's internal property keys (`_search`, decision 043; `_importId` …) are left out. */
    async schema() {
      const schema = await repo.schema();
      return { ...schema, propertyKeys: schema.propertyKeys.filter((key) => !key.startsWith("_")) };
    },
  };
}

export type QueriesService = ReturnType<typeof queriesService>;
