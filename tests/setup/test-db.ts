import type { AddressInfo } from "node:net";
import { inject } from "vitest";
import { createApp } from "../../server/app";
import type { SecurityConfig } from "../../server/config/security";
import { Database } from "../../server/db/database";
import type { BackupService } from "../../server/features/backup/backup.service";
import { createLogger } from "../../server/http/logger";
import { authHeadersFor, type TestRole } from "./test-auth";

/** A driver on the run's test Neo4j, validating every row against its query schema. */
export function testDb(options: { queryTimeoutMs?: number } = {}): Database {
  const { uri, user, password } = inject("neo4j");
  return new Database({
    uri,
    user,
    password,
    mode: "managed",
    queryTimeoutMs: options.queryTimeoutMs ?? 30_000,
    validateRows: true,
  });
}

export interface Client {
  get(path: string): Promise<{ status: number; body: any }>;
  send(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: any }>;
  /** Raw fetch with this client's credentials (uploads, downloads). */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** The credentials this client sends (Authorization: Bearer …, or nothing for anonymous). */
  headers: Record<string, string>;
}

export interface RunningApp extends Client {
  db: Database;
  url: string;
  /** The role the default client is signed in as (admin unless `as` said otherwise). */
  role: TestRole;
  /** Another client on the same app, signed in as `role` (its own API token). */
  as(role: TestRole): Promise<Client>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  db?: Database;
  /** Who the default client is: admin (default), analyst, viewer, or anonymous (no credentials). */
  as?: TestRole;
  clientDir?: string;
  security?: Partial<SecurityConfig>;
  /** Where /api/admin/backups writes (default: a shared temporary folder). */
  backups?: BackupService;
}

async function parse(response: Response) {
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: response.status, body: parsed as any };
}

function client(url: string, headers: Record<string, string>): Client {
  const raw = (path: string, init: RequestInit = {}) =>
    fetch(`${url}${path}`, {
      ...init,
      headers: { ...headers, ...(init.headers as Record<string, string> | undefined) },
    });
  return {
    headers,
    fetch: raw,
    get: async (path) => parse(await raw(path)),
    send: async (method, path, body, extra = {}) =>
      parse(
        await raw(path, {
          method,
          headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...extra },
          body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
        }),
      ),
  };
}

/**
 * The real app over HTTP on an ephemeral port, with response contracts checked on every call. The default
 * client is signed in as admin (an API token), so tests written before logins existed keep working;
 * `startTestApp({ as: "viewer" })` or `app.as("anonymous")` test the other roles.
 */
export async function startTestApp(
  dbOrOptions: Database | TestAppOptions = {},
  extra: Omit<TestAppOptions, "db"> = {},
): Promise<RunningApp> {
  const options: TestAppOptions =
    dbOrOptions instanceof Database ? { db: dbOrOptions, ...extra } : { ...dbOrOptions, ...extra };
  const db = options.db ?? testDb();
  const role = options.as ?? "admin";
  const app = createApp({
    db,
    logger: createLogger("silent"),
    validateResponses: true,
    clientDir: options.clientDir,
    security: options.security,
    backups: options.backups,
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const main = client(url, await authHeadersFor(db, role));
  return {
    ...main,
    db,
    url,
    role,
    as: async (other) => client(url, await authHeadersFor(db, other)),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
