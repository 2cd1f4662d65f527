import fs from "node:fs";
import net from "node:net";

/** True when `pid` is alive and (on Linux, where /proc tells) is a Neo4j JVM serving `marker`'s directory. */
export function isNeo4jProcess(pid: number, marker: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return cmdline.includes("CommunityEntryPoint") && cmdline.includes(marker);
  } catch {
    return true; // no /proc (macOS): the pid is alive, trust the state file
  }
}

export function canConnect(port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ host: "127.0.0.1", port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen({ host: "127.0.0.1", port: 0 }, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function tailFile(file: string, lines = 25): string {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Wait for a pid to exit; false if it is still alive after `timeoutMs`. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await sleep(100);
  }
  return false;
}

/**
 * When `pid` started (clock ticks since boot, /proc/<pid>/stat field 22), or null where /proc is missing.
 * A pid alone can be reused by an unrelated process after its owner died; pid + start time cannot.
 */
export function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

/** True when the process that wrote a state file (pid + start time) is still the one running under that pid. */
export function isProcessAlive(pid: number, startTime: string | null | undefined): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (isZombie(pid)) return false; // killed, not yet reaped by its parent
  if (!startTime) return true; // no /proc, or a state file from before start times were kept
  const now = processStartTime(pid);
  return now === null || now === startTime;
}

function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}

/** SIGTERM, wait up to `graceMs`, then SIGKILL; true when the process had to be killed. */
export async function terminate(pid: number, graceMs = 30_000): Promise<boolean> {
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    return false; // already gone
  }
  if (await waitForExit(pid, graceMs)) return false;
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    /* gone */
  }
  await waitForExit(pid, 5_000);
  return true;
}
