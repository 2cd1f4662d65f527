// Matching snapshots kept while the graph is unchanged (decision 046). A planner's candidates, consortium builder
// and what-if for one problem read the same snapshot; a board run over many problems reads one large one. Each
// is read once per write generation of this process (Database.generation) and reused for at most `ttlMs`, the
// bound on how long a write by another process (a second server, a CLI import) stays unseen by matching.
import { cacheKey, responseCache, type CacheOptions } from "../../shared/response-cache";
import type { Snapshot } from "./problems.repo";

/**
 * 60 s: a board run at provincial scale reads for seconds, so the graph view's 5 s would expire before the
 * read even ends. Sizes are estimates of the JavaScript heap a snapshot and its index take (see snapshotBytes).
 */
export const MATCH_CACHE_DEFAULTS: CacheOptions = { ttlMs: 60_000, maxEntries: 32, maxBytes: 512 * 1024 * 1024 };

/**
 * The memory a snapshot takes with its index, estimated from its rows. Measured at 200,000 organisations
 * (189,205 members, 374,433 ties): 256 MB in all (heap 238 MB, typed arrays 18 MB), about 0.85 kB per member
 * with its capabilities and 0.25 kB per tie.
 */
export function snapshotBytes(snapshot: Snapshot): number {
  return snapshot.pool.length * 850 + snapshot.ties.length * 250;
}

export type SnapshotReader = (techs: string[], seeds: string[]) => Promise<Snapshot>;

/**
 * `read` behind the cache. The key is the sets of technologies and seeds (their order never changes a
 * snapshot: every consumer indexes it by id). Concurrent calls for one key share one read; a snapshot read
 * while this process committed a write is used by its callers but never kept. Without `generation`, no cache.
 */
export function cachedSnapshots(
  read: SnapshotReader,
  generation?: () => number,
  options: Partial<CacheOptions> = {},
): SnapshotReader {
  if (!generation) return read;
  const cache = responseCache<{ bytes: number; snapshot: Snapshot }>(
    generation,
    { ...MATCH_CACHE_DEFAULTS, ...options },
    Date.now,
    (entry) => entry.bytes,
  );
  return async (techs, seeds) => {
    const entry = await cache.get(cacheKey({ techs, seeds }), async () => {
      const snapshot = await read(techs, seeds);
      return { bytes: snapshotBytes(snapshot), snapshot };
    });
    return entry.snapshot;
  };
}
