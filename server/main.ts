// Process entry only: env → database (managed or external) → schema/seed → client build → listen → close.
import type { Server } from "node:http";
import { createApp } from "./app";
import { CLIENT_DIST, ensureClientBuilt } from "./boot/client-build";
import { ensureFirstAdmin } from "./boot/first-admin";
import { installShutdown } from "./boot/lifecycle";
import { prepareDatabase } from "./boot/prepare-db";
import { EnvError, parseEnv } from "./config/env";
import { securityFromEnv } from "./config/security";
import { openDatabase } from "./db/connect";
import { LocalNeo4jError } from "./db/local/errors";
import { createLogger } from "./http/logger";

function fail(message: string): never {
  process.stderr.write(`\nChainAtlas could not start:\n${message}\n`);
  process.exit(1);
}

async function main() {
  let env;
  try {
    env = parseEnv();
  } catch (error) {
    if (error instanceof EnvError) fail(`invalid environment variable ${error.message}`);
    throw error;
  }
  const logger = createLogger(env.LOG_LEVEL);
  const log = (line: string) => logger.info(line);

  const cleanups: (() => Promise<void>)[] = [];
  let local: Awaited<ReturnType<typeof openDatabase>>["local"] = null;
  const shutdown = installShutdown(() => local, cleanups, log);
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
  const health = await db.health();
  log(`Neo4j ${health.status === "up" ? `${health.version} ${health.edition}` : "?"} (${db.mode})`);
  await prepareDatabase(db, env, log);
  await ensureFirstAdmin(db, env, log);
  await ensureClientBuilt(log);

  const app = createApp({ db, logger, clientDir: CLIENT_DIST, security: securityFromEnv(env), staleAfterYears: env.STALE_AFTER_YEARS });
  const server: Server = app.listen(env.PORT, env.HOST);
  server.once("error", (error: NodeJS.ErrnoException) => {
    void shutdown().finally(() =>
      fail(error.code === "EADDRINUSE" ? `PORT ${env.PORT} on ${env.HOST} is already in use; set PORT to another port` : String(error)),
    );
  });
  server.once("listening", () => logger.info(`ChainAtlas 链图 is ready: http://${env.HOST === "0.0.0.0" ? "127.0.0.1" : env.HOST}:${env.PORT}`));
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
  fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
});
