import fs from "node:fs";
import path from "node:path";
import type { Database } from "./database";
import { CYPHER_DIR, splitStatements } from "./query";

export function schemaStatements(): { file: string; statement: string }[] {
  const dir = path.join(CYPHER_DIR, "schema");
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".cypher"))
    .sort()
    .flatMap((file) => splitStatements(fs.readFileSync(path.join(dir, file), "utf8")).map((statement) => ({ file, statement })));
}

/** The name a schema statement creates (`CREATE [FULLTEXT ]INDEX|CONSTRAINT <name> IF NOT EXISTS …`), if it names one. */
export function schemaObjectName(statement: string): string | null {
  return /^\s*CREATE\s+(?:(?:FULLTEXT|RANGE|TEXT|POINT|VECTOR|LOOKUP)\s+)?(?:INDEX|CONSTRAINT)\s+`?([A-Za-z_][A-Za-z0-9_]*)`?\s+IF\s+NOT\s+EXISTS/i.exec(statement)?.[1] ?? null;
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
 * Apply cypher/schema/*.cypher in file order. Every statement is IF NOT EXISTS, so this is idempotent; to keep
 * a warm start quick, statements whose index or constraint already exists are skipped (one read instead of a
 * write transaction each), and the wait for indexes to come online only happens when something was created.
 * Returns how many statements there are and how many were run.
 */
export async function applySchema(db: Database): Promise<{ statements: number; applied: number }> {
  const statements = schemaStatements();
  const existing = await existingSchemaNames(db);
  const missing = statements.filter(({ statement }) => {
    const name = schemaObjectName(statement);
    return !existing || !name || !existing.has(name);
  });
  for (const { statement } of missing) await db.writeTx((tx) => tx.raw(statement));
  if (missing.length) await db.writeTx((tx) => tx.raw("CALL db.awaitIndexes(60)"), { timeoutMs: 70_000 });
  return { statements: statements.length, applied: missing.length };
}
