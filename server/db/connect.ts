import type { Env } from "../config/env";
import { Database } from "./database";
import { LocalNeo4j } from "./local/instance";

export interface OpenedDatabase {
  db: Database;
  /** The managed server when NEO4J_URI is unset; null for an external database. */
  local: LocalNeo4j | null;
}

export interface OpenOptions {
  log?: (line: string) => void;
  /** Override the managed instance name (tests and benchmarks use their own data directories). */
  instance?: string;
  validateRows?: boolean;
}

/**
 * External when NEO4J_URI is set (bolt://, neo4j://, neo4j+s:// — clusters and Aura route through the
 * driver); otherwise start (or attach to) the managed local Neo4j for this instance.
 */
export async function openDatabase(env: Env, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const common = {
    queryTimeoutMs: env.QUERY_TIMEOUT_MS,
    validateRows: options.validateRows,
    poolSize: env.DB_POOL_SIZE,
    acquireTimeoutMs: env.DB_ACQUIRE_TIMEOUT_MS,
  };
  if (env.NEO4J_URI) {
    const db = new Database({
      ...common,
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER,
      password: env.NEO4J_PASSWORD ?? "",
      database: env.NEO4J_DATABASE,
      mode: "external",
    });
    return { db, local: null };
  }
  const local = new LocalNeo4j(options.instance ?? env.CHAINATLAS_INSTANCE, {
    heap: env.NEO4J_HEAP,
    pageCache: env.NEO4J_PAGECACHE,
    txTimeoutMs: env.NEO4J_TX_TIMEOUT_MS,
    boltPort: env.NEO4J_BOLT_PORT,
    log: options.log,
  });
  const connection = await local.start();
  const db = new Database({
    ...common,
    uri: connection.uri,
    user: connection.user,
    password: connection.password,
    mode: "managed",
  });
  return { db, local };
}
