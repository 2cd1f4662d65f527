import type { LoginResponse, Role } from "../../contracts/auth";
import { DomainError, fieldError } from "../../contracts/errors";
import type { Principal } from "../../contracts/auth";
import type { AuditService } from "../audit/audit.service";
import type { AuthRepo } from "./auth.repo";
import type { FailureLimiter } from "./rate-limit";
import { hashPassword, randomSecret, sha256, verifyPassword } from "./secrets";

export interface ResolvedSession extends Principal {
  csrf: string;
}

/**
 * When each API token was last used, in memory: recording it in the database would make every scripted read a
 * write (and a read-only request must leave the database exactly as it was). Null again after a restart.
 */
export type TokenUsage = Map<string, string>;

export interface AuthOptions {
  sessionTtlMs: number;
  limiter: FailureLimiter;
  tokenUsage: TokenUsage;
  /** A password change also revokes the user's API tokens (REVOKE_TOKENS_ON_PASSWORD_CHANGE, default on). */
  revokeTokensOnPasswordChange: boolean;
}

export function authService(repo: AuthRepo, audit: AuditService, options: AuthOptions) {
  const now = () => new Date().toISOString();

  /** A session for a user (login, and the test/e2e harness which signs in without a password). */
  async function openSession(username: string) {
    const secret = randomSecret("s_");
    const csrf = randomSecret();
    const created = new Date();
    const opened = await repo.createSession(sha256(secret), {
      username,
      csrf,
      createdAt: created.toISOString(),
      expiresAt: new Date(created.getTime() + options.sessionTtlMs).toISOString(),
    });
    if (opened === 0) throw new DomainError("not_found", "NOT_FOUND", `User '${username}' was not found`);
    return { secret, csrf };
  }

  return {
    openSession,

    /**
     * Check a password; too many failures from one address within the window → 429. A wrong name and a wrong
     * password give the same answer in the same time (no way to probe for account names).
     */
    async login(username: string, password: string, client: string): Promise<LoginResponse & { secret: string }> {
      const retryMs = options.limiter.retryAfterMs(client);
      if (retryMs > 0) {
        throw new DomainError(
          "rate_limited",
          "RATE_LIMITED",
          `Too many failed sign-ins from this address; try again in ${Math.ceil(retryMs / 60_000)} min`,
          { retryAfterSeconds: Math.ceil(retryMs / 1000) },
        );
      }
      const account = await repo.getUser(undefined, username);
      const ok =
        (await verifyPassword(password, account?.passwordHash ?? null)) && account !== null && !account.disabled;
      if (!ok || !account) {
        options.limiter.fail(client);
        await audit.record({
          by: username,
          via: "none",
          action: "auth.login-failed",
          method: "POST",
          path: "/api/auth/login",
          status: 401,
          details: { client },
        });
        throw new DomainError(
          "unauthenticated",
          "INVALID_CREDENTIALS",
          "Wrong user name or password (or the account is disabled)",
        );
      }
      options.limiter.reset(client);
      const { secret, csrf } = await openSession(account.username);
      await audit.record({
        by: account.username,
        role: account.role,
        via: "session",
        action: "auth.login",
        method: "POST",
        path: "/api/auth/login",
        status: 200,
        details: { client },
      });
      return { user: { username: account.username, role: account.role }, csrfToken: csrf, secret };
    },

    async fromSession(secret: string): Promise<ResolvedSession | null> {
      const row = await repo.sessionPrincipal(sha256(secret));
      if (!row || row.session.expiresAt <= now() || row.user.disabled || row.user.username !== row.session.username)
        return null;
      return { username: row.user.username, role: row.user.role as Role, via: "session", csrf: row.session.csrf };
    },

    async fromToken(secret: string): Promise<Principal | null> {
      const row = await repo.tokenPrincipal(sha256(secret));
      if (!row || row.user.disabled || row.user.username !== row.token.username) return null;
      options.tokenUsage.set(row.token.id, now());
      return { username: row.user.username, role: row.user.role as Role, via: "token" };
    },

    async logout(secret: string, user: Principal): Promise<void> {
      await repo.deleteSession(sha256(secret), now());
      await audit.record({
        by: user.username,
        role: user.role,
        via: user.via,
        action: "auth.logout",
        method: "POST",
        path: "/api/auth/logout",
        status: 200,
      });
    },

    /**
     * Own password: the current one must be right; every session of the user ends (sign in again), and their
     * API tokens are revoked unless REVOKE_TOKENS_ON_PASSWORD_CHANGE=false.
     */
    async changePassword(user: Principal, current: string, next: string): Promise<{ tokensRevoked: number }> {
      const account = await repo.getUser(undefined, user.username);
      if (!account || !(await verifyPassword(current, account.passwordHash))) {
        throw fieldError("current", "wrong password", "wrong_password");
      }
      const hash = await hashPassword(next);
      return repo.write(async (tx) => {
        const fresh = await repo.getUser(tx, user.username);
        if (!fresh) throw new DomainError("not_found", "NOT_FOUND", `User '${user.username}' was not found`);
        const { tokens } = await repo.setPassword(tx, fresh, hash, options.revokeTokensOnPasswordChange);
        await audit.inTx(tx, {
          by: user.username,
          role: user.role,
          via: user.via,
          action: "auth.password",
          method: "POST",
          path: "/api/auth/password",
          status: 200,
          details: { tokensRevoked: tokens },
        });
        return { tokensRevoked: tokens };
      });
    },
  };
}

export type AuthService = ReturnType<typeof authService>;
