import { randomBytes } from "node:crypto";
import type { Role } from "../../contracts/auth";
import type { ApiToken, User } from "../../contracts/users";
import type { Tx } from "../../db/database";
import { DomainError, notFound } from "../../contracts/errors";
import type { Principal } from "../../contracts/auth";
import type { AuditRecord, AuditService } from "../audit/audit.service";
import type { AuthRepo, StoredUser } from "./auth.repo";
import type { TokenUsage } from "./auth.service";
import { generatePassword, hashPassword, randomSecret, sha256 } from "./secrets";

/** Who is acting: a signed-in admin, or the command line / first start. */
export type Actor = Pick<Principal, "username" | "role"> & { via: AuditRecord["via"] };

export const SYSTEM: Actor = { username: "system", role: "admin", via: "cli" };

/** Admin operations on accounts and tokens; each change and its audit entry commit in one transaction. */
export function usersService(
  repo: AuthRepo,
  audit: AuditService,
  tokenUsage: TokenUsage = new Map(),
  options: { revokeTokensOnPasswordChange: boolean } = { revokeTokensOnPasswordChange: true },
) {
  async function mustGetStored(tx: Tx, username: string): Promise<StoredUser> {
    const user = await repo.getUser(tx, username);
    if (!user) throw notFound("User", username);
    return user;
  }
  async function mustGet(tx: Tx, username: string): Promise<User> {
    const { passwordHash: _hash, ...user } = await mustGetStored(tx, username);
    return user;
  }
  const withoutHash = ({ passwordHash: _hash, ...user }: StoredUser): User => user;
  const adminCount = (users: StoredUser[]) => users.filter((u) => u.role === "admin" && !u.disabled).length;

  function change(
    actor: Actor,
    action: string,
    method: string,
    path: string,
    details: Record<string, unknown>,
  ): AuditRecord {
    return {
      by: actor.username,
      role: actor.role,
      via: actor.via,
      action,
      method,
      path,
      status: 200,
      details,
      changes: [{ id: `user:${String(details.username)}`, op: action }],
    };
  }

  return {
    list: async (): Promise<User[]> => (await repo.listUsers()).map(withoutHash),
    counts: async () => {
      const users = await repo.listUsers();
      return { admins: adminCount(users), users: users.length };
    },

    async create(
      actor: Actor,
      input: { username: string; role: Role; password?: string | null },
      options: { tokenOnly?: boolean } = {},
    ) {
      const generated = input.password || options.tokenOnly ? undefined : generatePassword();
      const password = input.password ?? generated;
      const passwordHash = password ? await hashPassword(password) : null;
      return repo.write(async (tx) => {
        if (await repo.getUser(tx, input.username))
          throw new DomainError("conflict", "CONFLICT", `User '${input.username}' already exists`, {
            username: input.username,
          });
        await repo.createUser(tx, {
          username: input.username,
          role: input.role,
          passwordHash,
          disabled: false,
          createdAt: new Date().toISOString(),
        });
        await audit.inTx(
          tx,
          change(actor, "user.create", "POST", "/api/users", { username: input.username, role: input.role }),
        );
        return { user: await mustGet(tx, input.username), ...(generated ? { password: generated } : {}) };
      });
    },

    /** Role and disabled flag; never leaves the server without an enabled admin. */
    async update(actor: Actor, username: string, input: { role?: Role; disabled?: boolean }) {
      return repo.write(async (tx) => {
        const before = await mustGetStored(tx, username);
        const after = { ...before, role: input.role ?? before.role, disabled: input.disabled ?? before.disabled };
        await repo.updateUser(tx, after, after.disabled);
        if (adminCount(await repo.listUsers(tx)) === 0) {
          throw new DomainError(
            "conflict",
            "LAST_ADMIN",
            "At least one enabled admin must remain; make someone else admin first",
          );
        }
        const fields = Object.fromEntries(
          (["role", "disabled"] as const)
            .filter((k) => input[k] !== undefined && input[k] !== before[k])
            .map((k) => [k, [before[k], input[k]]]),
        );
        await audit.inTx(tx, {
          ...change(actor, "user.update", "PATCH", `/api/users/${username}`, { username, ...input }),
          changes: [{ id: `user:${username}`, op: "update", fields }],
        });
        return mustGet(tx, username);
      });
    },

    /** A new password (given, or generated and returned once); the user's sessions end and (by default) their tokens are revoked. */
    async resetPassword(actor: Actor, username: string, password?: string) {
      const generated = password ? undefined : generatePassword();
      const hash = await hashPassword(password ?? generated!);
      await repo.write(async (tx) => {
        const user = await mustGetStored(tx, username);
        const { tokens } = await repo.setPassword(tx, user, hash, options.revokeTokensOnPasswordChange);
        await audit.inTx(
          tx,
          change(actor, "user.password-reset", "POST", `/api/users/${username}/password`, {
            username,
            tokensRevoked: tokens,
          }),
        );
      });
      return generated ? { password: generated } : {};
    },

    tokens: async (username: string): Promise<ApiToken[]> => {
      if (!(await repo.getUser(undefined, username))) throw notFound("User", username);
      return (await repo.tokens(username))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id))
        .map((t) => ({ id: t.id, name: t.name, createdAt: t.createdAt, lastUsedAt: tokenUsage.get(t.id) ?? null }));
    },

    /** The secret is returned once; only its hash is stored. */
    async createToken(actor: Actor, username: string, name: string): Promise<{ token: ApiToken; secret: string }> {
      const secret = randomSecret("cat_");
      const token = {
        id: `tok_${randomBytes(8).toString("hex")}`,
        name,
        createdAt: new Date().toISOString(),
        lastUsedAt: null,
      };
      await repo.write(async (tx) => {
        await mustGet(tx, username);
        await repo.createToken(tx, sha256(secret), { id: token.id, name, username, createdAt: token.createdAt });
        await audit.inTx(
          tx,
          change(actor, "token.create", "POST", `/api/users/${username}/tokens`, { username, tokenId: token.id, name }),
        );
      });
      return { token, secret };
    },

    async revokeToken(actor: Actor, username: string, id: string): Promise<void> {
      await repo.write(async (tx) => {
        if ((await repo.deleteToken(tx, username, id)) === 0) throw notFound("Token", id);
        await audit.inTx(
          tx,
          change(actor, "token.revoke", "DELETE", `/api/users/${username}/tokens/${id}`, { username, tokenId: id }),
        );
      });
    },
  };
}

export type UsersService = ReturnType<typeof usersService>;
