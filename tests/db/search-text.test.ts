import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../server/db/database";
import { applySchema } from "../../server/db/schema";
import { namesQuery } from "../../server/features/search/search.repo";
import { backfillSearchText } from "../../server/shared/search-text";
import { expectSearchTextsCurrent } from "../setup/search-texts";
import { startTestApp, type RunningApp } from "../setup/test-db";

// Decision 043: name search's substring part is served by a TEXT index on a derived search text (`_search`).
let app: RunningApp;
let db: Database;
const PREFIX = "ent:t43-";
beforeAll(async () => {
  app = await startTestApp();
  db = app.db;
});
afterAll(async () => {
  await db.writeTx((tx) => tx.raw("MATCH (n:Entity) WHERE n.id STARTS WITH $p DETACH DELETE n", { p: PREFIX }));
  await app.close();
});

function operators(plan: { operatorType: string; children: unknown[] }): string[] {
  return [plan.operatorType, ...plan.children.flatMap((child) => operators(child as typeof plan))];
}

describe("name search at scale (decision 043)", () => {
  it("serves the substring part from the TEXT index, not a scan of every entity", async () => {
    const plan = await db.readTx(async (tx) => {
      const params = { lucene: "半导*", needle: "半导", kinds: null, limit: 10 };
      return (await tx.raw(`EXPLAIN ${namesQuery.text}`, params)).summary.plan;
    });
    expect(plan).toBeTruthy();
    const ops = operators(plan as never).map((op) => op.replace(/@.*$/, ""));
    expect(ops).toContain("NodeIndexContainsScan");
    expect(ops).not.toContain("NodeByLabelScan");
    expect(ops).not.toContain("AllNodesScan");
  });

  it("after the seed, every entity's search text equals its definition", async () => {
    expect(await expectSearchTextsCurrent(db)).toBeGreaterThan(100);
  });

  it("start-up fills an entity written outside the app, and search finds it by a mid-word fragment", async () => {
    const id = `${PREFIX}outside`;
    await db.writeTx((tx) =>
      tx.raw(
        "CREATE (:Entity:Org {id: $id, kind: 'Enterprise', name: '株洲四十三号测试厂', nameEn: 'Zeta Widgets', aliases: ['ZW43']})",
        { id },
      ),
    );
    const before = await app.get(`/api/search?q=${encodeURIComponent("idget")}`);
    expect(before.body.hits.map((h: { id: string }) => h.id)).not.toContain(id); // not indexed yet
    expect((await applySchema(db)).searchTextsFilled).toBe(1);
    expect((await applySchema(db)).searchTextsFilled).toBe(0); // idempotent
    for (const q of ["十三号测", "idget", "zw4", "ZETA WIDGETS"]) {
      const { status, body } = await app.get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(status).toBe(200);
      expect(body.hits.map((h: { id: string }) => h.id)).toContain(id);
    }
    // A needle never matches across the line break that joins the names ("…厂" + "\n" + "zeta …").
    const across = await app.get(`/api/search?q=${encodeURIComponent("厂\nzeta")}`);
    expect(across.status).toBe(200);
    expect(across.body.hits.map((h: { id: string }) => h.id)).not.toContain(id);
    await expectSearchTextsCurrent(db);
  });

  it("fills in batches: more entities than one batch are all filled", async () => {
    await db.writeTx((tx) =>
      tx.raw(
        "UNWIND range(1, 25) AS i CREATE (:Entity:Org {id: $p + 'batch-' + i, kind: 'Enterprise', name: '批' + i})",
        {
          p: PREFIX,
        },
      ),
    );
    expect(await backfillSearchText(db, 10)).toBe(25);
    expect(await backfillSearchText(db, 10)).toBe(0);
    await expectSearchTextsCurrent(db);
  });

  it("is not shown as a property of a node, nor offered to the analyst's editor", async () => {
    const { body } = await app.get(`/api/nodes/${encodeURIComponent(`${PREFIX}outside`)}`);
    expect(JSON.stringify(body)).toContain("株洲四十三号测试厂");
    expect(JSON.stringify(body)).not.toContain("_search");
    const schema = await app.get("/api/queries/schema");
    expect(schema.status).toBe(200);
    expect(schema.body.propertyKeys).toContain("nameEn");
    expect(schema.body.propertyKeys).not.toContain("_search");
  });
});
