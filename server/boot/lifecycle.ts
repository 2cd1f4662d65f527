import type { LocalNeo4j } from "../db/local/instance";

type Cleanup = () => Promise<void>;

/**
 * Run cleanups once on SIGINT/SIGTERM (graceful: close HTTP, driver, then the managed JVM), and ask an
 * owned JVM to stop on any other exit path so no orphan Neo4j outlives the process.
 */
export function installShutdown(local: LocalNeo4j | null, cleanups: Cleanup[], log: (line: string) => void): () => Promise<void> {
  let running: Promise<void> | null = null;
  const shutdown = () => {
    running ??= (async () => {
      for (const cleanup of cleanups) {
        try {
          await cleanup();
        } catch (error) {
          log(`shutdown step failed: ${String(error)}`);
        }
      }
      if (local) await local.stop();
    })();
    return running;
  };
  // `on`, not `once`: npm/tsx relay Ctrl-C, so a second SIGINT often arrives while we are stopping, and
  // an unhandled one would kill the process before the JVM is stopped (the 'exit' event does not fire then).
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (running) return;
      log(`${signal}: shutting down`);
      void shutdown().finally(() => process.exit(0));
    });
  }
  process.once("exit", () => local?.stopSync());
  return shutdown;
}
