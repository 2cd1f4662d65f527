import { DomainError } from "../contracts/errors";
import type { Principal } from "../contracts/auth";

// Who may change what an analyst saved (saved queries, consortia): its owner (the username that created it)
// or an admin. Records without an owner (saved before ownership was recorded) are admin-only.

export function canChange(
  user: Pick<Principal, "username" | "role"> | null,
  owner: string | null | undefined,
): boolean {
  if (!user) return false;
  return user.role === "admin" || (!!owner && owner === user.username);
}

/** 403 FORBIDDEN naming the owner, unless `user` is the owner or an admin. */
export function assertCanChange(
  user: Pick<Principal, "username" | "role"> | null,
  owner: string | null | undefined,
  what: string,
): void {
  if (canChange(user, owner)) return;
  throw new DomainError(
    "forbidden",
    "FORBIDDEN",
    owner
      ? `Only its owner (${owner}) or an admin may change or delete this ${what}`
      : `This ${what} has no recorded owner (saved before owners were recorded); only an admin may change or delete it`,
    { owner: owner ?? null },
  );
}
