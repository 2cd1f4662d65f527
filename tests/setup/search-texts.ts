import { expect } from "vitest";
import type { Database } from "../../server/db/database";
import { readSearchTexts, searchTextOf } from "../../server/shared/search-text";

/**
 * Decision 043: walk every :Entity and check its stored search text equals its definition (computed here in
 * TypeScript, independently of the Cypher line the writers carry). Returns how many entities were checked.
 */
export async function expectSearchTextsCurrent(db: Database): Promise<number> {
  const rows = await readSearchTexts(db);
  const drifted = rows
    .filter((row) => row.search !== searchTextOf({ name: row.name, nameEn: row.nameEn, aliases: row.aliases }))
    .map((row) => `${row.id}: ${JSON.stringify(row.search)}`);
  expect(drifted.slice(0, 10)).toEqual([]);
  return rows.length;
}
