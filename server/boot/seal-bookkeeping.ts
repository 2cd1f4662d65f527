import { z } from "zod";
import type { Database, Tx } from "../db/database";
import { defineQuery } from "../db/query";
import { appendAuditEntry, type AuditMeta } from "../features/audit/audit.repo";
import { bookkeepingKeys, type SessionRecord, type TokenRecord, type UserRecord } from "../features/auth/auth.repo";
import type { Sealer } from "../shared/seal";

// One-time, idempotent upgrade (issue 11): seal the plaintext :User, :Session, :ApiToken and :AuditEntry
// nodes of older versions. Passwords (bcrypt hashes), sessions and tokens (SHA-256 of their secrets) keep
// working because the lookup keys are HMACs of exactly what was stored. Old audit entries join the chain
// in their original order. Nodes already sealed are never touched, so running it again changes nothing.

const Legacy = z.object({ elementId: z.string(), props: z.record(z.string(), z.unknown()) });
const legacy = {
  users: defineQuery("migrate/legacy-users", { params: z.object({}), row: Legacy }),
  sessions: defineQuery("migrate/legacy-sessions", { params: z.object({}), row: Legacy }),
  tokens: defineQuery("migrate/legacy-tokens", { params: z.object({}), row: Legacy }),
  audit: defineQuery("migrate/legacy-audit", { params: z.object({ limit: z.number().int() }), row: Legacy }),
};
const replaceProps = defineQuery("migrate/replace-props", {
  params: z.object({ rows: z.array(z.object({ elementId: z.string(), props: z.record(z.string(), z.string()) })) }),
  row: z.object({ count: z.number() }),
});
const deleteNodes = defineQuery("migrate/delete-nodes", {
  params: z.object({ elementIds: z.array(z.string()) }),
  row: z.object({ count: z.number() }),
});

const AUDIT_BATCH = 200;
const text = (value: unknown) => (typeof value === "string" ? value : null);
const str = (value: unknown) => (value === null || value === undefined ? "" : String(value));

export interface SealReport {
  users: number;
  sessions: number;
  tokens: number;
  audit: number;
}

export async function sealLegacyBookkeeping(db: Database, sealer: Sealer): Promise<SealReport> {
  const keys = bookkeepingKeys(sealer);
  const report: SealReport = { users: 0, sessions: 0, tokens: 0, audit: 0 };

  report.users = await db.writeTx(async (tx) => {
    const rows = (await tx.run(legacy.users, {})).map(({ elementId, props: p }) => {
      const key = keys.user(str(p.username));
      const user: UserRecord = {
        username: str(p.username),
        role: (text(p.role) ?? "viewer") as UserRecord["role"],
        passwordHash: text(p.passwordHash),
        disabled: p.disabled === true,
        createdAt: str(p.createdAt),
      };
      return {
        elementId,
        props: { key, sealed: keys.sealUser(key, user), sealedLogin: keys.sealLogin(key, text(p.lastLoginAt)) },
      };
    });
    return replace(tx, rows);
  });
  report.sessions = await db.writeTx(async (tx) => {
    const rows = (await tx.run(legacy.sessions, {})).map(({ elementId, props: p }) => {
      const key = keys.session(str(p.hash));
      const session: SessionRecord = {
        username: str(p.username),
        csrf: str(p.csrf),
        createdAt: str(p.createdAt),
        expiresAt: str(p.expiresAt),
      };
      return {
        elementId,
        props: { key, userKey: keys.user(session.username), sealed: keys.sealSession(key, session) },
      };
    });
    return replace(tx, rows);
  });
  report.tokens = await db.writeTx(async (tx) => {
    const rows = (await tx.run(legacy.tokens, {})).map(({ elementId, props: p }) => {
      const key = keys.token(str(p.hash));
      const token: TokenRecord = {
        id: str(p.id),
        name: str(p.name),
        username: str(p.username),
        createdAt: str(p.createdAt),
      };
      return { elementId, props: { key, userKey: keys.user(token.username), sealed: keys.sealToken(key, token) } };
    });
    return replace(tx, rows);
  });
  for (;;) {
    const moved = await db.writeTx(async (tx) => {
      const rows = await tx.run(legacy.audit, { limit: AUDIT_BATCH });
      for (const { props: p } of rows) {
        const meta: AuditMeta = {
          id: str(p.id),
          at: str(p.at),
          by: str(p.by),
          role: text(p.role),
          via: text(p.via) ?? "none",
          action: str(p.action),
          method: text(p.method),
          path: text(p.path),
          status: typeof p.status === "number" ? p.status : null,
          importId: text(p.importId),
          file: text(p.file),
        };
        await appendAuditEntry(tx, sealer, meta, {
          details: text(p.details) ?? "{}",
          changes: text(p.changes) ?? "[]",
        });
      }
      if (rows.length) await tx.run(deleteNodes, { elementIds: rows.map((row) => row.elementId) });
      return rows.length;
    });
    report.audit += moved;
    if (moved < AUDIT_BATCH) break;
  }
  return report;
}

async function replace(tx: Tx, rows: { elementId: string; props: Record<string, string> }[]): Promise<number> {
  if (rows.length === 0) return 0;
  return (await tx.run(replaceProps, { rows }))[0]?.count ?? 0;
}
