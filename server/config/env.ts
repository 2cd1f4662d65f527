import { z } from "zod";

/** Bolt URI schemes the official driver accepts: plain, routed (clusters/Aura), with TLS variants. */
const BOLT_SCHEMES = ["bolt:", "bolt+s:", "bolt+ssc:", "neo4j:", "neo4j+s:", "neo4j+ssc:"];

const boltUri = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return BOLT_SCHEMES.includes(url.protocol) && url.hostname.length > 0;
    } catch {
      return false;
    }
  },
  { message: "must be a bolt://, neo4j:// or neo4j+s:// URI (e.g. neo4j+s://xxxx.databases.neo4j.io)" },
);

const port = z.coerce.number().int().min(0).max(65535);

const EnvSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  NEO4J_URI: boltUri.optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  /** Managed mode only: which local instance (data directory) to use. */
  CHAINATLAS_INSTANCE: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .default("app"),
  /** Managed mode only: fixed Bolt port instead of a free one. */
  NEO4J_BOLT_PORT: port.optional(),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/)
    .default("512m"),
  NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[mg]$/)
    .default("256m"),
  /** Transaction timeout applied by the server (neo4j.conf) and by the driver. */
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /** How long start-up waits for the database to answer before giving up (an external one may be booting). */
  NEO4J_WAIT_MS: z.coerce.number().int().positive().default(60_000),
  QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  LOG_LEVEL: z.enum(["silent", "error", "warn", "info", "debug"]).default("info"),
  SEED_ON_START: z.enum(["auto", "always", "never"]).default("auto"),
  /** What a visitor who is not signed in may do; default viewer on a loopback HOST, none otherwise. */
  ANONYMOUS_ROLE: z.enum(["none", "viewer"]).optional(),
  ADMIN_USERNAME: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, "lower-case letters, digits, . _ - (2–40)")
    .default("admin"),
  /** First run only: the admin's password (else one is generated and printed once). */
  ADMIN_PASSWORD: z.string().min(10, "must be at least 10 characters").optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12),
  /** Secure cookies: auto = when the request came over HTTPS (see TRUST_PROXY), true, or false. */
  COOKIE_SECURE: z.enum(["auto", "true", "false"]).default("auto"),
  /** Express "trust proxy": false, true, loopback, or a hop count — set it behind a TLS-terminating proxy. */
  TRUST_PROXY: z
    .union([z.enum(["false", "true", "loopback"]), z.string().regex(/^\d+$/, "false, true, loopback or a number")])
    .default("false"),
  /** Failed logins allowed per client address per LOGIN_WINDOW_MINUTES. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(10),
  LOGIN_WINDOW_MINUTES: z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .default(15),
  /** Largest import file accepted (413 above it). */
  IMPORT_MAX_MB: z.coerce.number().positive().max(1024).default(20),
  /** Timeout of each transaction of an import (a staged batch, the commit, a flip batch). */
  IMPORT_TIMEOUT_MS: z.coerce.number().int().positive().default(300_000),
  /** Rows per transaction when an import is staged and flipped (decision 039); bounds its memory in Neo4j. */
  IMPORT_BATCH_ROWS: z.coerce.number().int().min(1).max(100_000).default(2000),
  /** Master key sealing accounts, sessions, tokens and the audit trail (≥ 32 characters; docs/security.md). */
  APP_SECRET: z.string().min(32, "must be at least 32 characters (e.g. openssl rand -hex 32)").optional(),
  /** File holding the master key (≥ 32 bytes; created with 32 random bytes, mode 0600, if missing). */
  APP_SECRET_FILE: z.string().min(1).optional(),
  /** Analysts' Cypher (ad-hoc and library queries): how many may run at once per user and in all. */
  CYPHER_MAX_PER_USER: z.coerce.number().int().min(1).max(100).default(2),
  CYPHER_MAX_TOTAL: z.coerce.number().int().min(1).max(200).default(6),
  /** Longest query text and deepest bracket nesting the lexer lets through (400 QUERY_TOO_COMPLEX above). */
  CYPHER_MAX_LENGTH: z.coerce.number().int().min(100).max(1_000_000).default(20_000),
  CYPHER_MAX_DEPTH: z.coerce.number().int().min(4).max(1000).default(64),
  /** The app's own connection pool and how long a request waits for a connection (503 DB_BUSY after). */
  DB_POOL_SIZE: z.coerce.number().int().min(2).max(1000).default(50),
  DB_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
  /** A password change (own or reset by an admin) also revokes the user's API tokens. */
  REVOKE_TOKENS_ON_PASSWORD_CHANGE: z.enum(["true", "false"]).default("true"),
  /** Hours between backups the server writes on its own (0 = no schedule); the first is due an interval after the newest one. */
  BACKUP_INTERVAL_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 24)
    .default(24),
  /** How many backups the schedule and /admin keep (older ones are deleted; pre-restore safety copies are kept). */
  BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(7),
  /** Where backups go; default .neo4j/backups/<instance> (or .neo4j/backups/external with NEO4J_URI). */
  BACKUP_DIR: z.string().min(1).optional(),
  /** Facts older than this many years are shown as 可能已过时 (possibly outdated) and listed first in /data/freshness. */
  STALE_AFTER_YEARS: z.coerce.number().positive("must be a positive number of years").max(100).default(3),
  /**
   * GET /api/graph's response cache: how long an entry may live (ms). This server's own writes invalidate it at
   * once; the TTL bounds how long a write by another process (a second server, a CLI import) stays unseen. 0 = off.
   */
  GRAPH_CACHE_TTL_MS: z.coerce.number().int().min(0).max(3_600_000).default(5_000),
  /**
   * Matching snapshots (candidates, consortium builder, what-if): how long one may be reused (ms). This server's
   * own writes invalidate it at once; the TTL bounds how long another process's write stays unseen. 0 = off.
   */
  MATCH_CACHE_TTL_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
});

export type Env = z.infer<typeof EnvSchema>;

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

/** ANONYMOUS_ROLE when unset: viewer when only this machine can connect (loopback HOST), none otherwise. */
export function anonymousRoleFor(env: Pick<Env, "ANONYMOUS_ROLE" | "HOST">): "none" | "viewer" {
  return env.ANONYMOUS_ROLE ?? (LOOPBACK.test(env.HOST) ? "viewer" : "none");
}

export class EnvError extends Error {}

/** Parse the environment once; every failure names the variable (one line each). */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = EnvSchema.safeParse(cleaned);
  if (result.success) {
    if (result.data.NEO4J_URI && !result.data.NEO4J_PASSWORD) {
      throw new EnvError("NEO4J_PASSWORD: required when NEO4J_URI is set");
    }
    return result.data;
  }
  const lines = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  throw new EnvError(lines.join("\n"));
}
