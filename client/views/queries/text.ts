import type { LocalText } from "../../../server/contracts/queries";
import { ApiError } from "../../api/http";
import { describeError } from "../../app/errors";
import { lang, t } from "../../i18n";

export function local(text: LocalText): string {
  return lang() === "en" ? text.en : text.zh;
}

/** A planner-readable message for a failed run: refusals, timeouts and syntax errors get their own words. */
export function runErrorMessage(error: unknown): string {
  if (error instanceof ApiError && ["WRITE_NOT_ALLOWED", "NOT_ALLOWED", "QUERY_TIMEOUT", "QUERY_TOO_COMPLEX", "QUERY_TOO_LARGE", "QUERY_BUSY", "DB_BUSY", "CYPHER_SYNTAX", "INVALID_PARAMETER"].includes(error.code)) {
    const details = error.details ?? {};
    return t(`queries.error.${error.code}`, { message: error.message, line: String(details.line ?? "?"), column: String(details.column ?? "?") });
  }
  return describeError(error);
}
