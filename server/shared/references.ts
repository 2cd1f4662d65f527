import { DomainError } from "../contracts/errors";

/** An id a request refers to, the body field that holds it, and the node kinds it may be. */
export interface Reference {
  id: string;
  field: string;
  kinds: readonly string[];
  what: string;
}

interface Issue {
  field: string;
  id: string;
  message: string;
  rule: "unknown_id" | "wrong_kind";
  params: Record<string, string>;
}

/**
 * 400 UNKNOWN_IDS naming every field whose id is missing or of the wrong kind (null when all are fine).
 * `found` maps ids to their kind (absent or null = no such node).
 */
export function referenceError(found: Map<string, string | null>, references: Reference[]): DomainError | null {
  const issues: Issue[] = [];
  for (const ref of references) {
    const kind = found.get(ref.id);
    if (!kind)
      issues.push({
        field: ref.field,
        id: ref.id,
        message: `unknown ${ref.what} id '${ref.id}'`,
        rule: "unknown_id",
        params: { what: ref.what, id: ref.id },
      });
    else if (!ref.kinds.includes(kind)) {
      const message = `'${ref.id}' is a ${kind}, not ${/^[aeiou]/.test(ref.what) ? "an" : "a"} ${ref.what}`;
      issues.push({
        field: ref.field,
        id: ref.id,
        message,
        rule: "wrong_kind",
        params: { what: ref.what, id: ref.id, kind },
      });
    }
  }
  if (issues.length === 0) return null;
  return new DomainError("invalid", "UNKNOWN_IDS", issues.map((i) => `${i.field}: ${i.message}`).join("; "), {
    fields: issues.map(({ field, message, rule, params }) => ({ field, message, rule, params })),
    unknown: [...new Set(issues.map((i) => i.id))],
  });
}
