import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveAppSecret } from "../../server/config/app-secret";
import { EnvError } from "../../server/config/env";
import { createSealer, SealError } from "../../server/shared/seal";

const sealer = createSealer(Buffer.alloc(32, 7));

describe("sealing bookkeeping", () => {
  it("round-trips JSON, and refuses a blob that was changed, moved to another node or sealed under another key", () => {
    const blob = sealer.seal({ username: "alice", passwordHash: "$2b$11$abc" }, "User|k1");
    expect(blob).toMatch(/^v1\./);
    expect(blob).not.toContain("alice");
    expect(sealer.unseal(blob, "User|k1")).toEqual({ username: "alice", passwordHash: "$2b$11$abc" });
    expect(() => sealer.unseal(blob, "User|k2")).toThrow(SealError);
    const flipped = blob.slice(0, 40) + (blob[40] === "A" ? "B" : "A") + blob.slice(41); // a byte of the tag
    expect(() => sealer.unseal(flipped, "User|k1")).toThrow(SealError);
    expect(() => createSealer(Buffer.alloc(32, 8)).unseal(blob, "User|k1")).toThrow(SealError);
    expect(sealer.seal("x", "c")).not.toBe(sealer.seal("x", "c")); // fresh IV every time
  });

  it("derives stable, kind-separated lookup keys and chain links", () => {
    expect(sealer.lookup("user", "alice")).toBe(sealer.lookup("user", "alice"));
    expect(sealer.lookup("user", "alice")).not.toBe(sealer.lookup("session", "alice"));
    expect(sealer.lookup("user", "alice")).not.toBe(createSealer(Buffer.alloc(32, 8)).lookup("user", "alice"));
    expect(sealer.chain("", 1, "m", "b")).not.toBe(sealer.chain("", 2, "m", "b"));
    expect(sealer.chain("", 1, "m", "b")).not.toBe(sealer.chain("", 1, "m", "c"));
  });
});

describe("where the key comes from", () => {
  const base = { APP_SECRET: undefined, APP_SECRET_FILE: undefined, NEO4J_URI: undefined, CHAINATLAS_INSTANCE: "app" };

  it("requires APP_SECRET or APP_SECRET_FILE with an external database", () => {
    expect(() => resolveAppSecret({ ...base, NEO4J_URI: "neo4j+s://x.databases.neo4j.io" })).toThrow(EnvError);
    expect(() => resolveAppSecret({ ...base, NEO4J_URI: "neo4j+s://x.databases.neo4j.io" })).toThrow(/APP_SECRET/);
    expect(resolveAppSecret({ ...base, NEO4J_URI: "bolt://x", APP_SECRET: "a".repeat(32) })).toHaveLength(32);
  });

  it("creates a missing key file once (32 random bytes, mode 0600) and reads the same key afterwards", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "chainatlas-key-")), "nested", "app-secret.key");
    const first = resolveAppSecret({ ...base, APP_SECRET_FILE: file });
    expect(first).toHaveLength(32);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveAppSecret({ ...base, APP_SECRET_FILE: file }).equals(first)).toBe(true);
    fs.writeFileSync(file, "short");
    expect(() => resolveAppSecret({ ...base, APP_SECRET_FILE: file })).toThrow(/at least 32/);
  });
});
