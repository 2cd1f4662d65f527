import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction } from "neo4j-driver";
import type { z } from "zod";
import { DatabaseUnavailableError, QueryTimeoutError, translateDriverError, unavailableReason } from "./errors";
import { boardFirstWrite } from "../shared/first-write";
import type { Query } from "./query";
import { Tx, type Notice } from "./tx";

export { Tx, type Notice };

export interface DbConfig {
  uri: string;
  user: string;
  password: string;
  database?: string;
  mode: "managed" | "external";
  /** Default per-transaction timeout sent with every transaction. */
  queryTimeoutMs: number;
  /** Validate every row against the query's zod schema (on in tests; costs a little at 5,000 rows). */
  validateRows?: boolean;
  /** Connections in the pool (default 50) and how long a transaction waits for one (default 5 s → DatabaseBusyError). */
  poolSize?: number;
  acquireTimeoutMs?: number;
}

export interface RunOptions {
  timeoutMs?: number;
  /**
   * Client-side deadline: when the database has not answered by then, the call fails with QueryTimeoutError
   * and this Database's driver is replaced (closing its connections), so a hung statement holds nothing.
   */
  deadlineMs?: number;
}

export type Health =
  | { status: "up"; version: string; edition: string; mode: DbConfig["mode"] }
  | { status: "down"; error: string; mode: DbConfig["mode"] };

/** neo4j://, neo4j+s://, neo4j+ssc://: the driver routes (a cluster or Aura may sit behind it). */
export function isRoutingUri(uri: string): boolean {
  return /^neo4j(\+s|\+ssc)?:\/\//i.test(uri);
}

/** Write transactions that changed something, committed by this process (see Database.generation). */
let processChanges = 0;

/**
 * One driver for the process. Reads go through executeRead (a cluster routes them to readers), writes
 * through executeWrite; both carry a timeout, and driver failures become domain errors (db/errors.ts).
 */
export class Database {
  private current: Driver;
  private readonly companions: Database[] = [];
  /**
   * Causal consistency on a cluster: every session of this Database (and its companions) shares one bookmark
   * manager, so a read that follows a write waits until the member serving it has that write. Only for
   * routing URIs (neo4j://, neo4j+s://): a single server (bolt://) is always consistent with itself.
   */
  private readonly bookmarks: BookmarkManager | undefined;

  constructor(
    readonly config: DbConfig,
    shared?: BookmarkManager,
  ) {
    this.current = this.makeDriver();
    this.bookmarks = shared ?? (isRoutingUri(config.uri) ? neo4j.bookmarkManager() : undefined);
  }

  /**
   * How many write transactions that changed something this process has committed (through any Database):
   * the "graph changed" signal. Every write (features, import, documents, restore, audit) goes through
   * writeTx, so a cache keyed by this number never serves what this process has since changed.
   */
  get generation(): number {
    return processChanges;
  }

  get driver(): Driver {
    return this.current;
  }

  private makeDriver(): Driver {
    const config = this.config;
    return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      disableLosslessIntegers: true,
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: config.acquireTimeoutMs ?? 5_000,
      maxTransactionRetryTime: 2_000,
      maxConnectionPoolSize: config.poolSize ?? 50,
      userAgent: "chainatlas/0.1",
      logging: { level: "error", logger: () => {} },
    });
  }

  /**
   * A second Database on the same server with its own small pool (analysts' ad-hoc and library queries), so
   * the app's own reads never wait behind them. Closed with this one.
   */
  companion(poolSize: number, acquireTimeoutMs = this.config.acquireTimeoutMs): Database {
    const other = new Database({ ...this.config, poolSize, acquireTimeoutMs }, this.bookmarks);
    this.companions.push(other);
    return other;
  }

  get mode(): DbConfig["mode"] {
    return this.config.mode;
  }

  async read<P extends z.ZodType, R extends z.ZodType>(
    query: Query<P, R>,
    params: z.input<P>,
    options: RunOptions = {},
  ) {
    return this.readTx((tx) => tx.run(query, params), options);
  }

  async write<P extends z.ZodType, R extends z.ZodType>(
    query: Query<P, R>,
    params: z.input<P>,
    options: RunOptions = {},
  ) {
    return this.writeTx((tx) => tx.run(query, params), options);
  }

  async readTx<T>(work: (tx: Tx) => Promise<T>, options: RunOptions = {}): Promise<T> {
    return this.session("READ", work, options);
  }

  /** All statements in `work` commit together or not at all. */
  async writeTx<T>(work: (tx: Tx) => Promise<T>, options: RunOptions = {}): Promise<T> {
    return this.session("WRITE", work, options);
  }

  async health(): Promise<Health> {
    try {
      const result = await this.driver.executeQuery(
        "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition",
        {},
        { database: this.config.database, routing: neo4j.routing.READ, transactionConfig: { timeout: 3_000 } },
      );
      const record = result.records[0];
      return {
        status: "up",
        version: String(record?.get("version") ?? "unknown"),
        edition: String(record?.get("edition") ?? "unknown"),
        mode: this.mode,
      };
    } catch (error) {
      return { status: "down", error: unavailableReason(error), mode: this.mode };
    }
  }

  /** Wait until the database answers (boot, or a CLI attaching to a server that is still starting). */
  async waitUntilUp(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const health = await this.health();
      if (health.status === "up") return;
      if (Date.now() > deadline) throw new DatabaseUnavailableError(health.error);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.companions.map((other) => other.close()));
    await this.current.close();
  }

  private async session<T>(mode: "READ" | "WRITE", work: (tx: Tx) => Promise<T>, options: RunOptions): Promise<T> {
    const running = this.runSession(mode, work, options);
    if (!options.deadlineMs) return running;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        // The server did not answer in time (and its own timeout did not end it): drop every connection of
        // this driver so nothing stays held, and answer now.
        const stale = this.current;
        this.current = this.makeDriver();
        void stale.close().catch(() => {});
        reject(new QueryTimeoutError(options.timeoutMs ?? this.config.queryTimeoutMs));
      }, options.deadlineMs);
    });
    running.catch(() => {}); // settles after the deadline too; nobody waits for it then
    try {
      return await Promise.race([running, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  private async runSession<T>(mode: "READ" | "WRITE", work: (tx: Tx) => Promise<T>, options: RunOptions): Promise<T> {
    const timeoutMs = options.timeoutMs ?? this.config.queryTimeoutMs;
    const session = this.current.session({
      database: this.config.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      ...(this.bookmarks ? { bookmarkManager: this.bookmarks } : {}),
    });
    const validate = this.config.validateRows ?? false;
    // A write request's audit entry (see shared/first-write.ts) joins the first write transaction that changed something.
    const rider = mode === "WRITE" ? boardFirstWrite<Tx>() : null;
    let boarded = false;
    let changed = false;
    try {
      const txWork = async (tx: ManagedTransaction) => {
        const typed = new Tx(tx, validate);
        const result = await work(typed);
        changed = typed.changed;
        boarded = rider !== null && typed.changed;
        if (boarded) await rider!.step(typed);
        return result;
      };
      const txConfig = { timeout: timeoutMs };
      const result =
        mode === "READ" ? await session.executeRead(txWork, txConfig) : await session.executeWrite(txWork, txConfig);
      if (boarded) rider?.committed();
      else rider?.failed();
      return result;
    } catch (error) {
      rider?.failed();
      throw translateDriverError(error, timeoutMs);
    } finally {
      // Also after a failure: a commit whose outcome is unknown may have changed the graph (over-invalidating is safe).
      if (changed) processChanges++;
      await session.close();
    }
  }
}
