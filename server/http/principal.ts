import type { Request } from "express";
import type { Role } from "../contracts/auth";

/** Who is calling: a signed-in user (cookie session) or a script with an API token. */
export interface Principal {
  username: string;
  role: Role;
  via: "session" | "token";
}

const principals = new WeakMap<Request, Principal>();

export function setPrincipal(req: Request, principal: Principal): void {
  principals.set(req, principal);
}

/** The authenticated caller of this request, or null (anonymous). Routes also receive it as `user`. */
export function principalOf(req: Request): Principal | null {
  return principals.get(req) ?? null;
}
