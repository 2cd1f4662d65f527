// The app through a routing URI (neo4j://, as for a cluster or Aura): the driver fetches a routing table,
// sends reads with READ access mode, and every session shares one bookmark manager, so a write followed by a
// read sees the write. Community has no cluster: this is the one-member case, tested where possible.
import { inject } from "vitest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Database } from "../../server/db/database";
import { startTestApp, type RunningApp } from "../setup/test-db";
import { problemBody } from "../setup/problem-fixture";

let app: RunningApp;
const cleanup: string[] = [];
beforeAll(async () => {
  const { uri, user, password } = inject("neo4j");
  const routed = uri.replace(/^bolt:/, "neo4j:");
  expect(routed).toMatch(/^neo4j:\/\//);
  app = await startTestApp(
    new Database({ uri: routed, user, password, mode: "external", queryTimeoutMs: 30_000, validateRows: true }),
  );
});
afterAll(async () => {
  for (const path of cleanup.reverse()) await app.send("DELETE", path);
  await app.close();
});

describe("a routing URI (neo4j://)", () => {
  it("reads through the routing table, and a write is seen by the next read (bookmarks)", async () => {
    const before = await app.get("/api/graph?kinds=Problem&limit=5000");
    expect(before.status).toBe(200);
    const created = await app.send(
      "POST",
      "/api/problems",
      problemBody("测试：路由地址下的写后读", "测试用榜单，用于验证 neo4j:// 下写入后立即可读。"),
    );
    expect(created.status).toBe(201);
    cleanup.push(`/api/problems/${created.body.id}`);
    const after = await app.get("/api/graph?kinds=Problem&limit=5000");
    expect(after.body.nodes.map((n: { id: string }) => n.id)).toContain(created.body.id);
    const node = await app.get(`/api/nodes/${encodeURIComponent(created.body.id)}`);
    expect(node.status).toBe(200);
  });
});
