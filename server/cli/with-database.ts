import { EnvError, parseEnv, type Env } from "../config/env";
import type { Database } from "../db/database";
import { openDatabase } from "../db/connect";
import { LocalNeo4jError } from "../db/local/errors";
import { installShutdown } from "../boot/lifecycle";

/**
 * Shared frame for command-line tools: parse env, use the app's running managed Neo4j if there is one
 * (attach via its state file) or start one and stop it afterwards, run `work`, exit with a clear message.
 */
export async function withDatabase(
  work: (db: Database, env: Env) => Promise<void>,
  options: { instance?: string; log?: (line: string) => void } = {},
): Promise<void> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let env: Env;
  try {
    env = parseEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      process.stderr.write(`invalid environment variable ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const cleanups: (() => Promise<void>)[] = [];
  let opened: Awaited<ReturnType<typeof openDatabase>> | null = null;
  installShutdown(() => opened?.local ?? null, cleanups, log);
  try {
    opened = await openDatabase(env, { log, instance: options.instance });
  } catch (error) {
    process.stderr.write(`${error instanceof LocalNeo4jError ? error.message : String(error)}\n`);
    process.exit(1);
  }
  const { db, local } = opened;
  cleanups.push(() => db.close());
  let failed = false;
  try {
    await db.waitUntilUp(60_000);
    await work(db, env);
  } catch (error) {
    failed = true;
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  } finally {
    await db.close();
    await local?.stop();
  }
  process.exit(failed ? 1 : 0);
}
