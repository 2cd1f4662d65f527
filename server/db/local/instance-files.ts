// The small files an instance keeps next to its data: the start lock, the password, the last Bolt port.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { promisify } from "node:util";
import { LocalNeo4jError } from "./errors";
import type { InstancePaths } from "./paths";
import { freePort, isPortFree, sleep } from "./process-utils";

const run = promisify(execFile);

/** Only one process starts an instance at a time; a lock left by a dead process is taken over. */
export async function acquireStartLock(lockFile: string, name: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" });
      return;
    } catch {
      const holder = Number(fs.readFileSync(lockFile, "utf8")) || 0;
      let alive: boolean;
      try {
        if (holder) process.kill(holder, 0);
        alive = holder > 0;
      } catch {
        alive = false;
      }
      if (!alive) {
        fs.rmSync(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new LocalNeo4jError(`Another process (pid ${holder}) is starting Neo4j instance '${name}'`, "BUSY");
      await sleep(250);
    }
  }
}

export function readPassword(paths: InstancePaths): string {
  return fs.readFileSync(paths.passwordFile, "utf8").trim();
}

/** A random password per instance, created once and kept (mode 600) for every later start and attach. */
export function ensurePassword(paths: InstancePaths): string {
  if (fs.existsSync(paths.passwordFile)) return readPassword(paths);
  // Hex, not base64url: a password starting with "-" would be read as an option by neo4j-admin.
  const password = randomBytes(20).toString("hex");
  fs.writeFileSync(paths.passwordFile, password, { mode: 0o600 });
  return password;
}

/** `neo4j-admin dbms set-initial-password`, only before the very first start of a data directory. */
export async function setInitialPassword(classpath: string, paths: InstancePaths, password: string): Promise<void> {
  if (fs.existsSync(`${paths.data}/dbms/auth.ini`)) return;
  try {
    await run("java", ["-cp", classpath, "org.neo4j.cli.AdminTool", "dbms", "set-initial-password", password], {
      env: { ...process.env, NEO4J_HOME: paths.root, NEO4J_CONF: paths.conf },
    });
  } catch (error) {
    throw new LocalNeo4jError(`neo4j-admin set-initial-password failed: ${String(error)}`, "START_FAILED");
  }
}

const lastPortFile = (paths: InstancePaths) => `${paths.root}/last-port`;

export function rememberPort(paths: InstancePaths, port: number): void {
  fs.writeFileSync(lastPortFile(paths), String(port));
}

/** A fixed port must be free (else say so); otherwise reuse the last port when free, so clients reconnect. */
export async function choosePort(fixed: number | undefined, paths: InstancePaths): Promise<number> {
  if (fixed) {
    if (!(await isPortFree(fixed))) {
      throw new LocalNeo4jError(
        `NEO4J_BOLT_PORT=${fixed} is already in use by another program; choose another port or unset it`,
        "PORT_IN_USE",
      );
    }
    return fixed;
  }
  let previous: number | null;
  try {
    previous = Number(fs.readFileSync(lastPortFile(paths), "utf8")) || null;
  } catch {
    previous = null;
  }
  if (previous && (await isPortFree(previous))) return previous;
  return freePort();
}
