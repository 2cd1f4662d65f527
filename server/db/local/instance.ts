import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import { LocalNeo4jError } from "./errors";
import { ensureInstalled } from "./install";
import { instancePaths, type InstancePaths } from "./paths";
import { acquireStartLock, choosePort, ensurePassword, readPassword, rememberPort } from "./instance-files";
import { canConnect, isNeo4jProcess, isProcessAlive, processStartTime, terminate } from "./process-utils";
import { spawnNeo4j, startFailure } from "./spawn-jvm";
import type { JvmExit, LocalConnection, LocalOptions, State } from "./instance-types";
import { waitForBolt } from "./wait-for-bolt";

export type { JvmExit, LocalConnection, LocalOptions } from "./instance-types";

/**
 * One managed Neo4j Community server with its own data directory under .neo4j/instances/<name>.
 * Whoever starts it owns it and stops it; a second process (the seed CLI while the app runs) finds the
 * state file, checks the JVM is alive and Bolt answers, and attaches instead of opening the same store.
 * A server whose owner died (pid + start time in the state file no longer running) is taken over: the new
 * process becomes its owner and stops it at exit. Restarting after a crash is the supervisor's job.
 */
export class LocalNeo4j {
  readonly paths: InstancePaths;
  private child: ChildProcess | null = null;
  /** The owned JVM's pid (our child, or a server taken over from a dead owner). */
  private pid: number | null = null;
  private owned = false;
  /** Set by stop(): the JVM's exit is expected, nobody should restart it. */
  private stopRequested = false;
  private exitListener: ((exit: JvmExit) => void) | null = null;
  private restarting: Promise<LocalConnection> | null = null;
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

  get isStopping(): boolean {
    return this.stopRequested;
  }

  /** Called when the owned JVM (our child) exits without stop() having been called. */
  onUnexpectedExit(listener: ((exit: JvmExit) => void) | null): void {
    this.exitListener = listener;
  }

  /** The owned JVM is our child: its 'exit' event reports a crash (with code and signal), no polling needed. */
  get spawnedIt(): boolean {
    return this.child !== null;
  }

  /** Is the JVM this process owns still running? (false when nothing is owned) */
  ownedJvmAlive(): boolean {
    return this.owned && this.pid !== null && isNeo4jProcess(this.pid, this.paths.root);
  }

  /** An attached user's view: the server is up but the process that owned it is gone. */
  ownerIsGone(): boolean {
    const state = this.readState();
    return !!state && !isProcessAlive(state.ownerPid, state.ownerStartTime);
  }

  /** The running server for this instance, if any (no side effects). */
  runningState(): State | null {
    const state = this.readState();
    if (!state) return null;
    return isNeo4jProcess(state.pid, this.paths.root) ? state : null;
  }

  async start(): Promise<LocalConnection> {
    if (this.connection) return this.connection;
    this.stopRequested = false;
    return this.startOrAttach(this.options.boltPort);
  }

  /**
   * After the owned JVM died: start it again on the same Bolt port, so the app's driver (bound to that
   * address) reconnects by itself. A server someone else started meanwhile is attached to or taken over.
   */
  async restart(): Promise<LocalConnection> {
    const port = this.connection?.port ?? this.options.boltPort;
    this.connection = null;
    this.child = null;
    this.pid = null;
    const restarting = this.startOrAttach(port).finally(() => {
      this.restarting = null;
    });
    this.restarting = restarting;
    return restarting;
  }

  private async startOrAttach(port: number | undefined): Promise<LocalConnection> {
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
      return await this.launch(installation.classpath, port);
    } finally {
      fs.rmSync(this.paths.lockFile, { force: true });
    }
  }

  /** Stop the server if this process started it; attached users leave it running. */
  async stop(): Promise<void> {
    this.stopRequested = true;
    await this.restarting?.catch(() => {}); // gives up quickly: waitForBolt sees stopRequested
    await this.release();
  }

  /** Stop the owned JVM (an expected exit) and forget it; attached users just let go. */
  private async release(): Promise<void> {
    if (!this.owned) {
      this.connection = null;
      return;
    }
    const state = this.readState();
    const pid = this.pid ?? state?.pid;
    // After a crash the pid may already belong to another program: signal it only while it is our server.
    if (pid && isNeo4jProcess(pid, this.paths.root) && (await terminate(pid)))
      this.log(`Neo4j (${this.name}) did not stop within 30 s; killed it`);
    fs.rmSync(this.paths.stateFile, { force: true });
    process.removeListener("exit", this.exitHook);
    this.child = null;
    this.pid = null;
    this.owned = false;
    this.connection = null;
  }

  private readonly exitHook = () => this.stopSync();

  /** Synchronous last resort for process 'exit': ask the JVM to shut down; it does so on its own. */
  stopSync(): void {
    if (!this.owned) return;
    this.stopRequested = true;
    const pid = this.pid;
    if (pid && isNeo4jProcess(pid, this.paths.root)) {
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
    await terminate(state.pid);
    fs.rmSync(this.paths.stateFile, { force: true });
    return true;
  }

  /** Delete the data directory (the instance must be stopped). Used for the throwaway test instance. */
  resetData(): void {
    if (this.runningState())
      throw new LocalNeo4jError(`Neo4j instance '${this.name}' is running; stop it first`, "BUSY");
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
    const alive = () => isNeo4jProcess(state.pid, this.paths.root);
    if (!alive()) {
      fs.rmSync(this.paths.stateFile, { force: true });
      return null;
    }
    const ownerAlive = isProcessAlive(state.ownerPid, state.ownerStartTime);
    // A live owner still starting it holds the start lock: wait for that instead (start()).
    if (ownerAlive && !(await canConnect(state.port))) return null;
    const connection = this.connectionFor(state.port, readPassword(this.paths));
    try {
      // An orphan may have been mid-start when its owner died: give it the time a start gets.
      await waitForBolt(connection, {
        timeoutMs: ownerAlive ? 30_000 : (this.options.startTimeoutMs ?? 120_000),
        isAlive: alive,
      });
    } catch (error) {
      if (alive()) throw error;
      fs.rmSync(this.paths.stateFile, { force: true });
      return null; // it died while starting: start a fresh one
    }
    this.connection = connection;
    if (ownerAlive) {
      this.log(`Using the running Neo4j (${this.name}) on bolt://127.0.0.1:${state.port} (pid ${state.pid})`);
      this.owned = false;
      return connection;
    }
    this.takeOver(state);
    return connection;
  }

  /** Become the owner of a server whose owner died (kill -9, a crash): stop it at our exit as if we had started it. */
  takeOver(state: State | null = this.readState()): void {
    if (!state || this.owned) return;
    this.log(
      `Taking over Neo4j (${this.name}) on bolt://127.0.0.1:${state.port} (pid ${state.pid}): its owner (pid ${state.ownerPid}) is gone; ` +
        "it will be stopped when this process exits",
    );
    this.owned = true;
    this.pid = state.pid;
    this.child = null;
    this.writeState({ ...state, ...this.ownerStamp() });
    process.removeListener("exit", this.exitHook);
    process.once("exit", this.exitHook);
  }

  private ownerStamp(): Pick<State, "ownerPid" | "ownerStartTime"> {
    return { ownerPid: process.pid, ownerStartTime: processStartTime(process.pid) };
  }

  private writeState(state: State): void {
    fs.writeFileSync(this.paths.stateFile, JSON.stringify(state));
  }

  private async launch(classpath: string, fixedPort: number | undefined): Promise<LocalConnection> {
    const port = await choosePort(fixedPort, this.paths);
    const password = ensurePassword(this.paths);
    this.log(`Starting Neo4j (${this.name}) on bolt://127.0.0.1:${port} ...`);
    const child = await spawnNeo4j(this.paths, this.options, classpath, port, password);
    this.child = child;
    this.pid = child.pid!;
    this.owned = true;
    let exited = false;
    let ready = false;
    child.once("exit", (code, signal) => {
      exited = true;
      if (this.child === child) this.child = null;
      // Only a crash of a server that was up counts; a failed start-up is reported by launch() itself.
      if (ready && !this.stopRequested) this.exitListener?.({ at: new Date().toISOString(), code, signal });
    });
    // Whatever ends this process (an error, process.exit during start-up), ask the JVM to stop too.
    process.removeListener("exit", this.exitHook);
    process.once("exit", this.exitHook);
    this.writeState({ pid: child.pid!, port, ...this.ownerStamp(), startedAt: new Date().toISOString() });
    rememberPort(this.paths, port);

    const connection = this.connectionFor(port, password);
    try {
      await waitForBolt(connection, {
        timeoutMs: this.options.startTimeoutMs ?? 120_000,
        isAlive: () => !exited && !this.stopRequested,
      });
      ready = true;
    } catch (error) {
      await this.release().catch(() => {});
      throw startFailure(this.name, this.paths, port, error);
    }
    this.connection = connection;
    return connection;
  }

  private connectionFor(port: number, password: string): LocalConnection {
    return { uri: `bolt://127.0.0.1:${port}`, user: "neo4j", password, port };
  }
}
