// The derived search text of an :Entity (decision 043): its Chinese name, English name and aliases, lower-cased
// and joined by a line break, in one property with a TEXT index, so name search serves its substring part
// (single characters, mid-word fragments) from the index instead of scanning every node.
//
// It must never drift from its definition, so it has exactly one: SEARCH_TEXT_SET below. Every Cypher statement
// that writes an :Entity's properties ends with that line, verbatim (tests/unit/search-text-writers.test.ts
// finds every writer in cypher/ and fails when one lacks it), and start-up fills nodes that have none (older
// databases, or nodes written outside the app) in batches.
import { z } from "zod";
import type { Database } from "../db/database";
import { defineQuery } from "../db/query";

/** The property (internal: hidden from the node panel, exports and backups; see decision 043). */
export const SEARCH_TEXT_KEY = "_search";

/** The one definition, as the Cypher line each writer carries for its node variable `v`. */
export function searchTextSet(v: string): string {
  return (
    `SET ${v}._search = toLower(reduce(text = coalesce(${v}.name, '') + '\\n' + coalesce(${v}.nameEn, ''), ` +
    `alias IN coalesce(${v}.aliases, []) | text + '\\n' + alias))`
  );
}

/** The same definition in TypeScript, for the test that walks every entity (an independent check). */
export function searchTextOf(node: { name?: unknown; nameEn?: unknown; aliases?: unknown }): string {
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  const aliases = Array.isArray(node.aliases) ? node.aliases.map(text) : [];
  return [text(node.name), text(node.nameEn), ...aliases].join("\n").toLowerCase();
}

const backfillQuery = defineQuery("search/backfill", {
  params: z.object({ limit: z.number().int() }),
  row: z.object({ count: z.number() }),
});
const textsQuery = defineQuery("search/texts", {
  params: z.object({}),
  row: z.object({
    id: z.string(),
    name: z.string().nullable(),
    nameEn: z.string().nullable(),
    aliases: z.array(z.string()).nullable(),
    search: z.string().nullable(),
  }),
});

export const SEARCH_BACKFILL_BATCH = 10_000;

/**
 * Give every :Entity without a search text one, in batches of `batch` nodes per transaction (bounded memory on
 * a large database; each batch is idempotent). When nothing is missing this is one read of the label. Returns
 * how many nodes were filled.
 */
export async function backfillSearchText(db: Database, batch = SEARCH_BACKFILL_BATCH): Promise<number> {
  let total = 0;
  for (;;) {
    const count = (await db.write(backfillQuery, { limit: batch }))[0]?.count ?? 0;
    total += count;
    if (count < batch) return total;
  }
}

/** Every entity's names and stored search text (tests compare it with searchTextOf). */
export const readSearchTexts = (db: Database) => db.read(textsQuery, {});
