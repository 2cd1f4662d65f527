import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

// Sealing of the app's bookkeeping (accounts, sessions, API tokens, the audit trail) under a key Neo4j never
// sees: every property that is not a lookup key is AES-256-GCM over a JSON blob, lookups go through
// HMAC-SHA256 keys, and the audit chain links entries with HMACs. Pure (no I/O); the key comes from
// config/app-secret.ts. Whoever can read the database — an analyst's Cypher included — gets ciphertext.

const VERSION = "v1";

export interface Sealer {
  /** JSON → "v1.<base64url(iv|tag|ciphertext)>", bound to `context` (label and lookup key) as associated data. */
  seal(value: unknown, context: string): string;
  /** The value sealed under `context`; throws SealError if the blob was changed, moved or made under another key. */
  unseal<T = unknown>(blob: unknown, context: string): T;
  /** A stable, secret-keyed lookup key (hex) for a value of a kind, e.g. lookup("user", "alice"). */
  lookup(kind: string, value: string): string;
  /** The audit chain link: HMAC over the previous link, the entry's sequence number and its sealed content. */
  chain(prevHash: string, seq: number, ...parts: string[]): string;
}

export class SealError extends Error {
  constructor(context: string) {
    super(
      `Sealed bookkeeping data for ${context} could not be opened (changed, moved, or sealed under another APP_SECRET)`,
    );
    this.name = "SealError";
  }
}

function derive(master: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), `chainatlas/${info}`, 32));
}

/** A sealer for a master key (≥ 32 bytes); three keys derived from it, one per purpose. */
export function createSealer(master: Buffer): Sealer {
  if (master.length < 32) throw new Error("The bookkeeping master key must be at least 32 bytes");
  const encKey = derive(master, "seal");
  const lookupKey = derive(master, "lookup");
  const chainKey = derive(master, "audit-chain");
  return {
    seal(value, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", encKey, iv);
      cipher.setAAD(Buffer.from(context, "utf8"));
      const body = Buffer.concat([cipher.update(JSON.stringify(value ?? null), "utf8"), cipher.final()]);
      return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
    },
    unseal<T>(blob: unknown, context: string): T {
      if (typeof blob !== "string" || !blob.startsWith(`${VERSION}.`)) throw new SealError(context);
      const raw = Buffer.from(blob.slice(VERSION.length + 1), "base64url");
      if (raw.length < 28) throw new SealError(context);
      try {
        const decipher = createDecipheriv("aes-256-gcm", encKey, raw.subarray(0, 12));
        decipher.setAAD(Buffer.from(context, "utf8"));
        decipher.setAuthTag(raw.subarray(12, 28));
        const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
        return JSON.parse(text) as T;
      } catch {
        throw new SealError(context);
      }
    },
    lookup(kind, value) {
      return createHmac("sha256", lookupKey).update(`${kind}\u0000${value}`).digest("hex");
    },
    chain(prevHash, seq, ...parts) {
      const mac = createHmac("sha256", chainKey).update(`${prevHash}\u0000${seq}`);
      for (const part of parts) mac.update(`\u0000${part}`);
      return mac.digest("hex");
    },
  };
}
