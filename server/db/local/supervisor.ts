import type { JvmExit, LocalNeo4j } from "./instance";
import { sleep } from "./process-utils";

/** What /api/health reports about the managed server while the app owns it. */
export interface SupervisionStatus {
  state: "running" | "restarting" | "stopped";
  /** The restart attempt under way (1, 2, …) while restarting; 0 otherwise. */
  attempt: number;
  /** Restarts that succeeded since the app started. */
  restarts: number;
  /** When the next attempt starts (ISO), while waiting out the backoff. */
  nextAttemptAt: string | null;
  lastExit: JvmExit | null;
}

export interface SupervisorOptions {
  log: (line: string) => void;
  /** How often to look at a JVM we did not spawn ourselves (taken over, or owned by another process). */
  pollMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

/** Backoff before restart attempt n (1-based): 1, 2, 4, 8, 16, 30, 30 … seconds with the defaults. */
export function restartDelayMs(attempt: number, baseMs = 1_000, maxMs = 30_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

/**
 * Keeps the managed Neo4j running for as long as the app runs. A JVM that exits without stop() — killed,
 * out of memory, crashed — is logged and started again on the same Bolt port (so the app's driver, which
 * keeps that address, reconnects by itself) with exponential backoff until it answers. An attached app
 * whose server's owner died takes the server over (and then supervises it).
 */
export class Neo4jSupervisor {
  private current: SupervisionStatus = {
    state: "running",
    attempt: 0,
    restarts: 0,
    nextAttemptAt: null,
    lastExit: null,
  };
  private recovering = false;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly local: LocalNeo4j,
    private readonly options: SupervisorOptions,
  ) {}

  start(): this {
    this.local.onUnexpectedExit((exit) => void this.recover(exit));
    this.schedule();
    return this;
  }

  stop(): void {
    this.stopped = true;
    this.current = { ...this.current, state: "stopped", nextAttemptAt: null };
    this.local.onUnexpectedExit(null);
    if (this.timer) clearTimeout(this.timer);
  }

  status(): SupervisionStatus {
    return { ...this.current };
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.poll().finally(() => this.schedule()), this.options.pollMs ?? 1_000);
    this.timer.unref();
  }

  /** The child 'exit' event covers a JVM we spawned; polling covers one we took over (no exit event). */
  private async poll(): Promise<void> {
    if (this.recovering || this.stopped || this.local.isStopping) return;
    if (!this.local.isOwner) {
      if (this.local.ownerIsGone()) this.local.takeOver();
      return;
    }
    if (!this.local.spawnedIt && !this.local.ownedJvmAlive())
      await this.recover({ at: new Date().toISOString(), code: null, signal: null });
  }

  private async recover(exit: JvmExit): Promise<void> {
    if (this.recovering && (exit.code !== null || exit.signal !== null))
      this.current = { ...this.current, lastExit: exit };
    if (this.recovering || this.stopped || this.local.isStopping) return;
    this.recovering = true;
    const { log } = this.options;
    const how = exit.signal ? `signal ${exit.signal}` : exit.code === null ? "gone" : `exit code ${exit.code}`;
    log(`Neo4j (${this.local.name}) exited unexpectedly (${how}); restarting it`);
    this.current = { ...this.current, lastExit: exit };
    try {
      for (let attempt = 1; !this.stopped && !this.local.isStopping; attempt++) {
        const delay = restartDelayMs(attempt, this.options.baseDelayMs, this.options.maxDelayMs);
        this.current = {
          ...this.current,
          state: "restarting",
          attempt,
          nextAttemptAt: new Date(Date.now() + delay).toISOString(),
        };
        log(`Neo4j (${this.local.name}): restart attempt ${attempt} in ${delay / 1000} s`);
        await sleep(delay);
        if (this.stopped || this.local.isStopping) return;
        this.current = { ...this.current, nextAttemptAt: null };
        try {
          const connection = await this.local.restart();
          this.current = { ...this.current, state: "running", attempt: 0, restarts: this.current.restarts + 1 };
          log(`Neo4j (${this.local.name}) is back on ${connection.uri} after ${attempt} attempt(s)`);
          return;
        } catch (error) {
          log(
            `Neo4j (${this.local.name}): restart attempt ${attempt} failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
          );
        }
      }
    } finally {
      this.recovering = false;
    }
  }
}
