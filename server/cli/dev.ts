// npm run dev — the API and the client on one port, the client served by Vite (HMR) instead of dist/.
import path from "node:path";
import { createServer } from "vite";
import { createApp } from "../app";
import { installShutdown } from "../boot/lifecycle";
import { ensureFirstAdmin } from "../boot/first-admin";
import { prepareDatabase } from "../boot/prepare-db";
import { parseEnv } from "../config/env";
import { securityFromEnv } from "../config/security";
import { openDatabase } from "../db/connect";
import { REPO_ROOT } from "../db/local/paths";
import { createLogger } from "../http/logger";

const env = parseEnv();
const logger = createLogger(env.LOG_LEVEL);
const log = (line: string) => logger.info(line);
const cleanups: (() => Promise<void>)[] = [];
let local: Awaited<ReturnType<typeof openDatabase>>["local"] = null;
installShutdown(() => local, cleanups, log);
const opened = await openDatabase(env, { log });
local = opened.local;
const db = opened.db;
const vite = await createServer({
  configFile: path.join(REPO_ROOT, "vite.config.ts"),
  server: { middlewareMode: true },
  appType: "spa",
});
cleanups.push(
  () => vite.close(),
  () => db.close(),
);
await db.waitUntilUp(60_000);
await prepareDatabase(db, env, log);
await ensureFirstAdmin(db, env, log);
const app = createApp({
  db,
  logger,
  devMiddleware: vite.middlewares,
  validateResponses: true,
  security: securityFromEnv(env),
});
app.listen(env.PORT, env.HOST, () => log(`ChainAtlas dev server: http://${env.HOST}:${env.PORT}`));
