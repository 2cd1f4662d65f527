/**
 * Failed-attempt limiter (fixed window per key, in memory): after `max` failures within `windowMs` a key is
 * refused until its window ends. Only failures count, so a planner who signs in correctly is never slowed.
 */
export function failureLimiter(options: { max: number; windowMs: number; now?: () => number }) {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { failures: number; resetAt: number }>();

  function current(key: string) {
    const entry = windows.get(key);
    if (entry && entry.resetAt <= now()) {
      windows.delete(key);
      return undefined;
    }
    return entry;
  }

  return {
    /** Milliseconds until `key` may try again (0 = allowed now). */
    retryAfterMs(key: string): number {
      const entry = current(key);
      return entry && entry.failures >= options.max ? entry.resetAt - now() : 0;
    },
    fail(key: string): void {
      const entry = current(key) ?? { failures: 0, resetAt: now() + options.windowMs };
      entry.failures += 1;
      windows.set(key, entry);
      if (windows.size > 10_000) for (const k of windows.keys()) if (!current(k)) windows.delete(k);
    },
    reset(key: string): void {
      windows.delete(key);
    },
  };
}

export type FailureLimiter = ReturnType<typeof failureLimiter>;
