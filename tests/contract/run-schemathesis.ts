// The API contract guard: the real app on a throwaway Neo4j instance, fuzzed by schemathesis from its own
// OpenAPI document, anonymously and as an admin. Fails on any 5xx or any response that breaks the documented
// schema or content type. `node --import tsx tests/contract/run-schemathesis.ts [--examples N]`; .ci/run calls it.
import { spawn } from "node:child_process";
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createApp } from "../../server/app";
import { Database } from "../../server/db/database";
import { LocalNeo4j } from "../../server/db/local/instance";
import { applySchema } from "../../server/db/schema";
import { createLogger } from "../../server/http/logger";
import { loadSeed } from "../../seed/load";
import { authHeadersFor } from "../setup/test-auth";
import { EXCLUDED, excludeArgs } from "./excluded";

const INSTANCE = "contract"; // never "app": schemathesis as admin writes, renames and deletes
const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const examples = flag("--examples", "10");
const only = flag("--as", "both"); // anonymous | admin | both
const reportDir = path.resolve(flag("--report-dir", ".artifacts/schemathesis"));
const log = (line: string) => process.stdout.write(`[contract] ${line}\n`);

/**
 * One schemathesis run. The admin run takes every phase (the coverage phase walks each schema's edges: empty,
 * too long, wrong type, …); the anonymous run fuzzes only, since anonymous callers mostly meet 401s and the
 * viewer's GETs the admin run covers too (about 3 minutes together on a quiet 2-core machine).
 */
function schemathesis(label: string, url: string, headers: Record<string, string>): Promise<number> {
  const argv = [
    "run",
    `${url}/api/openapi.json`,
    "--checks",
    "not_a_server_error,response_schema_conformance,content_type_conformance",
    "--max-examples",
    examples,
    "--phases",
    label === "admin" ? "examples,coverage,fuzzing" : "examples,fuzzing",
    "--workers",
    "1",
    "--generation-database",
    "none", // no replay of another run's examples: the same seed gives the same run
    "--seed",
    flag("--seed", "20261206"),
    "--request-timeout",
    "30",
    "--suppress-health-check",
    "all",
    "--no-shrink",
    "--warnings",
    "off",
    "--report",
    "junit",
    "--report-junit-path",
    path.join(reportDir, `${label}.xml`),
    ...excludeArgs(label === "admin"),
    ...Object.entries(headers).flatMap(([name, value]) => ["-H", `${name}: ${value}`]),
  ];
  log(`schemathesis (${label}): st ${argv.filter((a) => !a.startsWith("authorization")).join(" ")}`);
  const command = process.env.SCHEMATHESIS ?? "st";
  // Each run writes its own log (kept beside the JUnit report), printed whole when it ends.
  const logFile = path.join(reportDir, `${label}.log`);
  const out = fs.openSync(logFile, "w");
  return new Promise((resolve) => {
    const child = spawn(command, argv, {
      stdio: ["ignore", out, out],
      env: { ...process.env, NO_COLOR: "1", COLUMNS: "120" },
    });
    const finish = (code: number) => {
      fs.closeSync(out);
      process.stdout.write(`\n======== schemathesis (${label}) ========\n${fs.readFileSync(logFile, "utf8")}\n`);
      resolve(code);
    };
    child.on("error", (error) => {
      log(`could not run ${command}: ${error.message} (python3 -m pip install schemathesis)`);
      finish(127);
    });
    child.on("exit", (code) => finish(code ?? 1));
  });
}

async function main(): Promise<number> {
  fs.mkdirSync(reportDir, { recursive: true });
  const local = new LocalNeo4j(INSTANCE, {
    heap: "512m",
    pageCache: "64m",
    txTimeoutMs: 20_000,
    log: (line) => log(`neo4j: ${line}`),
  });
  await local.stopAny();
  local.resetData();
  let db: Database | null = null;
  let server: ReturnType<ReturnType<typeof createApp>["listen"]> | null = null;
  try {
    const connection = await local.start();
    db = new Database({ ...connection, mode: "managed", queryTimeoutMs: 20_000 });
    await applySchema(db);
    await loadSeed(db);
    // validateResponses: a handler returning something its schema does not allow answers 500 here, so the
    // guard catches shape drift even where schemathesis cannot see it (e.g. a field the schema marks optional).
    const app = createApp({
      db,
      logger: createLogger("error"),
      validateResponses: true,
      security: { loginMaxFailures: 1_000_000 },
    });
    server = app.listen(0, "127.0.0.1");
    await new Promise<void>((resolve) => server!.once("listening", () => resolve()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    log(
      `app on ${url} (instance ${INSTANCE}); excluded for admin: ${EXCLUDED.map((e) => `${e.method} ${e.path}`).join(", ")}`,
    );
    const runs = only === "both" ? ["anonymous", "admin"] : [only];
    // One after the other: on 2 cores two runs at once only compete (and the timings become noise).
    let failed = 0;
    for (const label of runs) {
      const started = Date.now();
      const code = await schemathesis(label, url, await authHeadersFor(db, label === "admin" ? "admin" : "anonymous"));
      log(`schemathesis (${label}) exited ${code} after ${Math.round((Date.now() - started) / 1000)} s`);
      if (code !== 0) failed++;
    }
    return failed ? 1 : 0;
  } finally {
    if (server) await new Promise<void>((resolve) => (server!.close(() => resolve()), server!.closeAllConnections()));
    await db?.close();
    await local.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `contract run failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
