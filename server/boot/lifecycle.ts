import type { LocalNeo4j } from "../db/local/instance";

type Cleanup = () => Promise<void>;

/**
 * Run cleanups once on SIGINT/SIGTERM (graceful: close HTTP, driver, then the managed JVM). Install it
 * first thing: a signal during start-up then still exits through process.exit, whose 'exit' event makes
 * an owned LocalNeo4j stop its JVM (instance.ts), so no orphan Neo4j outlives the process.
 */
export function installShutdown(
  getLocal: () => LocalNeo4j | null,
  cleanups: Cleanup[],
  log: (line: string) => void,
): () => Promise<void> {
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
      await getLocal()?.stop();
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
  // `kill <npm pid>` (or a closed terminal) takes npm and its shell away without signalling us: when our
  // parent changes, we are orphaned — shut down rather than keep a server and a JVM running unseen.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent && !running) {
      log("parent process went away: shutting down");
      void shutdown().finally(() => process.exit(0));
    }
  }, 1000).unref();
  return shutdown;
}
