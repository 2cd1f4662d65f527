import { z } from "zod";
import { Role } from "../../contracts/auth";
import { User } from "../../contracts/users";
import type { Database, Tx } from "../../db/database";
import { defineQuery } from "../../db/query";

const Count = z.object({ count: z.number() });
const name = z.object({ username: z.string() });
const UserRow = User.extend({ createdAt: z.string(), lastLoginAt: z.string().nullable() });

const credentials = defineQuery("auth/user-credentials", {
  params: name,
  row: z.object({ username: z.string(), role: Role, passwordHash: z.string().nullable(), disabled: z.boolean() }),
});
const createSession = defineQuery("auth/create-session", {
  params: z.object({ hash: z.string(), username: z.string(), csrf: z.string(), createdAt: z.string(), expiresAt: z.string() }),
  row: Count,
});
const sessionPrincipal = defineQuery("auth/session-principal", {
  params: z.object({ hash: z.string(), now: z.string() }),
  row: z.object({ username: z.string(), role: Role, csrf: z.string() }),
});
const tokenPrincipal = defineQuery("auth/token-principal", {
  params: z.object({ hash: z.string() }),
  row: z.object({ id: z.string(), username: z.string(), role: Role }),
});
const deleteSession = defineQuery("auth/delete-session", { params: z.object({ hash: z.string(), now: z.string() }), row: Count });
const setPassword = defineQuery("auth/set-password", { params: z.object({ username: z.string(), passwordHash: z.string() }), row: Count });

const listUsers = defineQuery("users/list", { params: z.object({}), row: UserRow });
const getUser = defineQuery("users/get", { params: name, row: UserRow });
const createUser = defineQuery("users/create", {
  params: z.object({ username: z.string(), role: Role, passwordHash: z.string().nullable(), createdAt: z.string() }),
  row: Count,
});
const updateUser = defineQuery("users/update", {
  params: z.object({ username: z.string(), role: Role.nullable(), disabled: z.boolean().nullable() }),
  row: Count,
});
const countAdmins = defineQuery("users/count-admins", { params: z.object({}), row: z.object({ admins: z.number(), users: z.number() }) });
const tokens = defineQuery("users/tokens", {
  params: name,
  row: z.object({ id: z.string(), name: z.string(), createdAt: z.string() }),
});
const createToken = defineQuery("users/create-token", {
  params: z.object({ id: z.string(), hash: z.string(), name: z.string(), username: z.string(), createdAt: z.string() }),
  row: Count,
});
const deleteToken = defineQuery("users/delete-token", { params: z.object({ username: z.string(), id: z.string() }), row: Count });

const first = <T>(rows: T[]): T | null => rows[0] ?? null;
const count = (rows: { count: number }[]) => rows[0]?.count ?? 0;

/** Accounts, sessions and API tokens (bookkeeping nodes :User, :Session, :ApiToken — never :Entity). */
export function authRepo(db: Database) {
  return {
    write: <T>(work: (tx: Tx) => Promise<T>) => db.writeTx(work),
    credentials: async (username: string) => first(await db.read(credentials, { username })),
    createSession: async (params: z.input<typeof createSession.params>) => count(await db.write(createSession, params)),
    sessionPrincipal: async (hash: string, now: string) => first(await db.read(sessionPrincipal, { hash, now })),
    tokenPrincipal: async (hash: string) => first(await db.read(tokenPrincipal, { hash })),
    deleteSession: async (hash: string, now: string) => count(await db.write(deleteSession, { hash, now })),
    setPassword: async (tx: Tx, username: string, passwordHash: string) => count(await tx.run(setPassword, { username, passwordHash })),
    listUsers: () => db.read(listUsers, {}),
    getUser: async (tx: Tx, username: string) => first(await tx.run(getUser, { username })),
    createUser: async (tx: Tx, params: z.input<typeof createUser.params>) => count(await tx.run(createUser, params)),
    updateUser: async (tx: Tx, params: z.input<typeof updateUser.params>) => count(await tx.run(updateUser, params)),
    counts: async (tx?: Tx) => (tx ? await tx.run(countAdmins, {}) : await db.read(countAdmins, {}))[0] ?? { admins: 0, users: 0 },
    tokens: (username: string) => db.read(tokens, { username }),
    createToken: async (tx: Tx, params: z.input<typeof createToken.params>) => count(await tx.run(createToken, params)),
    deleteToken: async (tx: Tx, username: string, id: string) => count(await tx.run(deleteToken, { username, id })),
  };
}

export type AuthRepo = ReturnType<typeof authRepo>;
