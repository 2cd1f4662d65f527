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

/** Apply cypher/schema/*.cypher in file order; every statement is IF NOT EXISTS, so this is idempotent. */
export async function applySchema(db: Database): Promise<number> {
  const statements = schemaStatements();
  for (const { statement } of statements) {
    await db.writeTx((tx) => tx.raw(statement));
  }
  await db.writeTx((tx) => tx.raw("CALL db.awaitIndexes(60)"), { timeoutMs: 70_000 });
  return statements.length;
}
