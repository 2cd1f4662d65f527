import { DEFAULT_CYPHER_LIMITS, type CypherLimits } from "../../config/security";
import type { Database } from "../../db/database";
import type { RouteDef } from "../../http/route";
import { queriesRepo } from "./queries.repo";
import { queriesRoutes } from "./queries.routes";
import { queriesService, type QueriesService } from "./queries.service";
import { library } from "./query-registry";
import { savedQueriesRepo } from "./saved-queries.repo";
import { savedQueriesService } from "./saved-queries.service";

/** Wire the feature: the saved-query service checks statements through the queries service before saving. */
export function queriesFeature(db: Database, limits: CypherLimits = DEFAULT_CYPHER_LIMITS): RouteDef[] {
  let queries: QueriesService | null = null;
  const saved = savedQueriesService(savedQueriesRepo(db), (text, params) => queries!.check(text, params));
  // Analysts' statements get their own pool (one connection per allowed run, plus one for drawing results).
  const analysts = db.companion(limits.total + 1);
  queries = queriesService(queriesRepo(db, analysts), library(), saved, { limits });
  return queriesRoutes(queries, saved);
}
