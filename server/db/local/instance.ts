import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { jvmArgs, renderNeo4jConf } from "./conf";
import { LocalNeo4jError } from "./errors";
import { ensureInstalled } from "./install";
import { instancePaths, type InstancePaths } from "./paths";
import { acquireStartLock, choosePort, ensurePassword, readPassword, rememberPort, setInitialPassword } from "./instance-files";
import { canConnect, isNeo4jProcess, tailFile, waitForExit } from "./process-utils";
import { waitForBolt } from "./wait-for-bolt";

export interface LocalOptions {
  heap?: string;
  pageCache?: string;
  txTimeoutMs?: number;
  /** Fixed Bolt port; otherwise the previous port if free, else any free port. */
  boltPort?: number;
  startTimeoutMs?: number;
  /** Also offer TLS on Bolt with the key and certificate in this folder (see LocalConf.tlsDir). */
  tlsDir?: string;
  log?: (line: string) => void;
}

export interface LocalConnection {
  uri: string;
  user: string;
  password: string;
  port: number;
}

interface State {
  pid: number;
  port: number;
  ownerPid: number;
  startedAt: string;
}

/**
 * One managed Neo4j Community server with its own data directory under .neo4j/instances/<name>.
 * Whoever starts it owns it and stops it; a second process (the seed CLI while the app runs) finds the
 * state file, checks the JVM is alive and Bolt answers, and attaches instead of opening the same store.
 */
export class LocalNeo4j {
  readonly paths: InstancePaths;
  private child: ChildProcess | null = null;
  private owned = false;
  private connection: LocalConnection | null = null;
  private readonly log: (line: string) => void;

  constructor(
    readonly name: string,
    private readonly options: LocalOptions = {},
  ) {
    this.paths = instancePaths(name);
    this.log = options.log ?? (() => {});
  }

  get isOwner(): boolean {
    return this.owned;
  }

  /** The running server for this instance, if any (no side effects). */
  runningState(): State | null {
    const state = this.readState();
    if (!state) return null;
    return isNeo4jProcess(state.pid, this.paths.root) ? state : null;
  }

  async start(): Promise<LocalConnection> {
    if (this.connection) return this.connection;
    const installation = await ensureInstalled(this.log);
    fs.mkdirSync(this.paths.logs, { recursive: true });
    fs.mkdirSync(this.paths.conf, { recursive: true });

    const attached = await this.attach();
    if (attached) return attached;

    await acquireStartLock(this.paths.lockFile, this.name);
    try {
      // Someone may have finished starting it while we waited for the lock.
      const again = await this.attach();
      if (again) return again;
      return await this.launch(installation.classpath);
    } finally {
      fs.rmSync(this.paths.lockFile, { force: true });
    }
  }

  /** Stop the server if this process started it; attached users leave it running. */
  async stop(): Promise<void> {
    if (!this.owned) {
      this.connection = null;
      return;
    }
    const state = this.readState();
    const pid = this.child?.pid ?? state?.pid;
    if (pid) {
      try {
        process.kill(pid, "SIGTERM");
      } catch {
        /* already gone */
      }
      if (!(await waitForExit(pid, 30_000))) {
        this.log(`Neo4j (${this.name}) did not stop within 30 s; killing it`);
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          /* gone */
        }
        await waitForExit(pid, 5_000);
      }
    }
    fs.rmSync(this.paths.stateFile, { force: true });
    process.removeListener("exit", this.exitHook);
    this.child = null;
    this.owned = false;
    this.connection = null;
  }

  private readonly exitHook = () => this.stopSync();

  /** Synchronous last resort for process 'exit': ask the JVM to shut down; it does so on its own. */
  stopSync(): void {
    if (!this.owned) return;
    const pid = this.child?.pid;
    if (pid) {
      try {
        process.kill(pid, "SIGTERM");
      } catch {
        /* gone */
      }
    }
    fs.rmSync(this.paths.stateFile, { force: true });
  }

  /** Stop any server on this instance (even one started by another process) — used by `npm run neo4j stop`. */
  async stopAny(): Promise<boolean> {
    const state = this.runningState();
    if (!state) return false;
    process.kill(state.pid, "SIGTERM");
    if (!(await waitForExit(state.pid, 30_000))) process.kill(state.pid, "SIGKILL");
    fs.rmSync(this.paths.stateFile, { force: true });
    return true;
  }

  /** Delete the data directory (the instance must be stopped). Used for the throwaway test instance. */
  resetData(): void {
    if (this.runningState()) throw new LocalNeo4jError(`Neo4j instance '${this.name}' is running; stop it first`, "BUSY");
    fs.rmSync(this.paths.data, { recursive: true, force: true });
  }

  private readState(): State | null {
    try {
      return JSON.parse(fs.readFileSync(this.paths.stateFile, "utf8")) as State;
    } catch {
      return null;
    }
  }

  private async attach(): Promise<LocalConnection | null> {
    const state = this.readState();
    if (!state) return null;
    if (!isNeo4jProcess(state.pid, this.paths.root) || !(await canConnect(state.port))) {
      if (!isNeo4jProcess(state.pid, this.paths.root)) fs.rmSync(this.paths.stateFile, { force: true });
      return null;
    }
    const connection = this.connectionFor(state.port, readPassword(this.paths));
    await waitForBolt(connection, { timeoutMs: 30_000, isAlive: () => isNeo4jProcess(state.pid, this.paths.root) });
    this.log(`Using the running Neo4j (${this.name}) on bolt://127.0.0.1:${state.port} (pid ${state.pid})`);
    this.connection = connection;
    this.owned = false;
    return connection;
  }




  private async launch(classpath: string): Promise<LocalConnection> {
    const port = await choosePort(this.options.boltPort, this.paths);
    const password = ensurePassword(this.paths);
    const heap = this.options.heap ?? "512m";
    fs.mkdirSync(this.paths.data, { recursive: true });
    fs.writeFileSync(
      this.paths.confFile,
      renderNeo4jConf({
        boltPort: port,
        dataDir: this.paths.data,
        logsDir: this.paths.logs,
        heap,
        pageCache: this.options.pageCache ?? "256m",
        txTimeoutMs: this.options.txTimeoutMs ?? 30_000,
        tlsDir: this.options.tlsDir,
      }),
    );
    await setInitialPassword(classpath, this.paths, password);

    this.log(`Starting Neo4j (${this.name}) on bolt://127.0.0.1:${port} ...`);
    fs.writeFileSync(this.paths.consoleLog, "");
    const out = fs.openSync(this.paths.consoleLog, "a");
    const child = spawn(
      "java",
      [...jvmArgs({ heap }), "-cp", classpath, "org.neo4j.server.CommunityEntryPoint",
        `--home-dir=${this.paths.root}`, `--config-dir=${this.paths.conf}`],
      { stdio: ["ignore", out, out], env: { ...process.env, NEO4J_HOME: this.paths.root, NEO4J_CONF: this.paths.conf } },
    );
    fs.closeSync(out);
    if (!child.pid) throw new LocalNeo4jError("Could not spawn java", "START_FAILED");
    this.child = child;
    this.owned = true;
    let exited = false;
    child.once("exit", () => {
      exited = true;
    });
    // Whatever ends this process (an error, process.exit during start-up), ask the JVM to stop too.
    process.once("exit", this.exitHook);
    const state: State = { pid: child.pid, port, ownerPid: process.pid, startedAt: new Date().toISOString() };
    fs.writeFileSync(this.paths.stateFile, JSON.stringify(state));
    rememberPort(this.paths, port);

    const connection = this.connectionFor(port, password);
    try {
      await waitForBolt(connection, { timeoutMs: this.options.startTimeoutMs ?? 120_000, isAlive: () => !exited });
    } catch (error) {
      await this.stop().catch(() => {});
      throw this.startFailure(port, error);
    }
    this.connection = connection;
    return connection;
  }


  private startFailure(port: number, cause: unknown): LocalNeo4jError {
    const logTail = [tailFile(`${this.paths.logs}/neo4j.log`), tailFile(this.paths.consoleLog)].filter(Boolean).join("\n");
    const inUse = /address already in use|port .* (is )?already in use|BindException/i.test(logTail);
    if (inUse) {
      return new LocalNeo4jError(`Bolt port ${port} is already in use; set NEO4J_BOLT_PORT to a free port`, "PORT_IN_USE");
    }
    const reason = cause instanceof Error ? cause.message : String(cause);
    return new LocalNeo4jError(
      `Neo4j (${this.name}) failed to start: ${reason}\n--- last lines of ${this.paths.logs}/neo4j.log and console.log ---\n${logTail}`,
      "START_FAILED",
    );
  }

  private connectionFor(port: number, password: string): LocalConnection {
    return { uri: `bolt://127.0.0.1:${port}`, user: "neo4j", password, port };
  }
}
