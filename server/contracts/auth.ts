import { z } from "zod";

/** Roles, lowest first: viewer (explore, run saved queries) < analyst (+ write) < admin (+ import, users, settings). */
export const ROLES = ["viewer", "analyst", "admin"] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** What a route requires: `none` = open to everyone (login, the OpenAPI document). */
export const ROUTE_AUTH = ["none", ...ROLES] as const;
export type RouteAuth = (typeof ROUTE_AUTH)[number];

export function roleRank(role: Role | "none" | null | undefined): number {
  return role ? (ROLES as readonly string[]).indexOf(role) + 1 : 0;
}

/** Does `role` (null = anonymous without a role) satisfy `required`? */
export function roleAllows(role: Role | null, required: RouteAuth): boolean {
  return required === "none" || roleRank(role) >= roleRank(required);
}

export const Username = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "lower-case letters, digits, . _ - (starting with a letter or digit)");

export const Password = z.string().min(10, "at least 10 characters").max(200);

export const LoginBody = z
  .object({ username: z.string().trim().toLowerCase().min(1).max(40), password: z.string().min(1).max(200) })
  .strict();

export const SessionUser = z.object({ username: z.string(), role: Role });
export type SessionUser = z.infer<typeof SessionUser>;

export const MeResponse = z.object({
  user: SessionUser.nullable(),
  /** How this request was authenticated. */
  via: z.enum(["session", "token"]).nullable(),
  /** What an anonymous visitor may do on this server (none = must sign in to see anything). */
  anonymousRole: z.enum(["none", "viewer"]),
  /** Send as the `x-csrf-token` header with every cookie-authenticated write. */
  csrfToken: z.string().nullable(),
});
export type MeResponse = z.infer<typeof MeResponse>;

export const LoginResponse = z.object({ user: SessionUser, csrfToken: z.string() });
export type LoginResponse = z.infer<typeof LoginResponse>;

export const ChangePasswordBody = z.object({ current: z.string().min(1).max(200), next: Password }).strict();
export const OkResponse = z.object({ ok: z.literal(true) });

/** Who is calling: a signed-in user (cookie session) or a script with an API token. */
export interface Principal {
  username: string;
  role: Role;
  via: "session" | "token";
}
