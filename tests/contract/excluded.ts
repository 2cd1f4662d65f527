/**
 * Operations the admin run of the contract guard leaves out, each with its reason. They are still fuzzed
 * anonymously (every one answers 401 there) and covered by the API tests in tests/api/.
 */
export const EXCLUDED: { method: string; path: string; reason: string }[] = [
  {
    method: "PATCH",
    path: "/api/users/{username}",
    reason: "could demote or disable the run's own admin account and lock the run out",
  },
  {
    method: "POST",
    path: "/api/users/{username}/password",
    reason: "a password reset revokes the account's API tokens, the run's own credential included",
  },
  { method: "DELETE", path: "/api/users/{username}/tokens/{tokenId}", reason: "could revoke the run's own API token" },
  { method: "POST", path: "/api/auth/password", reason: "changes the run's own password (and revokes its tokens)" },
  { method: "POST", path: "/api/auth/logout", reason: "ends the caller's own session" },
];

/** schemathesis CLI arguments excluding those operations (admin run only); an operation's name is "METHOD /path". */
export function excludeArgs(admin: boolean): string[] {
  return admin ? EXCLUDED.flatMap((e) => ["--exclude-name", `${e.method} ${e.path}`]) : [];
}
