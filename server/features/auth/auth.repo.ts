import { z } from "zod";
import type { Role } from "../../contracts/auth";
import type { User } from "../../contracts/users";
import type { Database, Tx } from "../../db/database";
import { defineQuery } from "../../db/query";
import type { Sealer } from "../../shared/seal";

// Accounts, sessions and API tokens (bookkeeping nodes :User, :Session, :ApiToken — never :Entity), sealed:
// a node holds HMAC lookup keys and AES-GCM blobs only (docs/security.md). This repo is the one place that
// knows the stored shape; services see plain records.

export interface UserRecord {
  username: string;
  role: Role;
  passwordHash: string | null;
  disabled: boolean;
  createdAt: string;
}
export interface SessionRecord {
  username: string;
  csrf: string;
  createdAt: string;
  expiresAt: string;
}
export interface TokenRecord {
  id: string;
  name: string;
  username: string;
  createdAt: string;
}

const Count = z.object({ count: z.number() });
const Sealed = z.object({ key: z.string(), sealed: z.string() });
const UserRow = z.object({
  key: z.string(),
  sealed: z.string(),
  sealedLogin: z.string().nullable(),
  tokens: z.number(),
});
const Principal = z.object({ key: z.string(), sealed: z.string(), userKey: z.string(), user: z.string() });

const getUser = defineQuery("users/get", { params: z.object({ key: z.string() }), row: UserRow });
const listUsers = defineQuery("users/list", { params: z.object({}), row: UserRow });
const createUser = defineQuery("users/create", {
  params: z.object({ key: z.string(), sealed: z.string() }),
  row: Count,
});
const updateUser = defineQuery("users/update", {
  params: z.object({ userKey: z.string(), sealed: z.string(), endSessions: z.boolean() }),
  row: Count,
});
const setPassword = defineQuery("auth/set-password", {
  params: z.object({ userKey: z.string(), sealed: z.string(), revokeTokens: z.boolean() }),
  row: z.object({ count: z.number(), tokens: z.number() }),
});
const createSession = defineQuery("auth/create-session", {
  params: z.object({ key: z.string(), userKey: z.string(), sealed: z.string(), sealedLogin: z.string() }),
  row: Count,
});
const sessions = defineQuery("auth/sessions", { params: z.object({}), row: Sealed });
const sessionPrincipal = defineQuery("auth/session-principal", {
  params: z.object({ key: z.string() }),
  row: Principal,
});
const tokenPrincipal = defineQuery("auth/token-principal", { params: z.object({ key: z.string() }), row: Principal });
const deleteSessions = defineQuery("auth/delete-session", {
  params: z.object({ keys: z.array(z.string()) }),
  row: Count,
});
const tokens = defineQuery("users/tokens", { params: z.object({ userKey: z.string() }), row: Sealed });
const createToken = defineQuery("users/create-token", {
  params: z.object({ key: z.string(), userKey: z.string(), sealed: z.string() }),
  row: Count,
});
const deleteToken = defineQuery("users/delete-token", {
  params: z.object({ userKey: z.string(), key: z.string() }),
  row: Count,
});

const count = (rows: { count: number }[]) => rows[0]?.count ?? 0;

/** Stored-shape helpers shared with the one-time migration (boot/seal-bookkeeping.ts). */
export function bookkeepingKeys(sealer: Sealer) {
  return {
    user: (username: string) => sealer.lookup("user", username),
    /** Sessions and tokens: the cookie/bearer secret's SHA-256 (what was stored before sealing), keyed again. */
    session: (secretHash: string) => sealer.lookup("session", secretHash),
    token: (secretHash: string) => sealer.lookup("token", secretHash),
    sealUser: (key: string, user: UserRecord) => sealer.seal(user, `User|${key}`),
    sealLogin: (key: string, lastLoginAt: string | null) => sealer.seal({ lastLoginAt }, `UserLogin|${key}`),
    sealSession: (key: string, session: SessionRecord) => sealer.seal(session, `Session|${key}`),
    sealToken: (key: string, token: TokenRecord) => sealer.seal(token, `ApiToken|${key}`),
  };
}

export function authRepo(db: Database, sealer: Sealer) {
  const keys = bookkeepingKeys(sealer);
  const openUser = (row: { key: string; sealed: string }) => sealer.unseal<UserRecord>(row.sealed, `User|${row.key}`);
  const openToken = (row: { key: string; sealed: string }) =>
    sealer.unseal<TokenRecord>(row.sealed, `ApiToken|${row.key}`);
  const asUser = (row: z.output<typeof UserRow>): User & { passwordHash: string | null } => {
    const user = openUser(row);
    const login = row.sealedLogin
      ? sealer.unseal<{ lastLoginAt: string | null }>(row.sealedLogin, `UserLogin|${row.key}`)
      : { lastLoginAt: null };
    return {
      username: user.username,
      role: user.role,
      disabled: user.disabled,
      createdAt: user.createdAt,
      lastLoginAt: login.lastLoginAt,
      hasPassword: user.passwordHash !== null,
      tokens: row.tokens,
      passwordHash: user.passwordHash,
    };
  };
  const principal = (row: z.output<typeof Principal> | undefined, kind: "Session" | "ApiToken") =>
    row
      ? {
          record: sealer.unseal<unknown>(row.sealed, `${kind}|${row.key}`),
          user: openUser({ key: row.userKey, sealed: row.user }),
        }
      : null;
  const record = (user: User & { passwordHash: string | null }): UserRecord => ({
    username: user.username,
    role: user.role,
    passwordHash: user.passwordHash,
    disabled: user.disabled,
    createdAt: user.createdAt,
  });

  return {
    keys,
    write: <T>(work: (tx: Tx) => Promise<T>) => db.writeTx(work),
    /** One account with its password hash (null = no such user). */
    async getUser(tx: Tx | undefined, username: string) {
      const params = { key: keys.user(username) };
      const [row] = tx ? await tx.run(getUser, params) : await db.read(getUser, params);
      return row ? asUser(row) : null;
    },
    async listUsers(tx?: Tx) {
      return (tx ? await tx.run(listUsers, {}) : await db.read(listUsers, {}))
        .map(asUser)
        .sort((a, b) => a.username.localeCompare(b.username));
    },
    async createUser(tx: Tx, user: UserRecord) {
      const key = keys.user(user.username);
      return count(await tx.run(createUser, { key, sealed: keys.sealUser(key, user) }));
    },
    async updateUser(tx: Tx, user: User & { passwordHash: string | null }, endSessions: boolean) {
      const key = keys.user(user.username);
      return count(await tx.run(updateUser, { userKey: key, sealed: keys.sealUser(key, record(user)), endSessions }));
    },
    async setPassword(
      tx: Tx,
      user: User & { passwordHash: string | null },
      passwordHash: string,
      revokeTokens: boolean,
    ) {
      const key = keys.user(user.username);
      const [row] = await tx.run(setPassword, {
        userKey: key,
        sealed: keys.sealUser(key, { ...record(user), passwordHash }),
        revokeTokens,
      });
      return { count: row?.count ?? 0, tokens: row?.tokens ?? 0 };
    },
    async createSession(secretHash: string, session: SessionRecord) {
      const key = keys.session(secretHash);
      const userKey = keys.user(session.username);
      const params = {
        key,
        userKey,
        sealed: keys.sealSession(key, session),
        sealedLogin: keys.sealLogin(userKey, session.createdAt),
      };
      return count(await db.write(createSession, params));
    },
    async sessionPrincipal(secretHash: string) {
      const found = principal((await db.read(sessionPrincipal, { key: keys.session(secretHash) }))[0], "Session");
      return found ? { session: found.record as SessionRecord, user: found.user } : null;
    },
    async tokenPrincipal(secretHash: string) {
      const found = principal((await db.read(tokenPrincipal, { key: keys.token(secretHash) }))[0], "ApiToken");
      return found ? { token: found.record as TokenRecord, user: found.user } : null;
    },
    /** Sign-out: this session, and every expired one (found by unsealing; bureau scale). */
    async deleteSession(secretHash: string, now: string) {
      const expired = (await db.read(sessions, {}))
        .filter((row) => sealer.unseal<SessionRecord>(row.sealed, `Session|${row.key}`).expiresAt <= now)
        .map((row) => row.key);
      return count(await db.write(deleteSessions, { keys: [keys.session(secretHash), ...expired] }));
    },
    async tokens(username: string) {
      return (await db.read(tokens, { userKey: keys.user(username) })).map((row) => ({
        key: row.key,
        ...openToken(row),
      }));
    },
    async createToken(tx: Tx, secretHash: string, token: TokenRecord) {
      const key = keys.token(secretHash);
      return count(
        await tx.run(createToken, { key, userKey: keys.user(token.username), sealed: keys.sealToken(key, token) }),
      );
    },
    async deleteToken(tx: Tx, username: string, id: string) {
      const userKey = keys.user(username);
      const found = (await tx.run(tokens, { userKey })).find((row) => openToken(row).id === id);
      return found ? count(await tx.run(deleteToken, { userKey, key: found.key })) : 0;
    },
  };
}

export type AuthRepo = ReturnType<typeof authRepo>;
export type StoredUser = NonNullable<Awaited<ReturnType<AuthRepo["getUser"]>>>;
