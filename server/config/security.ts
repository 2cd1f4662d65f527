import { anonymousRoleFor, type Env } from "./env";

/** Access, session, upload and limit settings the app needs (from the environment in main.ts; defaults in tests). */
export interface SecurityConfig {
  anonymousRole: "none" | "viewer";
  sessionTtlMs: number;
  cookieSecure: "auto" | "true" | "false";
  /** Express "trust proxy" (req.ip and req.secure behind a reverse proxy). */
  trustProxy: boolean | number | string;
  loginMaxFailures: number;
  loginWindowMs: number;
  importMaxBytes: number;
  importTimeoutMs: number;
  /** Rows per transaction of a staged import (decision 039). */
  importBatchRows: number;
  /** A password change also revokes the user's API tokens. */
  revokeTokensOnPasswordChange: boolean;
  /** Analysts' Cypher: concurrent runs per user and in all, text length and bracket depth. */
  cypher: CypherLimits;
}

export interface CypherLimits {
  perUser: number;
  total: number;
  maxLength: number;
  maxDepth: number;
}

export const DEFAULT_CYPHER_LIMITS: CypherLimits = { perUser: 2, total: 6, maxLength: 20_000, maxDepth: 64 };

export const DEFAULT_SECURITY: SecurityConfig = {
  anonymousRole: "viewer",
  sessionTtlMs: 12 * 3_600_000,
  cookieSecure: "auto",
  trustProxy: false,
  loginMaxFailures: 10,
  loginWindowMs: 15 * 60_000,
  importMaxBytes: 20 * 1024 * 1024,
  importTimeoutMs: 300_000,
  importBatchRows: 2000,
  revokeTokensOnPasswordChange: true,
  cypher: DEFAULT_CYPHER_LIMITS,
};

function trustProxy(value: Env["TRUST_PROXY"]): SecurityConfig["trustProxy"] {
  if (value === "true") return true;
  if (value === "false") return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function securityFromEnv(env: Env): SecurityConfig {
  return {
    anonymousRole: anonymousRoleFor(env),
    sessionTtlMs: env.SESSION_TTL_HOURS * 3_600_000,
    cookieSecure: env.COOKIE_SECURE,
    trustProxy: trustProxy(env.TRUST_PROXY),
    loginMaxFailures: env.LOGIN_MAX_FAILURES,
    loginWindowMs: env.LOGIN_WINDOW_MINUTES * 60_000,
    importMaxBytes: Math.round(env.IMPORT_MAX_MB * 1024 * 1024),
    importTimeoutMs: env.IMPORT_TIMEOUT_MS,
    importBatchRows: env.IMPORT_BATCH_ROWS,
    revokeTokensOnPasswordChange: env.REVOKE_TOKENS_ON_PASSWORD_CHANGE === "true",
    cypher: {
      perUser: env.CYPHER_MAX_PER_USER,
      total: env.CYPHER_MAX_TOTAL,
      maxLength: env.CYPHER_MAX_LENGTH,
      maxDepth: env.CYPHER_MAX_DEPTH,
    },
  };
}
