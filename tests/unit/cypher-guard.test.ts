import { describe, expect, it } from "vitest";
import { parameterNames, tokenize, tooComplex } from "../../server/contracts/cypher-lexer";
import { guardCypher, withoutTrailingSemicolon } from "../../server/features/queries/cypher-guard";

describe("cypher guard (layer 1 of the read-only pipeline, an allow-list)", () => {
  it.each([
    ["CREATE (n:X)", "write-clause", "CREATE"],
    ["MATCH (n) MERGE (m:X {id: 1})", "write-clause", "MERGE"],
    ["MATCH (n:Entity) SET n.name = 'x'", "write-clause", "SET"],
    ["MATCH (n) DELETE n", "write-clause", "DELETE"],
    ["MATCH (n) REMOVE n.name", "write-clause", "REMOVE"],
    ["MATCH (n) DETACH DELETE n", "write-clause", "DETACH"],
    ["MATCH (n) FOREACH (x IN [1] | SET n.x = x)", "write-clause", "FOREACH"],
    ["match (n) detach delete n", "write-clause", "DETACH"],
    ["/* harmless */ MATCH (n) // read only\n cReAtE (m)", "write-clause", "CREATE"],
    ["MATCH (n) WHERE n.name = 'RETURN 1' CREATE (m)", "write-clause", "CREATE"],
    ["CALL db.createLabel('Foo')", "procedure", "db.createlabel"],
    ["CALL dbms.listConfig()", "procedure", "dbms.listconfig"],
    ["CALL dbms.security.createUser('x', 'y')", "procedure", "dbms.security.createuser"],
    ["CALL apoc.load.json('http://example.org') YIELD value RETURN value", "procedure", "apoc.load.json"],
    ["CALL `db`.`createLabel`('x')", "procedure", "db.createlabel"],
    ["RETURN apoc.text.join(['a'], ',')", "function", "apoc.text.join"],
    ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", "load-csv", "LOAD CSV"],
    ["load csv from 'https://x' as l return l", "load-csv", "LOAD CSV"],
    ["USE system SHOW USERS", "use", "USE"],
    ["CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN n", "in-transactions", "IN TRANSACTIONS"],
    ["MATCH (n) RETURN n; MATCH (m) DETACH DELETE m", "multiple-statements", ";"],
    ["RETURN 1; RETURN 2", "multiple-statements", ";"],
    ["CALL (n) { CREATE (m) }", "write-clause", "CREATE"],
    ["SHOW TRANSACTION YIELD currentQuery, parameters", "clause", "SHOW"],
    ["SHOW TRANSACTIONS", "clause", "SHOW"],
    ["show settings", "clause", "SHOW"],
    ["TERMINATE TRANSACTION 'neo4j-transaction-1'", "clause", "TERMINATE"],
    ["EXPLAIN MATCH (n) RETURN n", "clause", "EXPLAIN"],
    ["PROFILE MATCH (n) RETURN n", "clause", "PROFILE"],
    ["CYPHER runtime=slotted MATCH (n) RETURN n", "clause", "CYPHER"],
    ["START DATABASE neo4j", "clause", "START"],
    ["MATCH (n) RETURN n UNION SHOW USERS", "clause", "SHOW"],
    [
      "MATCH (n) CALL { SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery } RETURN currentQuery",
      "clause",
      "SHOW",
    ],
    ["MATCH (n) FINISH", "clause", "FINISH"],
    ["CALL dbms.components()", "procedure", "dbms.components"],
    ["CALL db.schema.nodeTypeProperties()", "procedure", "db.schema.nodetypeproperties"],
    ["CALL dbms.listTransactions()", "procedure", "dbms.listtransactions"],
  ])("refuses %s", (text, reason, keyword) => {
    const refusal = guardCypher(text);
    expect(refusal).toMatchObject({ reason, keyword });
    expect(refusal!.line).toBeGreaterThanOrEqual(1);
  });

  it.each([
    "MATCH (n:Entity) WHERE n.name CONTAINS 'CREATE' RETURN n",
    'MATCH (n) WHERE n.note = "DETACH DELETE everything" RETURN n',
    "MATCH (n) // DELETE n\nRETURN n",
    "MATCH (n) /* SET n.x = 1; DROP */ RETURN n.set AS settings, n.`delete` AS d",
    "MATCH (n:Entity) RETURN n {.name, create: 1}",
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.index.fulltext.queryNodes('entity_names', 'igbt') YIELD node RETURN node",
    "CALL db.schema.visualization()",
    "MATCH (n) WHERE EXISTS { MATCH (n)--(m) } AND COUNT { (n)--() } > 1 RETURN n, COLLECT { MATCH (n)--(x) RETURN x.id } AS ids",
    "MATCH (n:Org) RETURN n.name UNION ALL MATCH (n:Tech) RETURN n.name",
    "OPTIONAL MATCH (n) WITH n UNWIND [1, 2] AS x RETURN x ORDER BY x SKIP 1 LIMIT 5",
    "MATCH (n) CALL { WITH n RETURN n.id AS y } RETURN y",
    "MATCH (n) RETURN n {.name, show: 1, set: n.set}",
    "MATCH (n) CALL (n) { RETURN n.id AS x } RETURN x",
    "RETURN point.distance(point({x: 0, y: 0}), point({x: 1, y: 1})), date.truncate('month', date())",
    "MATCH (n) RETURN n;",
    "MATCH (a:Org)-[:COLLABORATES_WITH]-(b) RETURN a.name, count(b) ORDER BY count(b) DESC",
  ])("allows %s", (text) => {
    expect(guardCypher(text)).toBeNull();
  });

  it("drops one trailing semicolon, nothing else", () => {
    expect(withoutTrailingSemicolon("RETURN ';' ;  ")).toBe("RETURN ';'");
    expect(withoutTrailingSemicolon("RETURN 1")).toBe("RETURN 1");
  });

  it("tokenizes strings, escapes, quoted names and parameters, and lists parameters once", () => {
    const tokens = tokenize("MATCH (n {id: $id}) WHERE n.name = 'it\\'s' AND n.`odd name` = $`x y` RETURN $id");
    expect(tokens.filter((t) => t.kind === "string").map((t) => t.text)).toEqual(["it's"]);
    expect(tokens.filter((t) => t.kind === "quoted").map((t) => t.text)).toEqual(["odd name"]);
    expect(parameterNames("MATCH (n {id: $id}) WHERE n.x = $`x y` RETURN $id, '$notParam' // $comment")).toEqual([
      "id",
      "x y",
    ]);
  });
});

describe("complexity limits in the lexer", () => {
  const limits = { maxLength: 20_000, maxDepth: 64 };
  it("refuses text longer than the limit and nesting deeper than the limit, naming where", () => {
    expect(tooComplex("RETURN 1" + " ".repeat(20_000), limits)).toMatchObject({ reason: "length", limit: 20_000 });
    const bomb = (depth: number) => "RETURN " + "(".repeat(depth) + "1" + ")".repeat(depth);
    expect(tooComplex(bomb(64), limits)).toBeNull();
    expect(tooComplex(bomb(65), limits)).toMatchObject({
      reason: "depth",
      limit: 64,
      offset: 7 + 64,
      line: 1,
      column: 8 + 64,
    });
    expect(tooComplex("RETURN " + "[".repeat(500), limits)).toMatchObject({ reason: "depth" });
  });
  it("does not count brackets in strings or comments", () => {
    expect(tooComplex(`RETURN '${"(".repeat(500)}' // ${"{".repeat(500)}`, limits)).toBeNull();
  });
});
