import { randomBytes } from "node:crypto";
import type { Role } from "../../contracts/auth";
import type { ApiToken, User } from "../../contracts/users";
import type { Tx } from "../../db/database";
import { DomainError, notFound } from "../../contracts/errors";
import type { Principal } from "../../http/principal";
import type { AuditRecord, AuditService } from "../audit/audit.service";
import type { AuthRepo } from "./auth.repo";
import type { TokenUsage } from "./auth.service";
import { generatePassword, hashPassword, randomSecret, sha256 } from "./secrets";

/** Who is acting: a signed-in admin, or the command line / first start. */
export type Actor = Pick<Principal, "username" | "role"> & { via: AuditRecord["via"] };

export const SYSTEM: Actor = { username: "system", role: "admin", via: "cli" };

/** Admin operations on accounts and tokens; each change and its audit entry commit in one transaction. */
export function usersService(repo: AuthRepo, audit: AuditService, tokenUsage: TokenUsage = new Map()) {
  async function mustGet(tx: Tx, username: string): Promise<User> {
    const user = await repo.getUser(tx, username);
    if (!user) throw notFound("User", username);
    return user;
  }

  function change(actor: Actor, action: string, method: string, path: string, details: Record<string, unknown>): AuditRecord {
    return { by: actor.username, role: actor.role, via: actor.via, action, method, path, status: 200, details, changes: [{ id: `user:${String(details.username)}`, op: action }] };
  }

  return {
    list: async (): Promise<User[]> => repo.listUsers(),
    counts: () => repo.counts(),

    async create(actor: Actor, input: { username: string; role: Role; password?: string | null }, options: { tokenOnly?: boolean } = {}) {
      const generated = input.password || options.tokenOnly ? undefined : generatePassword();
      const password = input.password ?? generated;
      const passwordHash = password ? await hashPassword(password) : null;
      return repo.write(async (tx) => {
        if (await repo.getUser(tx, input.username)) throw new DomainError("conflict", "CONFLICT", `User '${input.username}' already exists`, { username: input.username });
        await repo.createUser(tx, { username: input.username, role: input.role, passwordHash, createdAt: new Date().toISOString() });
        await audit.inTx(tx, change(actor, "user.create", "POST", "/api/users", { username: input.username, role: input.role }));
        return { user: await mustGet(tx, input.username), ...(generated ? { password: generated } : {}) };
      });
    },

    /** Role and disabled flag; never leaves the server without an enabled admin. */
    async update(actor: Actor, username: string, input: { role?: Role; disabled?: boolean }) {
      return repo.write(async (tx) => {
        const before = await mustGet(tx, username);
        await repo.updateUser(tx, { username, role: input.role ?? null, disabled: input.disabled ?? null });
        if ((await repo.counts(tx)).admins === 0) {
          throw new DomainError("conflict", "LAST_ADMIN", "At least one enabled admin must remain; make someone else admin first");
        }
        const fields = Object.fromEntries(
          (["role", "disabled"] as const).filter((k) => input[k] !== undefined && input[k] !== before[k]).map((k) => [k, [before[k], input[k]]]),
        );
        await audit.inTx(tx, { ...change(actor, "user.update", "PATCH", `/api/users/${username}`, { username, ...input }), changes: [{ id: `user:${username}`, op: "update", fields }] });
        return mustGet(tx, username);
      });
    },

    /** A new password (given, or generated and returned once); the user's sessions end. */
    async resetPassword(actor: Actor, username: string, password?: string) {
      const generated = password ? undefined : generatePassword();
      const hash = await hashPassword(password ?? generated!);
      await repo.write(async (tx) => {
        await mustGet(tx, username);
        await repo.setPassword(tx, username, hash);
        await audit.inTx(tx, change(actor, "user.password-reset", "POST", `/api/users/${username}/password`, { username }));
      });
      return generated ? { password: generated } : {};
    },

    tokens: async (username: string): Promise<ApiToken[]> => {
      const user = (await repo.listUsers()).find((u) => u.username === username);
      if (!user) throw notFound("User", username);
      return (await repo.tokens(username)).map((t) => ({ ...t, lastUsedAt: tokenUsage.get(t.id) ?? null }));
    },

    /** The secret is returned once; only its hash is stored. */
    async createToken(actor: Actor, username: string, name: string): Promise<{ token: ApiToken; secret: string }> {
      const secret = randomSecret("cat_");
      const token = { id: `tok_${randomBytes(8).toString("hex")}`, name, createdAt: new Date().toISOString(), lastUsedAt: null };
      await repo.write(async (tx) => {
        await mustGet(tx, username);
        await repo.createToken(tx, { id: token.id, hash: sha256(secret), name, username, createdAt: token.createdAt });
        await audit.inTx(tx, change(actor, "token.create", "POST", `/api/users/${username}/tokens`, { username, tokenId: token.id, name }));
      });
      return { token, secret };
    },

    async revokeToken(actor: Actor, username: string, id: string): Promise<void> {
      await repo.write(async (tx) => {
        if ((await repo.deleteToken(tx, username, id)) === 0) throw notFound("Token", id);
        await audit.inTx(tx, change(actor, "token.revoke", "DELETE", `/api/users/${username}/tokens/${id}`, { username, tokenId: id }));
      });
    },
  };
}

export type UsersService = ReturnType<typeof usersService>;
