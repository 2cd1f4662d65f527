import { describe, expect, it } from "vitest";
import { Database, isRoutingUri } from "../../server/db/database";
import { cacheKey, responseCache } from "../../server/shared/response-cache";

const value = (text: string) => ({ text, bytes: text.length });

function harness(options = { ttlMs: 1000, maxEntries: 3, maxBytes: 1_000_000 }) {
  const clock = { now: 0, generation: 0, computed: 0 };
  const cache = responseCache<{ text: string; bytes: number }>(
    () => clock.generation,
    options,
    () => clock.now,
  );
  const get = (key: string) =>
    cache.get(key, async () => {
      clock.computed++;
      return value(`${key}@${clock.generation}`);
    });
  return { clock, cache, get };
}

describe("graph response cache", () => {
  it("serves a hit until a write bumps the generation, then computes again", async () => {
    const { clock, get } = harness();
    expect((await get("a")).text).toBe("a@0");
    expect((await get("a")).text).toBe("a@0");
    expect(clock.computed).toBe(1);
    clock.generation++;
    expect((await get("a")).text).toBe("a@1");
    expect(clock.computed).toBe(2);
  });

  it("expires entries after the TTL (another process's writes) and is off at TTL 0", async () => {
    const { clock, get } = harness();
    await get("a");
    clock.now = 999;
    await get("a");
    expect(clock.computed).toBe(1);
    clock.now = 1000;
    await get("a");
    expect(clock.computed).toBe(2);
    const off = harness({ ttlMs: 0, maxEntries: 3, maxBytes: 1000 });
    await off.get("a");
    await off.get("a");
    expect(off.clock.computed).toBe(2);
  });

  it("shares one computation among concurrent misses", async () => {
    const { clock, get } = harness();
    const all = await Promise.all([get("a"), get("a"), get("a")]);
    expect(all.map((v) => v.text)).toEqual(["a@0", "a@0", "a@0"]);
    expect(clock.computed).toBe(1);
  });

  it("never stores what was computed while a write happened", async () => {
    const { clock, cache } = harness();
    await cache.get("a", async () => {
      clock.generation++; // a write commits while the view is read
      return value("maybe-stale");
    });
    expect(cache.stats().entries).toBe(0);
  });

  it("drops the least recently used entries past its limits", async () => {
    const { clock, cache, get } = harness();
    for (const key of ["a", "b", "c"]) await get(key);
    await get("a"); // a is fresh again
    await get("d"); // b, the least recently used, goes
    expect(cache.stats().entries).toBe(3);
    const computed = clock.computed;
    await get("a");
    expect(clock.computed).toBe(computed);
    await get("b");
    expect(clock.computed).toBe(computed + 1);
    const sized = harness({ ttlMs: 1000, maxEntries: 10, maxBytes: 20 });
    await sized.get("aaaa"); // 6 bytes, counted twice (room for its compressed forms)
    await sized.get("bbbb");
    expect(sized.cache.stats().entries).toBe(1);
  });

  it("keys a query regardless of key and list order", () => {
    expect(cacheKey({ kinds: ["B", "A"], limit: 5, q: undefined })).toBe(cacheKey({ limit: 5, kinds: ["A", "B"] }));
    expect(cacheKey({ limit: 5 })).not.toBe(cacheKey({ limit: 6 }));
    expect(cacheKey({ detail: "lean" })).not.toBe(cacheKey({ detail: "full" }));
  });
});

describe("cluster URIs", () => {
  it("shares bookmarks (causal consistency) only where the driver routes", async () => {
    expect(isRoutingUri("neo4j://core1:7687")).toBe(true);
    expect(isRoutingUri("neo4j+s://abcd.databases.neo4j.io")).toBe(true);
    expect(isRoutingUri("neo4j+ssc://host")).toBe(true);
    expect(isRoutingUri("bolt://127.0.0.1:7687")).toBe(false);
    expect(isRoutingUri("bolt+s://host")).toBe(false);
    // Constructing a Database opens no connection; closing it is enough.
    const db = new Database({
      uri: "neo4j://127.0.0.1:1",
      user: "u",
      password: "p",
      mode: "external",
      queryTimeoutMs: 1,
    });
    await db.close();
  });
});

describe("graph response cache, no-cache requests", () => {
  it("reads anew for a no-cache request and keeps that answer for the next one", async () => {
    const clock = { now: 0, computed: 0 };
    const cache = responseCache<{ text: string; bytes: number }>(
      () => 0,
      { ttlMs: 1000, maxEntries: 3, maxBytes: 1_000_000 },
      () => clock.now,
    );
    const get = (fresh: boolean) => cache.get("a", async () => value(`a#${++clock.computed}`), fresh);
    expect((await get(false)).text).toBe("a#1");
    expect((await get(true)).text).toBe("a#2");
    expect((await get(false)).text).toBe("a#2");
    expect(clock.computed).toBe(2);
  });
});
