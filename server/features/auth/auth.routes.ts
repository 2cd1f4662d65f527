import { ChangePasswordBody, LoginBody, LoginResponse, MeResponse, OkResponse } from "../../contracts/auth";
import type { Request } from "express";
import type { Principal } from "../../http/principal";
import { DomainError } from "../../contracts/errors";
import { defineRoute, type RouteDef } from "../../http/route";
import type { AuthService } from "./auth.service";
import { clearSessionCookie, readCookie, SESSION_COOKIE, setSessionCookie, type CookieSecure } from "./cookies";

export interface AuthRouteOptions {
  anonymousRole: "none" | "viewer";
  sessionTtlMs: number;
  cookieSecure: CookieSecure;
  /** The guard's identification (open routes are not identified by the router). */
  identify(req: Request): Promise<(Principal & { csrf?: string }) | null>;
}

export function authRoutes(auth: AuthService, options: AuthRouteOptions): RouteDef[] {
  return [
    defineRoute(
      {
        method: "post",
        path: "/api/auth/login",
        tag: "auth",
        auth: "none",
        audit: "self",
        summary:
          "Sign in with a local account: sets an httpOnly session cookie and returns the CSRF token for writes (failed attempts are rate limited per address)",
        body: LoginBody,
        response: LoginResponse,
        errors: [401, 429],
      },
      async ({ body, req, res }) => {
        res.set("cache-control", "no-store"); // carries the CSRF token
        const { secret, ...result } = await auth.login(body.username, body.password, req.ip ?? "unknown");
        setSessionCookie(req, res, secret, options.sessionTtlMs, options.cookieSecure);
        return result;
      },
    ),
    defineRoute(
      {
        method: "post",
        path: "/api/auth/logout",
        tag: "auth",
        auth: "viewer",
        audit: "self",
        summary: "Sign out (ends the cookie session; API tokens are revoked on /admin instead)",
        response: OkResponse,
      },
      async ({ req, res, user }) => {
        const secret = readCookie(req, SESSION_COOKIE);
        if (secret && user?.via === "session") await auth.logout(secret, user);
        clearSessionCookie(res);
        return { ok: true as const };
      },
    ),
    defineRoute(
      {
        method: "get",
        path: "/api/auth/me",
        tag: "auth",
        auth: "none",
        summary:
          "Who is signed in, what anonymous visitors may do, and the CSRF token to send with cookie-authenticated writes",
        response: MeResponse,
      },
      async ({ req, res }) => {
        res.set("cache-control", "no-store"); // carries the CSRF token
        const user = await options.identify(req).catch((error: unknown) => {
          if (error instanceof DomainError && (error.kind === "unauthenticated" || error.kind === "forbidden"))
            return null; // an invalid token: anonymous, as far as "me" is concerned
          throw error;
        });
        return {
          user: user ? { username: user.username, role: user.role } : null,
          via: user?.via ?? null,
          anonymousRole: options.anonymousRole,
          csrfToken: user?.csrf ?? null,
        };
      },
    ),
    defineRoute(
      {
        method: "post",
        path: "/api/auth/password",
        tag: "auth",
        auth: "viewer",
        audit: "self",
        summary:
          "Change your own password (needs the current one; all your sessions end, and your API tokens are revoked unless REVOKE_TOKENS_ON_PASSWORD_CHANGE=false)",
        body: ChangePasswordBody,
        response: OkResponse,
      },
      async ({ body, user, res }) => {
        await auth.changePassword(user!, body.current, body.next);
        clearSessionCookie(res);
        return { ok: true as const };
      },
    ),
  ];
}
