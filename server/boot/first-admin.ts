import type { Env } from "../config/env";
import type { Database } from "../db/database";
import { SYSTEM } from "../features/auth/users.service";
import { coreServices } from "../app";

/**
 * First run (no account yet): create the admin from ADMIN_USERNAME / ADMIN_PASSWORD, or with a generated
 * password printed once here — it is stored only as a bcrypt hash. Later runs change nothing.
 */
export async function ensureFirstAdmin(
  db: Database,
  env: Pick<Env, "ADMIN_USERNAME" | "ADMIN_PASSWORD">,
  log: (line: string) => void,
): Promise<void> {
  const { users } = coreServices(db).access;
  if ((await users.counts()).users > 0) return;
  const created = await users.create(SYSTEM, {
    username: env.ADMIN_USERNAME,
    role: "admin",
    password: env.ADMIN_PASSWORD ?? null,
  });
  if (!created.password) {
    log(`created admin account '${env.ADMIN_USERNAME}' with the password from ADMIN_PASSWORD`);
    return;
  }
  // stdout, whatever LOG_LEVEL says: this is the only time the password can be seen.
  process.stdout.write(
    `\n  ChainAtlas: first run — created the admin account\n    user:     ${env.ADMIN_USERNAME}\n    password: ${created.password}\n` +
      "  Write it down now; it is not shown again (an admin can reset passwords on /admin).\n\n",
  );
}
