import { describe, expect, it } from "vitest";
import { statementFiles } from "./helpers/statement-files";
import { declaredQueries, defineQuery, headerParams, parameterNames } from "../../server/db/query";
import { schemaStatements, schemaStep } from "../../server/db/schema";
import { z } from "zod";

// Statements live in cypher/ and are declared once, typed, by a repo (server/db/query.ts enforces the
// "once" and the parameters at import time). Schema files are applied by the schema step, and library
// queries (cypher/queries/) by their own registry with a header, so both are excluded here.

describe("cypher/ statements", () => {
  it("every statement file is declared by the app, the seed loader or a CLI, and nothing else is", async () => {
    await import("../../server/app");
    await import("../../server/boot/prepare-db");
    await import("../../server/boot/first-admin");
    await import("../../seed/load");
    expect([...declaredQueries()].sort()).toEqual(statementFiles().sort());
  });

  it("refuses a second declaration of the same statement", async () => {
    await import("../../server/shared/graph-upserts");
    expect(() =>
      defineQuery("seed/merge-nodes", { params: z.object({ rows: z.array(z.unknown()) }), row: z.unknown() }),
    ).toThrow(/declared twice/);
  });

  it("reads the // @param header lines", () => {
    expect(
      headerParams("// what it does\n// @param id: string\n// @param limit\n// returns: x\nRETURN $id, $limit"),
    ).toEqual(["id", "limit"]);
  });

  it("reads parameters outside comments and strings", () => {
    expect(
      [...parameterNames("// $notThis\nMATCH (n {id: $id}) WHERE n.x = '$no' AND n.y = \"$nor\" RETURN $limit")].sort(),
    ).toEqual(["id", "limit"]);
  });
});

describe("schema statements", () => {
  it("each creates or drops a named index or constraint, so a warm start can skip what is already so", () => {
    for (const { file, statement } of schemaStatements())
      expect(schemaStep(statement)?.name, `${file}: ${statement}`).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(schemaStep("CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name]")).toEqual({
      op: "create",
      name: "entity_names",
    });
    expect(schemaStep("DROP CONSTRAINT user_username IF EXISTS")).toEqual({ op: "drop", name: "user_username" });
    expect(schemaStep("CALL db.awaitIndexes()")).toBeNull();
  });
});
