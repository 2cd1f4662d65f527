import { ApiError } from "../api/http";
import { t } from "../i18n";

/**
 * A message a planner can act on, for any failure: every server error code has its own zh/en text
 * (`error.code.<CODE>` in i18n/<lang>/common.json), chosen here; the server's English message stays in
 * the logs (and is the fallback for a code the client does not know yet).
 */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === "UNAUTHENTICATED") return t("error.unauthenticated");
    if (error.code === "FORBIDDEN") return t("error.forbidden");
    const key = `error.code.${error.code}`;
    const text = t(key, { fields: fieldList(error.details) });
    if (text !== key) return text;
    return t("error.generic", { message: error.message });
  }
  return t("error.generic", { message: error instanceof Error ? error.message : String(error) });
}

/** The offending fields of a 400 (VALIDATION_FAILED), as the form names them. */
function fieldList(details: Record<string, unknown> | undefined): string {
  const fields = Array.isArray(details?.fields) ? (details.fields as { field?: unknown }[]) : [];
  return (
    fields
      .map((f) => String(f.field ?? ""))
      .filter(Boolean)
      .join("、") || "—"
  );
}
