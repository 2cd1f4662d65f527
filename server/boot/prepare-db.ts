import type { Env } from "../config/env";
import type { Database } from "../db/database";
import { bookkeepingSealer } from "../config/app-secret";
import { applySchema } from "../db/schema";
import { sealLegacyBookkeeping } from "./seal-bookkeeping";
import { countGraph, loadSeed } from "../../seed/load";

/** Schema always (idempotent), then the one-time sealing of plaintext bookkeeping; the seed when the database has no domain nodes yet (or SEED_ON_START=always). */
export async function prepareDatabase(db: Database, env: Pick<Env, "SEED_ON_START">, log: (line: string) => void) {
  const statements = await applySchema(db);
  log(`schema: ${statements} statements applied (idempotent)`);
  const sealed = await sealLegacyBookkeeping(db, bookkeepingSealer());
  if (sealed.users + sealed.sessions + sealed.tokens + sealed.audit > 0) {
    log(`bookkeeping sealed (one-time upgrade): ${sealed.users} users, ${sealed.sessions} sessions, ${sealed.tokens} API tokens, ${sealed.audit} audit entries`);
  }
  const before = await countGraph(db);
  const shouldSeed = env.SEED_ON_START === "always" || (env.SEED_ON_START === "auto" && before.nodes === 0);
  if (shouldSeed) {
    const loaded = await loadSeed(db);
    log(`seed: ${loaded.nodes} nodes and ${loaded.links} links merged`);
  } else {
    log(`database has ${before.nodes} nodes and ${before.links} links; not seeding (npm run seed re-runs it)`);
  }
}
