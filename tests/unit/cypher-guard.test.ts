import { describe, expect, it } from "vitest";
import { parameterNames, tokenize } from "../../server/contracts/cypher-lexer";
import { guardCypher, withoutTrailingSemicolon } from "../../server/features/queries/cypher-guard";

describe("cypher guard (layer 1 of the read-only pipeline)", () => {
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
    "CALL dbms.components()",
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
    expect(parameterNames("MATCH (n {id: $id}) WHERE n.x = $`x y` RETURN $id, '$notParam' // $comment")).toEqual(["id", "x y"]);
  });
});
