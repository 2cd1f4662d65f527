// Per-property claims as stored (a JSON string + appended re-verifications) → the API's claims map.
import { Claim, type Claims } from "../contracts/common";
import { CHECKS_KEY, CLAIMS_KEY } from "../contracts/model";

/** The key under which a re-verification of the item itself (not one property) is recorded. */
export const ITEM_KEY = "*";

function parse(text: unknown): unknown {
  if (typeof text !== "string") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined; // a hand-edited, broken claims string must not break the graph: it is simply not shown
  }
}

/** Stored claims (JSON string map) plus checks (list of JSON strings with `property`) → { claims } or {}. */
export function claimsOf(stored: Record<string, unknown>): { claims?: Claims } {
  const out: Claims = {};
  const add = (key: string, value: unknown) => {
    const claim = Claim.safeParse(value);
    if (claim.success) (out[key] ??= []).push(claim.data);
  };
  const map = parse(stored[CLAIMS_KEY]);
  if (map && typeof map === "object" && !Array.isArray(map)) {
    for (const [key, list] of Object.entries(map))
      for (const value of Array.isArray(list) ? list : [list]) add(key, value);
  }
  const checks = Array.isArray(stored[CHECKS_KEY]) ? (stored[CHECKS_KEY] as unknown[]) : [];
  for (const text of checks) {
    const entry = parse(text) as { property?: unknown } | undefined;
    if (!entry || typeof entry !== "object") continue;
    const { property, ...claim } = entry;
    add(typeof property === "string" && property ? property : ITEM_KEY, { ...claim, check: true });
  }
  return Object.keys(out).length ? { claims: out } : {};
}
