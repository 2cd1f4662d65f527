import path from "node:path";
import type { TestProject } from "vitest/node";
import { Database } from "../../server/db/database";
import { LocalNeo4j } from "../../server/db/local/instance";
import { instancePaths } from "../../server/db/local/paths";
import { applySchema } from "../../server/db/schema";
import { loadSeed } from "../../seed/load";
import { makeTestCertificates } from "./test-tls";

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  port: number;
  /** The CA that signed the server's Bolt TLS certificate (plain Bolt works too: tls_level OPTIONAL). */
  caFile: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/**
 * One real Neo4j for the whole run, in its own instance folder (.neo4j/instances/test) with a fresh data
 * directory every run — `npm test` never touches the app's data. Schema and seed are applied here once;
 * tests that need other data create their own ids and clean them up.
 */
export default async function setup(project: TestProject) {
  // TLS offered alongside plain Bolt, so the external-mode tests can check neo4j+s:// against a real server.
  const tls = makeTestCertificates(path.join(instancePaths("test").root, "certificates", "bolt"));
  const local = new LocalNeo4j("test", {
    heap: "768m",
    pageCache: "128m",
    txTimeoutMs: 30_000,
    tlsDir: tls.dir,
    log: (line) => console.log(`[neo4j] ${line}`),
  });
  await local.stopAny(); // an orphan from a crashed earlier run
  local.resetData();
  const connection = await local.start();
  const db = new Database({ ...connection, mode: "managed", queryTimeoutMs: 60_000 });
  try {
    await applySchema(db);
    await loadSeed(db);
  } finally {
    await db.close();
  }
  project.provide("neo4j", { ...connection, caFile: tls.caFile });
  return async () => {
    await local.stop();
  };
}
