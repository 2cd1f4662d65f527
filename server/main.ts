// Process entry only: env → database (managed or external) → schema/seed → client build → listen → close.
import { GRAPH_CACHE_DEFAULTS } from "./features/graph/graph.routes";
import type { Server } from "node:http";
import { createApp } from "./app";
import { CLIENT_DIST, ensureClientBuilt } from "./boot/client-build";
import { ensureFirstAdmin } from "./boot/first-admin";
import { installShutdown } from "./boot/lifecycle";
import { prepareDatabase } from "./boot/prepare-db";
import { configureSealer, resolveAppSecret } from "./config/app-secret";
import { EnvError, parseEnv } from "./config/env";
import { backupSettingsFromEnv } from "./config/backup";
import { securityFromEnv } from "./config/security";
import { openDatabase } from "./db/connect";
import { LocalNeo4jError } from "./db/local/errors";
import { Neo4jSupervisor } from "./db/local/supervisor";
import { backupRepo } from "./features/backup/backup.repo";
import { backupService, scheduleBackups } from "./features/backup/backup.service";
import { createLogger } from "./http/logger";
import { SealError } from "./shared/seal";

function fail(message: string): never {
  process.stderr.write(`\nChainAtlas could not start:\n${message}\n`);
  process.exit(1);
}

async function main() {
  let env;
  try {
    env = parseEnv();
    configureSealer(resolveAppSecret(env));
  } catch (error) {
    if (error instanceof EnvError) fail(`invalid environment variable ${error.message}`);
    throw error;
  }
  const logger = createLogger(env.LOG_LEVEL);
  const log = (line: string) => logger.info(line);

  const cleanups: (() => Promise<void>)[] = [];
  let local: Awaited<ReturnType<typeof openDatabase>>["local"] = null;
  const shutdown = installShutdown(() => local, cleanups, log);
  // The client check (a stat walk when warm, a vite build when stale) runs while the JVM starts.
  const clientReady = ensureClientBuilt(log).then(
    () => null,
    (error: unknown) => error,
  );
  const opened = await openDatabase(env, { log });
  local = opened.local;
  const db = opened.db;
  cleanups.push(() => db.close());
  try {
    await db.waitUntilUp(env.NEO4J_WAIT_MS);
  } catch (error) {
    await shutdown();
    fail(env.NEO4J_URI ? `NEO4J_URI=${env.NEO4J_URI} is unreachable: ${(error as Error).message}` : String(error));
  }
  // The app owns the server it started or took over: restart it if it dies (an attached app takes over if its owner dies).
  const supervisor = local ? new Neo4jSupervisor(local, { log: (line) => logger.warn(line) }).start() : null;
  if (supervisor) cleanups.unshift(async () => supervisor.stop());
  const health = await db.health();
  log(`Neo4j ${health.status === "up" ? `${health.version} ${health.edition}` : "?"} (${db.mode})`);
  await prepareDatabase(db, env, log);
  await ensureFirstAdmin(db, env, log);
  const clientError = await clientReady;
  if (clientError) throw clientError;

  const backups = backupService(backupRepo(db), backupSettingsFromEnv(env));
  const app = createApp({
    db,
    logger,
    clientDir: CLIENT_DIST,
    security: securityFromEnv(env),
    supervision: () => supervisor?.status() ?? null,
    backups,
    staleAfterYears: env.STALE_AFTER_YEARS,
    graphCache: { ...GRAPH_CACHE_DEFAULTS, ttlMs: env.GRAPH_CACHE_TTL_MS },
    matchCache: { ttlMs: env.MATCH_CACHE_TTL_MS },
  });
  const stopBackups = scheduleBackups(backups, log);
  cleanups.unshift(async () => stopBackups());
  const { intervalHours, dir, keep } = backups.settings;
  if (intervalHours > 0) log(`backups: every ${intervalHours} h into ${dir}, keeping ${keep}`);
  const server: Server = app.listen(env.PORT, env.HOST);
  server.once("error", (error: NodeJS.ErrnoException) => {
    void shutdown().finally(() =>
      fail(
        error.code === "EADDRINUSE"
          ? `PORT ${env.PORT} on ${env.HOST} is already in use; set PORT to another port`
          : String(error),
      ),
    );
  });
  server.once("listening", () =>
    logger.info(`ChainAtlas 链图 is ready: http://${env.HOST === "0.0.0.0" ? "127.0.0.1" : env.HOST}:${env.PORT}`),
  );
  cleanups.unshift(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections(); // keep-alive sockets would otherwise hold close() for seconds
      }),
  );
}

main().catch((error: unknown) => {
  if (error instanceof LocalNeo4jError) fail(error.message);
  if (error instanceof SealError)
    fail(
      `${error.message}. Start with the APP_SECRET / APP_SECRET_FILE this database was sealed with (docs/security.md).`,
    );
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
});
