import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { instancePaths } from "../db/local/paths";
import { createSealer, type Sealer } from "../shared/seal";
import { EnvError, type Env } from "./env";

// Where the bookkeeping key comes from (docs/security.md): APP_SECRET if set; else the file APP_SECRET_FILE;
// else, for the managed Neo4j only, `app-secret.key` in the instance folder. A missing key file is created
// once (32 random bytes, mode 0600). An external database (NEO4J_URI) needs APP_SECRET or APP_SECRET_FILE: the key must outlive
// this machine's checkout just as the database does, so it is never generated silently for one.

export type SecretSource = Pick<Env, "APP_SECRET" | "APP_SECRET_FILE" | "NEO4J_URI" | "CHAINATLAS_INSTANCE">;

export function defaultKeyFile(instance: string): string {
  return path.join(instancePaths(instance).root, "app-secret.key");
}

function readOrCreateKeyFile(file: string): Buffer {
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(32), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error; // another process made it first
    }
  }
  const key = fs.readFileSync(file);
  if (key.length < 32) throw new EnvError(`APP_SECRET_FILE: ${file} holds ${key.length} bytes; it needs at least 32`);
  return key;
}

/** The master key for sealing bookkeeping; throws EnvError naming the variable when none can be had. */
export function resolveAppSecret(env: SecretSource): Buffer {
  if (env.APP_SECRET) return createHash("sha256").update(env.APP_SECRET, "utf8").digest();
  if (env.APP_SECRET_FILE) return readOrCreateKeyFile(env.APP_SECRET_FILE);
  if (env.NEO4J_URI) {
    throw new EnvError(
      "APP_SECRET: required with an external database (NEO4J_URI) — set APP_SECRET (≥ 32 characters) or APP_SECRET_FILE (a file of ≥ 32 random bytes); it seals accounts, sessions, tokens and the audit trail",
    );
  }
  return readOrCreateKeyFile(defaultKeyFile(env.CHAINATLAS_INSTANCE));
}

let current: Sealer | null = null;

/** Set the process's sealer (main.ts, after parsing the environment). */
export function configureSealer(master: Buffer): Sealer {
  current = createSealer(master);
  return current;
}

/**
 * The process's sealer. Without configureSealer (CLIs, tests) it is resolved once from process.env the same
 * way main.ts does it (tests point APP_SECRET_FILE at the test instance's key).
 */
export function bookkeepingSealer(): Sealer {
  if (current) return current;
  const env = process.env;
  return configureSealer(
    resolveAppSecret({
      APP_SECRET: env.APP_SECRET || undefined,
      APP_SECRET_FILE: env.APP_SECRET_FILE || undefined,
      NEO4J_URI: env.NEO4J_URI || undefined,
      CHAINATLAS_INSTANCE: env.CHAINATLAS_INSTANCE || "app",
    }),
  );
}
