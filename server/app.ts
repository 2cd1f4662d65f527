import express, { type Express, type RequestHandler } from "express";
import fs from "node:fs";
import path from "node:path";
import type { Database } from "./db/database";
import { chainsRepo } from "./features/chains/chains.repo";
import { chainsRoutes } from "./features/chains/chains.routes";
import { chainsService } from "./features/chains/chains.service";
import { graphRepo } from "./features/graph/graph.repo";
import { graphRoutes } from "./features/graph/graph.routes";
import { graphService } from "./features/graph/graph.service";
import { consortiaRepo } from "./features/consortia/consortia.repo";
import { consortiaRoutes } from "./features/consortia/consortia.routes";
import { consortiaService } from "./features/consortia/consortia.service";
import { healthRoutes } from "./features/health/health.routes";
import { queriesFeature } from "./features/queries";
import { matchingService } from "./features/problems/matching.service";
import { problemsRepo } from "./features/problems/problems.repo";
import { problemsRoutes } from "./features/problems/problems.routes";
import { problemsService } from "./features/problems/problems.service";
import { searchRepo } from "./features/search/search.repo";
import { searchRoutes } from "./features/search/search.routes";
import { searchService } from "./features/search/search.service";
import { errorHandler, unknownRoute } from "./http/errors";
import type { Logger } from "./http/logger";
import { buildOpenApi } from "./http/openapi";
import { mountRoutes, type RouteDef } from "./http/route";

export interface AppDeps {
  db: Database;
  logger: Logger;
  /** Built client to serve (dist/client); omitted in API-only tests and in `npm run dev` (Vite serves it). */
  clientDir?: string;
  validateResponses?: boolean;
  /** `npm run dev`: Vite's middleware serves the client with HMR instead of dist/. */
  devMiddleware?: RequestHandler;
}

/** Every API route of the app, in one list (the router and the OpenAPI document both read it). */
export function apiRoutes(db: Database): RouteDef[] {
  const search = searchService(searchRepo(db));
  const graph = graphService(graphRepo(db), search.ids);
  const problems = problemsService(problemsRepo(db));
  return [
    ...healthRoutes(db), ...graphRoutes(graph), ...searchRoutes(search), ...queriesFeature(db),
    ...chainsRoutes(chainsService(chainsRepo(db))),
    ...problemsRoutes(problems, matchingService(problemsRepo(db), problems)), ...consortiaRoutes(consortiaService(consortiaRepo(db))),
  ];
}

/** Build the Express app; it never listens (main.ts and tests do). */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  app.use(express.json({ limit: "1mb" }));

  const routes = apiRoutes(deps.db);
  const openapi = buildOpenApi(routes, { title: "ChainAtlas 链图 API", version: "0.1.0" });
  const api = express.Router();
  api.get("/api/openapi.json", (_req, res) => {
    res.json(openapi);
  });
  mountRoutes(api, routes, { validateResponses: deps.validateResponses ?? false });
  app.use(api);
  app.use("/api", unknownRoute);

  if (deps.devMiddleware) app.use(deps.devMiddleware);
  if (deps.clientDir && fs.existsSync(path.join(deps.clientDir, "index.html"))) {
    const clientDir = deps.clientDir;
    app.use(express.static(clientDir, { index: false, maxAge: "1h" }));
    // Single-page app: every non-API GET gets index.html; the client router reads the URL.
    app.get(/^(?!\/api\/).*/, (_req, res) => {
      res.sendFile(path.join(clientDir, "index.html"), { maxAge: 0 });
    });
  }
  app.use(errorHandler(deps.logger));
  return app;
}
