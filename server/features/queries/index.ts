import type { Database } from "../../db/database";
import type { RouteDef } from "../../http/route";
import { queriesRepo } from "./queries.repo";
import { queriesRoutes } from "./queries.routes";
import { queriesService, type QueriesService } from "./queries.service";
import { library } from "./query-registry";
import { savedQueriesRepo } from "./saved-queries.repo";
import { savedQueriesService } from "./saved-queries.service";

/** Wire the feature: the saved-query service checks statements through the queries service before saving. */
export function queriesFeature(db: Database): RouteDef[] {
  let queries: QueriesService | null = null;
  const saved = savedQueriesService(savedQueriesRepo(db), (text, params) => queries!.check(text, params));
  queries = queriesService(queriesRepo(db), library(), saved);
  return queriesRoutes(queries, saved);
}
