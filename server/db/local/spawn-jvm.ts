// Writing an instance's neo4j.conf, spawning its JVM, and explaining a failed start-up.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { jvmArgs, renderNeo4jConf } from "./conf";
import { LocalNeo4jError } from "./errors";
import { setInitialPassword } from "./instance-files";
import type { InstancePaths } from "./paths";
import { tailFile } from "./process-utils";

export interface JvmSettings {
  heap?: string;
  pageCache?: string;
  txTimeoutMs?: number;
  tlsDir?: string;
}

/** Render the config for `port`, set the initial password on a new store, and spawn the server (output → console.log). */
export async function spawnNeo4j(
  paths: InstancePaths,
  settings: JvmSettings,
  classpath: string,
  port: number,
  password: string,
): Promise<ChildProcess> {
  const heap = settings.heap ?? "512m";
  fs.mkdirSync(paths.data, { recursive: true });
  fs.writeFileSync(
    paths.confFile,
    renderNeo4jConf({
      boltPort: port,
      dataDir: paths.data,
      logsDir: paths.logs,
      heap,
      pageCache: settings.pageCache ?? "256m",
      txTimeoutMs: settings.txTimeoutMs ?? 30_000,
      tlsDir: settings.tlsDir,
    }),
  );
  await setInitialPassword(classpath, paths, password);
  fs.writeFileSync(paths.consoleLog, "");
  const out = fs.openSync(paths.consoleLog, "a");
  const child = spawn(
    "java",
    [
      ...jvmArgs({ heap }),
      "-cp",
      classpath,
      "org.neo4j.server.CommunityEntryPoint",
      `--home-dir=${paths.root}`,
      `--config-dir=${paths.conf}`,
    ],
    { stdio: ["ignore", out, out], env: { ...process.env, NEO4J_HOME: paths.root, NEO4J_CONF: paths.conf } },
  );
  fs.closeSync(out);
  if (!child.pid) throw new LocalNeo4jError("Could not spawn java", "START_FAILED");
  return child;
}

/** Why start-up failed, with the tail of the server's logs (a taken port is named). */
export function startFailure(name: string, paths: InstancePaths, port: number, cause: unknown): LocalNeo4jError {
  const logTail = [tailFile(`${paths.logs}/neo4j.log`), tailFile(paths.consoleLog)].filter(Boolean).join("\n");
  const inUse = /address already in use|port .* (is )?already in use|BindException/i.test(logTail);
  if (inUse) {
    return new LocalNeo4jError(
      `Bolt port ${port} is already in use; set NEO4J_BOLT_PORT to a free port`,
      "PORT_IN_USE",
    );
  }
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new LocalNeo4jError(
    `Neo4j (${name}) failed to start: ${reason}\n--- last lines of ${paths.logs}/neo4j.log and console.log ---\n${logTail}`,
    "START_FAILED",
  );
}
