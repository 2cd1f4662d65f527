// A cache of answers by write generation, shared by the graph view (decision 038), the chain labels (042) and
// matching snapshots (046). The graph view's use: one entry per normalised query, valid while the process's write
// generation (Database.generation: every committed write that changed something bumps it) is unchanged and
// for at most `ttlMs` — the bound on how long a write made by ANOTHER process (a second server, a CLI import)
// can stay unseen. Concurrent misses for one key share one computation, so 50 browsers opening the explorer
// at once cost one query. Oldest entries go first past `maxEntries` or `maxBytes`.

export interface CacheOptions {
  /** 0 turns the cache off. */
  ttlMs: number;
  maxEntries: number;
  maxBytes: number;
}

interface Entry<T> {
  generation: number;
  at: number;
  value: T;
  /** Size when stored (`sizeOf`). */
  size: number;
}

/** A stable key for a parsed query: keys sorted, lists sorted (their order never changes the answer). */
export function cacheKey(query: Record<string, unknown>): string {
  const entries = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k, v]) => [k, Array.isArray(v) ? [...(v as unknown[]).map(String)].sort() : v] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

export function responseCache<T extends { bytes: number }>(
  generation: () => number,
  options: CacheOptions,
  now: () => number = Date.now,
  /** What an entry counts against `maxBytes` (default: a prepared body grows gzip and brotli forms, so twice). */
  sizeOf: (value: T) => number = (value) => value.bytes * 2,
) {
  const entries = new Map<string, Entry<T>>();
  const pending = new Map<string, Promise<T>>();
  let bytes = 0;

  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.size;
    entries.delete(key);
  };
  const store = (key: string, entry: Entry<T>) => {
    drop(key);
    entries.set(key, entry);
    bytes += entry.size;
    while (entries.size > options.maxEntries || (bytes > options.maxBytes && entries.size > 1)) {
      drop(entries.keys().next().value!);
    }
  };

  return {
    /**
     * The cached value for `key`, or `compute()`'s (stored only if no write happened meanwhile). `fresh`: do not
     * use a stored value (the client asked for no-cache), but store the new one.
     */
    async get(key: string, compute: () => Promise<T>, fresh = false): Promise<T> {
      if (options.ttlMs <= 0) return compute();
      const current = generation();
      const hit = fresh ? undefined : entries.get(key);
      if (hit && hit.generation === current && now() - hit.at < options.ttlMs) {
        // Refresh its place: the most used views stay.
        entries.delete(key);
        entries.set(key, hit);
        return hit.value;
      }
      const slot = `${current}\u0000${fresh ? "fresh" : ""}\u0000${key}`;
      const running = pending.get(slot);
      if (running) return running;
      const started = now();
      const work = compute().then((value) => {
        // A write during the computation may or may not be in `value`: then it is served once, never stored.
        if (generation() === current) store(key, { generation: current, at: started, value, size: sizeOf(value) });
        return value;
      });
      pending.set(slot, work);
      try {
        return await work;
      } finally {
        pending.delete(slot);
      }
    },
    /** Entries and bytes held (for tests and the bench). */
    stats: () => ({ entries: entries.size, bytes }),
    clear: () => {
      entries.clear();
      bytes = 0;
    },
  };
}

export type ResponseCache<T extends { bytes: number }> = ReturnType<typeof responseCache<T>>;
