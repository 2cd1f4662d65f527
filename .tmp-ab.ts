import { benchInstance, fmt, stats } from "./bench/lib";
import neo4j from "neo4j-driver";
import fs from "node:fs";
const { local, db, connection } = await benchInstance("bench-scale", { reset: false });
const c = connection as any;
const d = neo4j.driver(c.uri, neo4j.auth.basic(c.user, c.password), { disableLosslessIntegers: true });
const s0 = d.session({ defaultAccessMode: neo4j.session.READ });
const ids = (await s0.run("MATCH (n:Entity) WHERE n.kind IN ['Enterprise','University','ResearchInstitute','Technology'] WITH n, COUNT { (n)--() } AS d ORDER BY d DESC LIMIT 5000 RETURN n.id AS id")).records.map((r) => r.get("id"));
await s0.close();
const start = fs.readFileSync("cypher/graph/neighbor-start.cypher", "utf8");
const ring = fs.readFileSync("cypher/graph/neighbor-ring.cypher", "utf8");
const links = fs.readFileSync("cypher/graph/links-among.cypher", "utf8");
const one = fs.readFileSync("/tmp/one-ring.cypher", "utf8");
const t: Record<string, number[]> = { three: [], one: [] };
let mismatch = 0;
for (let i = 0; i < 400; i++) {
  const id = ids[(i * 7919) % ids.length];
  const s = d.session({ defaultAccessMode: neo4j.session.READ });
  let a = performance.now();
  const A = await s.executeRead(async (tx) => {
    const st = await tx.run(start, { id });
    const rg = await tx.run(ring, { frontier: [id], exclude: [id], types: null, kinds: null, skip: neo4j.int(0), limit: neo4j.int(100) });
    const all = [id, ...rg.records.map((r) => r.get("node").id)];
    const lk = await tx.run(links, { ids: all, idSet: Object.fromEntries(all.map((x) => [x, true])), types: null, sources: null });
    return { ring: rg.records.map((r) => r.get("node").id), links: lk.records.length };
  });
  t.three.push(performance.now() - a);
  a = performance.now();
  const B = await s.executeRead(async (tx) => {
    const r = (await tx.run(one, { id, types: null, kinds: null, skip: neo4j.int(0), limit: neo4j.int(100) })).records[0];
    return { ring: r.get("ring").map((x: any) => x[0].id), links: r.get("links").length };
  });
  t.one.push(performance.now() - a);
  if (JSON.stringify(A) !== JSON.stringify(B)) mismatch++;
  await s.close();
}
for (const [k, v] of Object.entries(t)) { const st = stats(v); console.log(k, "median", fmt(st.median), "p95", fmt(st.p95)); }
console.log("mismatch", mismatch);
await d.close(); await db.close(); await local.stop();
