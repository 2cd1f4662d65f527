import { DEFAULT_CYPHER_LIMITS, type CypherLimits } from "../../config/security";
import type { Database } from "../../db/database";
import type { RouteDef } from "../../http/route";
import { cypherRunner } from "./cypher-runner";
import { queriesRepo } from "./queries.repo";
import { queriesRoutes } from "./queries.routes";
import { queriesService } from "./queries.service";
import { library } from "./query-registry";
import { savedQueriesRepo } from "./saved-queries.repo";
import { savedQueriesService } from "./saved-queries.service";

/**
 * Wire the feature, each part built once from what it needs: the read-only runner (on the analysts' own pool:
 * one connection per allowed run, plus one for drawing results), the saved queries (which the runner checks
 * before saving), and the queries service that runs library and saved queries through the runner.
 */
export function queriesFeature(db: Database, limits: CypherLimits = DEFAULT_CYPHER_LIMITS): RouteDef[] {
  const repo = queriesRepo(db, db.companion(limits.total + 1));
  const runner = cypherRunner(repo, { limits });
  const saved = savedQueriesService(savedQueriesRepo(db), (text, params) => runner.check(text, params));
  return queriesRoutes(queriesService(repo, library(), saved, runner), saved);
}
