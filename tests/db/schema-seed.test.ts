import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../server/db/database";
import { applySchema, schemaStatements } from "../../server/db/schema";
import { readDataset, REPLY_FILE, squash } from "../../seed/dataset";
import { countGraph, loadSeed } from "../../seed/load";
import fs from "node:fs";
import { testDb } from "../setup/test-db";

let db: Database;
beforeAll(() => {
  db = testDb();
});
afterAll(async () => {
  await db.close();
});

async function schemaSnapshot() {
  return db.readTx(async (tx) => {
    const constraints = await tx.raw("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name");
    const indexes = await tx.raw("SHOW INDEXES YIELD name, state RETURN name, state ORDER BY name");
    return {
      constraints: constraints.records.map((r) => r.get("name") as string),
      indexes: indexes.records.map((r) => `${r.get("name")}:${r.get("state")}`),
    };
  });
}

describe("schema", () => {
  it("applies idempotently: a second run changes nothing and every index is online", async () => {
    await applySchema(db);
    const first = await schemaSnapshot();
    await applySchema(db);
    const second = await schemaSnapshot();
    expect(second).toEqual(first);
    expect(first.constraints).toContain("entity_id");
    expect(first.indexes).toContain("entity_names:ONLINE");
    expect(schemaStatements().length).toBeGreaterThan(3);
  });

  it("skips what exists: a warm start runs no schema statement", async () => {
    await applySchema(db);
    expect(await applySchema(db)).toEqual({ statements: schemaStatements().length, applied: 0, searchTextsFilled: 0 });
  });

  it("rejects a duplicate id (the uniqueness constraint is real)", async () => {
    await expect(
      db.writeTx((tx) =>
        tx.raw("CREATE (:Entity {id: 'tech:sic-device-dup-test'}), (:Entity {id: 'tech:sic-device-dup-test'})"),
      ),
    ).rejects.toThrow();
    const left = await db.readTx((tx) =>
      tx.raw("MATCH (n:Entity {id: 'tech:sic-device-dup-test'}) RETURN count(n) AS c"),
    );
    expect(left.records[0]?.get("c")).toBe(0);
  });
});

describe("seed", () => {
  it("is idempotent: running it twice gives the same counts", async () => {
    const dataset = readDataset();
    await loadSeed(db, dataset);
    const once = await countGraph(db);
    await loadSeed(db, dataset);
    const twice = await countGraph(db);
    expect(twice).toEqual(once);
    expect(once.nodes).toBe(dataset.nodes.length);
    expect(once.links).toBe(dataset.links.length);
  });

  it("stores provenance and basis on every node and relationship (undated facts simply have no asOf)", async () => {
    const rows = await db.readTx(async (tx) => {
      const nodes = await tx.raw(
        "MATCH (n:Entity) WHERE n.source IS NULL OR n.basis IS NULL OR n.asOf IN ['2025-12-31', '2025-07-01'] " +
          "OR (n.source = 'reply' AND n.quote IS NULL) OR (n.source = 'public' AND (n.url IS NULL OR n.tier IS NULL)) RETURN n.id AS id",
      );
      const links = await tx.raw(
        "MATCH (:Entity)-[r]->(:Entity) WHERE r.source IS NULL OR r.basis IS NULL OR r.asOf IN ['2025-12-31', '2025-07-01'] " +
          "OR (r.source = 'reply' AND r.quote IS NULL) OR (r.source = 'public' AND (r.url IS NULL OR r.tier IS NULL)) RETURN r.id AS id",
      );
      return [...nodes.records, ...links.records].map((r) => r.get("id") as string);
    });
    expect(rows).toEqual([]);
  });

  it("stores only reply quotes that occur verbatim in the reply (whitespace removed)", async () => {
    const reply = squash(fs.readFileSync(REPLY_FILE, "utf8"));
    const quotes = await db.readTx(async (tx) => {
      const result = await tx.raw(
        "MATCH (n:Entity) WHERE n.quote IS NOT NULL RETURN n.quote AS quote UNION ALL MATCH ()-[r]->() WHERE r.quote IS NOT NULL RETURN r.quote AS quote",
      );
      return result.records.map((r) => r.get("quote") as string);
    });
    expect(quotes.length).toBeGreaterThan(20);
    const notVerbatim = quotes.filter((quote) => !reply.includes(squash(quote)));
    expect(notVerbatim).toEqual([]);
  });

  it("rolls back entirely when one row is bad (the database stays as it was)", async () => {
    const before = await countGraph(db);
    const dataset = readDataset();
    const broken = {
      nodes: [...dataset.nodes, { ...dataset.nodes[0]!, id: "ent:rollback-probe" }],
      links: [...dataset.links, { ...dataset.links[0]!, id: "X:dangling", to: "ent:does-not-exist" }],
    };
    await expect(loadSeed(db, broken)).rejects.toThrow(/missing endpoint/);
    expect(await countGraph(db)).toEqual(before);
  });
});
