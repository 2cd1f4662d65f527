import type { Request } from "express";
import type { Principal } from "../contracts/auth";

export type { Principal } from "../contracts/auth";

const principals = new WeakMap<Request, Principal>();

export function setPrincipal(req: Request, principal: Principal): void {
  principals.set(req, principal);
}

/** The authenticated caller of this request, or null (anonymous). Routes also receive it as `user`. */
export function principalOf(req: Request): Principal | null {
  return principals.get(req) ?? null;
}
