import type { Request, Response } from "express";

export const SESSION_COOKIE = "chainatlas_session";

/** One cookie from the Cookie header (no cookie-parser dependency for a single value). */
export function readCookie(req: Request, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

export type CookieSecure = "auto" | "true" | "false";

/** httpOnly (scripts cannot read it), SameSite=Lax (not sent on cross-site posts), Secure over HTTPS. */
export function setSessionCookie(
  req: Request,
  res: Response,
  secret: string,
  maxAgeMs: number,
  secure: CookieSecure,
): void {
  res.cookie(SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: "lax",
    secure: secure === "true" || (secure === "auto" && req.secure),
    path: "/",
    maxAge: maxAgeMs,
  });
}

export function clearSessionCookie(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: "/", httpOnly: true, sameSite: "lax" });
}
