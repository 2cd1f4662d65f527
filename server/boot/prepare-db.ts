import type { Env } from "../config/env";
import type { Database } from "../db/database";
import { bookkeepingSealer } from "../config/app-secret";
import { applySchema } from "../db/schema";
import { countDomainNodes } from "../shared/graph-upserts";
import { sealLegacyBookkeeping } from "./seal-bookkeeping";
import { loadSeed } from "../../seed/load";
import { stagedWriter } from "../features/import/staging";
import { stagingRepo } from "../features/import/staging.repo";

/**
 * Schema always (idempotent; existing indexes are skipped), recovery of interrupted imports, then the one-time sealing of plaintext bookkeeping;
 * the seed when the database has no domain nodes yet (or SEED_ON_START=always). Only the count store is read
 * before serving: counting relationships of a large graph took seconds of a warm start.
 */
export async function prepareDatabase(
  db: Database,
  env: Pick<Env, "SEED_ON_START" | "IMPORT_BATCH_ROWS" | "IMPORT_TIMEOUT_MS">,
  log: (line: string) => void,
) {
  const schema = await applySchema(db);
  log(`schema: ${schema.applied} of ${schema.statements} statements applied (the rest exist already)`);
  if (schema.searchTextsFilled > 0) log(`search: ${schema.searchTextsFilled} entities given their search text`);
  // Independent start-up reads run side by side (on a just-started JVM each first query costs most of a second):
  // the recovery of an import killed mid-way (staged rows discarded, a committed one completed; decision 039),
  // then the count that decides seeding; and the one-time sealing of plaintext bookkeeping.
  const staging = stagedWriter(stagingRepo(db), { batchRows: env.IMPORT_BATCH_ROWS, timeoutMs: env.IMPORT_TIMEOUT_MS });
  const [nodes, sealed] = await Promise.all([
    staging.recover(log).then(async () => (await db.read(countDomainNodes, {}))[0]?.nodes ?? 0),
    sealLegacyBookkeeping(db, bookkeepingSealer()),
  ]);
  if (sealed.users + sealed.sessions + sealed.tokens + sealed.audit > 0) {
    log(
      `bookkeeping sealed (one-time upgrade): ${sealed.users} users, ${sealed.sessions} sessions, ${sealed.tokens} API tokens, ${sealed.audit} audit entries`,
    );
  }
  const shouldSeed = env.SEED_ON_START === "always" || (env.SEED_ON_START === "auto" && nodes === 0);
  if (shouldSeed) {
    const loaded = await loadSeed(db);
    log(`seed: ${loaded.nodes} nodes and ${loaded.links} links merged`);
  } else {
    log(`database has ${nodes} domain nodes; not seeding (npm run seed re-runs it)`);
  }
}
