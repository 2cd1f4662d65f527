import { ApiError } from "../api/http";
import { t } from "../i18n";

/** A message a planner can act on, for any failure. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === "NETWORK") return t("error.network");
    if (error.code === "DB_UNAVAILABLE") return t("error.db");
    if (error.code === "UNAUTHENTICATED") return t("error.unauthenticated");
    if (error.code === "FORBIDDEN") return t("error.forbidden");
    if (error.code === "CSRF_FAILED") return t("error.csrf");
    return t("error.generic", { message: error.message });
  }
  return t("error.generic", { message: error instanceof Error ? error.message : String(error) });
}
