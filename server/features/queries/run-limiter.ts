import { DomainError } from "../../contracts/errors";

// Analysts' ad-hoc and library queries run at most `perUser` at a time per caller and `total` at a time in
// all (CYPHER_MAX_PER_USER, CYPHER_MAX_TOTAL). One more is refused at once with 429 QUERY_BUSY and a
// Retry-After rather than queued: a queue would let one caller's slow queries hold requests open for everyone.

export interface RunLimiter {
  run<T>(caller: string, work: () => Promise<T>): Promise<T>;
  /** Running queries now (for tests and health). */
  active(): { total: number; byCaller: Record<string, number> };
}

export function runLimiter(limits: { perUser: number; total: number }): RunLimiter {
  const byCaller = new Map<string, number>();
  let total = 0;
  const busy = (message: string, scope: "user" | "total") =>
    new DomainError("rate_limited", "QUERY_BUSY", message, {
      scope,
      perUser: limits.perUser,
      total: limits.total,
      retryAfterSeconds: 2,
    });

  return {
    async run(caller, work) {
      const mine = byCaller.get(caller) ?? 0;
      if (mine >= limits.perUser)
        throw busy(
          `You already have ${mine} queries running (at most ${limits.perUser} at a time); wait for one to finish`,
          "user",
        );
      if (total >= limits.total)
        throw busy(
          `${total} analysts' queries are running (at most ${limits.total} at a time); try again in a moment`,
          "total",
        );
      byCaller.set(caller, mine + 1);
      total++;
      try {
        return await work();
      } finally {
        total--;
        const left = (byCaller.get(caller) ?? 1) - 1;
        if (left > 0) byCaller.set(caller, left);
        else byCaller.delete(caller);
      }
    },
    active: () => ({ total, byCaller: Object.fromEntries(byCaller) }),
  };
}
