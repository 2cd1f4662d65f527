import type { AddressInfo } from "node:net";
import { inject } from "vitest";
import { createApp } from "../../server/app";
import { Database } from "../../server/db/database";
import { createLogger } from "../../server/http/logger";

/** A driver on the run's test Neo4j, validating every row against its query schema. */
export function testDb(options: { queryTimeoutMs?: number } = {}): Database {
  const { uri, user, password } = inject("neo4j");
  return new Database({ uri, user, password, mode: "managed", queryTimeoutMs: options.queryTimeoutMs ?? 30_000, validateRows: true });
}

export interface RunningApp {
  db: Database;
  url: string;
  get(path: string): Promise<{ status: number; body: any }>;
  send(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/** The real app over HTTP on an ephemeral port, with response contracts checked on every call. */
export async function startTestApp(db: Database = testDb(), extra: { clientDir?: string } = {}): Promise<RunningApp> {
  const app = createApp({ db, logger: createLogger("silent"), validateResponses: true, ...extra });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const send = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: response.status, body: parsed as any };
  };
  return {
    db,
    url,
    get: (path) => send("GET", path),
    send,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
