import compression from "compression";
import express, { type Express, type RequestHandler } from "express";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { bookkeepingSealer } from "./config/app-secret";
import type { BackupSettings } from "./config/backup";
import { DEFAULT_SECURITY, type SecurityConfig } from "./config/security";
import type { Database } from "./db/database";
import { chainsRepo } from "./features/chains/chains.repo";
import { chainsRoutes } from "./features/chains/chains.routes";
import { chainsService } from "./features/chains/chains.service";
import { auditRepo } from "./features/audit/audit.repo";
import { auditRoutes } from "./features/audit/audit.routes";
import { auditService } from "./features/audit/audit.service";
import { createAccess } from "./features/auth/access";
import { stagingRepo } from "./features/import/staging.repo";
import { exportRoutes } from "./features/export/export.routes";
import { exportService } from "./features/export/export.service";
import { graphRepo } from "./features/graph/graph.repo";
import type { CacheOptions } from "./shared/response-cache";
import { graphRoutes } from "./features/graph/graph.routes";
import { graphService } from "./features/graph/graph.service";
import { consortiaRepo } from "./features/consortia/consortia.repo";
import { consortiaRoutes } from "./features/consortia/consortia.routes";
import { consortiaService } from "./features/consortia/consortia.service";
import { healthRoutes } from "./features/health/health.routes";
import { healthService, type SupervisionProbe } from "./features/health/health.service";
import { backupRepo } from "./features/backup/backup.repo";
import { backupRoutes } from "./features/backup/backup.routes";
import { backupService, type BackupService } from "./features/backup/backup.service";
import { documentsRepo } from "./features/documents/documents.repo";
import { documentsRoutes } from "./features/documents/documents.routes";
import { documentsService } from "./features/documents/documents.service";
import { queriesFeature } from "./features/queries";
import { matchingService } from "./features/problems/matching.service";
import { problemsRepo } from "./features/problems/problems.repo";
import { problemsRoutes } from "./features/problems/problems.routes";
import { problemsService } from "./features/problems/problems.service";
import { importRepo } from "./features/import/import.repo";
import { importRoutes } from "./features/import/import.routes";
import { importService } from "./features/import/import.service";
import { uploadStore } from "./features/import/uploads";
import { searchRepo } from "./features/search/search.repo";
import { searchRoutes } from "./features/search/search.routes";
import { searchService } from "./features/search/search.service";
import { jsonBody } from "./http/body";
import { freshnessRepo } from "./features/freshness/freshness.repo";
import { freshnessRoutes } from "./features/freshness/freshness.routes";
import { freshnessService } from "./features/freshness/freshness.service";
import { errorHandler, unknownRoute } from "./http/errors";
import { methodGuards } from "./http/methods";
import { createLogger, type Logger } from "./http/logger";
import { buildOpenApi } from "./http/openapi";
import { mountRoutes, type RouteDef } from "./http/route";
import { securityHeaders, withNonce } from "./http/security-headers";

export interface AppDeps {
  db: Database;
  logger: Logger;
  /** Built client to serve (dist/client); omitted in API-only tests and in `npm run dev` (Vite serves it). */
  clientDir?: string;
  validateResponses?: boolean;
  /** `npm run dev`: Vite's middleware serves the client with HMR instead of dist/. */
  devMiddleware?: RequestHandler;
  /** Access, session and upload settings (securityFromEnv in main.ts); tests use the defaults. */
  security?: Partial<SecurityConfig>;
  /** The managed Neo4j's supervisor state for /api/health (main.ts; absent for an external database and in tests). */
  supervision?: SupervisionProbe;
  /** Backups for /admin (main.ts shares it with the schedule, so one runs at a time); tests: a temporary folder. */
  backups?: BackupService;
  /** STALE_AFTER_YEARS: facts older than this are shown as possibly outdated (default 3). */
  staleAfterYears?: number;
  /** GET /api/graph's response cache (GRAPH_CACHE_TTL_MS in main.ts; default 5 s, 0 = off). */
  graphCache?: CacheOptions;
  /** Matching snapshots (MATCH_CACHE_TTL_MS in main.ts; default 60 s, 0 = off; decision 046). */
  matchCache?: Partial<CacheOptions>;
}

export const DEFAULT_STALE_AFTER_YEARS = 3;

/** Without main.ts's settings (tests, tools building the route list): a temporary folder, never the app's data. */
const DEFAULT_BACKUPS: BackupSettings = {
  dir: path.join(os.tmpdir(), "chainatlas-backups"),
  source: "app",
  intervalHours: 0,
  keep: 7,
};

/** Services every feature may lean on: the audit trail and access control (accounts, sessions, the route guard). */
export function coreServices(
  db: Database,
  security: SecurityConfig = DEFAULT_SECURITY,
  logger: Logger = createLogger("silent"),
) {
  const audit = auditService(auditRepo(db, bookkeepingSealer()));
  const access = createAccess(db, audit, security, logger);
  const imports = importService({
    repo: importRepo(db),
    audit,
    staging: stagingRepo(db),
    uploads: uploadStore(),
    timeoutMs: security.importTimeoutMs,
    batchRows: security.importBatchRows,
  });
  return { security, audit, access, imports };
}
export type CoreServices = ReturnType<typeof coreServices>;

/** Every API route of the app, in one list (the router, the OpenAPI document and the role × route test read it). */
export function apiRoutes(
  db: Database,
  core: CoreServices = coreServices(db),
  ops: {
    supervision?: SupervisionProbe;
    backups?: BackupService;
    staleAfterYears?: number;
    graphCache?: CacheOptions;
    matchCache?: Partial<CacheOptions>;
  } = {},
): RouteDef[] {
  const search = searchService(searchRepo(db));
  const graph = graphService(graphRepo(db), search.ids);
  const problems = problemsService(problemsRepo(db));
  return [
    ...healthRoutes(healthService(db, ops.supervision)),
    ...graphRoutes(graph, () => db.generation, ops.graphCache),
    ...searchRoutes(search),
    ...queriesFeature(db, core.security.cypher),
    ...chainsRoutes(chainsService(chainsRepo(db), { generation: () => db.generation, cache: ops.graphCache })),
    ...problemsRoutes(
      problems,
      matchingService(problemsRepo(db), problems, { generation: () => db.generation, cache: ops.matchCache }),
    ),
    ...consortiaRoutes(consortiaService(consortiaRepo(db))),
    ...core.access.routes,
    ...auditRoutes(core.audit),
    ...importRoutes(core.imports, { maxBytes: core.security.importMaxBytes }),
    ...exportRoutes(exportService(graph)),
    ...backupRoutes(ops.backups ?? backupService(backupRepo(db), DEFAULT_BACKUPS)),
    ...freshnessRoutes(freshnessService(freshnessRepo(db), ops.staleAfterYears ?? DEFAULT_STALE_AFTER_YEARS)),
    ...documentsRoutes(
      documentsService({ repo: documentsRepo(db), audit: core.audit, timeoutMs: core.security.importTimeoutMs }),
    ),
  ];
}

/** Build the Express app; it never listens (main.ts and tests do). */
export function createApp(deps: AppDeps): Express {
  const security: SecurityConfig = { ...DEFAULT_SECURITY, ...deps.security };
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  app.set("trust proxy", security.trustProxy);
  app.use(securityHeaders({ dev: Boolean(deps.devMiddleware) }));
  // gzip or brotli, whichever the client prefers, for anything over 1 kB: graph payloads shrink 5–10×.
  app.use(compression({ threshold: 1024 }));

  const core = coreServices(deps.db, security, deps.logger);
  const backups = deps.backups ?? backupService(backupRepo(deps.db), DEFAULT_BACKUPS);
  const routes = apiRoutes(deps.db, core, {
    supervision: deps.supervision,
    backups,
    staleAfterYears: deps.staleAfterYears,
    graphCache: deps.graphCache,
    matchCache: deps.matchCache,
  });
  const methods = methodGuards([...routes.map((r) => r.spec), { method: "get", path: "/api/openapi.json" }]);
  app.use(methods.unservedMethods);
  app.use(jsonBody({ limit: "1mb" }));
  const openapi = buildOpenApi(routes, { title: "ChainAtlas 链图 API", version: "0.1.0" });
  const api = express.Router();
  api.get("/api/openapi.json", (_req, res) => {
    res.json(openapi);
  });
  mountRoutes(api, routes, { validateResponses: deps.validateResponses ?? false, guard: core.access.guard });
  app.use(api);
  app.use("/api", methods.wrongMethod, unknownRoute);

  if (deps.devMiddleware) app.use(deps.devMiddleware);
  if (deps.clientDir && fs.existsSync(path.join(deps.clientDir, "index.html"))) {
    const clientDir = deps.clientDir;
    app.use(express.static(clientDir, { index: false, maxAge: "1h" }));
    // Single-page app: every non-API GET gets index.html; the client router reads the URL.
    app.get(/^(?!\/api\/).*/, (_req, res) => {
      const html = fs.readFileSync(path.join(clientDir, "index.html"), "utf8");
      res.set("cache-control", "no-cache").type("html").send(withNonce(html, res));
    });
  }
  app.use(errorHandler(deps.logger));
  return app;
}
