import type { Request } from "express";
import { timingSafeEqual } from "node:crypto";
import type { Tx } from "../../db/database";
import { roleAllows, type RouteAuth } from "../../contracts/auth";
import { DomainError } from "../../contracts/errors";
import type { Logger } from "../../http/logger";
import { setPrincipal, type Principal } from "../../http/principal";
import type { RouteAccess, RouteGuard } from "../../http/route";
import { genericWriteRecord, type AuditService } from "../audit/audit.service";
import type { AuthService } from "./auth.service";
import { readCookie, SESSION_COOKIE } from "./cookies";

export const CSRF_HEADER = "x-csrf-token";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const unauthenticated = (message: string) => new DomainError("unauthenticated", "UNAUTHENTICATED", message);

/**
 * The route guard mountRoutes calls before every handler: who is calling (Bearer API token, else the session
 * cookie, else anonymous), whether their role is enough, and CSRF for cookie-authenticated writes.
 */
export function createGuard(deps: {
  auth: AuthService;
  audit: AuditService;
  anonymousRole: "none" | "viewer";
  logger: Logger;
}): RouteGuard & {
  identify(req: Request): Promise<(Principal & { csrf?: string }) | null>;
} {
  async function identify(req: Request): Promise<(Principal & { csrf?: string }) | null> {
    const header = req.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const principal = match ? await deps.auth.fromToken(match[1]!) : null;
      if (!principal) throw unauthenticated("The API token is invalid or was revoked (Authorization: Bearer <token>)");
      return principal;
    }
    const cookie = readCookie(req, SESSION_COOKIE);
    return cookie ? deps.auth.fromSession(cookie) : null;
  }

  function refuse(required: RouteAuth, user: Principal): DomainError {
    return new DomainError(
      "forbidden",
      "FORBIDDEN",
      `This needs the ${required} role; '${user.username}' is ${user.role}`,
      { required, role: user.role },
    );
  }

  return {
    identify,

    async authorize(req, access: RouteAccess) {
      // Open routes (health, login, me) never touch the database for identity: health must answer while it is down.
      if (access.role === "none") return null;
      const user = await identify(req);
      if (!user) {
        const anonymous = deps.anonymousRole === "viewer" ? "viewer" : null;
        if (!access.loginRequired && roleAllows(anonymous, access.role)) return null;
        throw unauthenticated(access.loginRequired ? "Sign in to make changes" : "Sign in to use ChainAtlas");
      }
      if (!roleAllows(user.role, access.role)) throw refuse(access.role, user);
      if (user.via === "session" && !SAFE_METHODS.has(req.method)) {
        const sent = req.get(CSRF_HEADER);
        if (!sent || !user.csrf || !sameSecret(sent, user.csrf)) {
          throw new DomainError(
            "forbidden",
            "CSRF_FAILED",
            `Missing or wrong ${CSRF_HEADER} header (get it from GET /api/auth/me)`,
          );
        }
      }
      const principal: Principal = { username: user.username, role: user.role, via: user.via };
      setPrincipal(req, principal);
      return principal;
    },

    async recordWrite(entry, tx) {
      // In the change's transaction: a failure here rolls the change back (no unaudited write).
      if (tx) return void (await deps.audit.inTx(tx as Tx, genericWriteRecord(entry)));
      try {
        await deps.audit.record(genericWriteRecord(entry));
      } catch (error) {
        deps.logger.error(`audit entry for ${entry.method} ${entry.path} could not be written`, error);
      }
    },
  };
}

export type Guard = ReturnType<typeof createGuard>;
