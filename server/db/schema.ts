import fs from "node:fs";
import path from "node:path";
import type { Database } from "./database";
import { backfillSearchText } from "../shared/search-text";
import { CYPHER_DIR, splitStatements } from "./query";

export function schemaStatements(): { file: string; statement: string }[] {
  const dir = path.join(CYPHER_DIR, "schema");
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".cypher"))
    .sort()
    .flatMap((file) =>
      splitStatements(fs.readFileSync(path.join(dir, file), "utf8")).map((statement) => ({ file, statement })),
    );
}

/**
 * What a schema statement does to which named index or constraint: `CREATE … <name> IF NOT EXISTS` or
 * `DROP INDEX|CONSTRAINT <name> IF EXISTS`; null for anything else (which is then always run).
 */
export function schemaStep(statement: string): { op: "create" | "drop"; name: string } | null {
  const create =
    /^\s*CREATE\s+(?:(?:FULLTEXT|RANGE|TEXT|POINT|VECTOR|LOOKUP)\s+)?(?:INDEX|CONSTRAINT)\s+`?([A-Za-z_][A-Za-z0-9_]*)`?\s+IF\s+NOT\s+EXISTS/i.exec(
      statement,
    );
  if (create) return { op: "create", name: create[1]! };
  const drop = /^\s*DROP\s+(?:INDEX|CONSTRAINT)\s+`?([A-Za-z_][A-Za-z0-9_]*)`?\s+IF\s+EXISTS\s*$/i.exec(statement);
  return drop ? { op: "drop", name: drop[1]! } : null;
}

/** Names of the indexes and constraints the database already has; null if the server will not say. */
async function existingSchemaNames(db: Database): Promise<Set<string> | null> {
  try {
    return await db.readTx(async (tx) => {
      const names = new Set<string>();
      for (const show of ["SHOW INDEXES YIELD name", "SHOW CONSTRAINTS YIELD name"]) {
        for (const record of (await tx.raw(show)).records) names.add(String(record.get("name")));
      }
      return names;
    });
  } catch {
    return null;
  }
}

/**
 * Apply cypher/schema/*.cypher in file order. Every statement is IF [NOT] EXISTS, so this is idempotent; to keep
 * a warm start quick, a CREATE whose index or constraint exists and a DROP whose object is gone are skipped (one
 * read instead of a write transaction each), and the wait for indexes only happens when something was created.
 * Then entities without a derived search text get one, in batches (decision 043; one read when none is missing).
 * Returns how many statements there are, how many were run and how many search texts were filled.
 */
export async function applySchema(
  db: Database,
): Promise<{ statements: number; applied: number; searchTextsFilled: number }> {
  const statements = schemaStatements();
  const existing = await existingSchemaNames(db);
  const missing = statements.filter(({ statement }) => {
    const step = schemaStep(statement);
    if (!existing || !step) return true;
    return step.op === "create" ? !existing.has(step.name) : existing.has(step.name);
  });
  for (const { statement } of missing) await db.writeTx((tx) => tx.raw(statement));
  if (missing.length) await db.writeTx((tx) => tx.raw("CALL db.awaitIndexes(60)"), { timeoutMs: 70_000 });
  const searchTextsFilled = await backfillSearchText(db);
  return { statements: statements.length, applied: missing.length, searchTextsFilled };
}
