import type { LocalText } from "../../../server/contracts/queries";
import { ApiError } from "../../api/http";
import { describeError } from "../../app/errors";
import { lang, t } from "../../i18n";
import { h } from "../../lib/dom";

export function local(text: LocalText): string {
  return lang() === "en" ? text.en : text.zh;
}

/**
 * A planner-readable message for a failed run: refusals, timeouts, syntax and parameter errors in the
 * page's language from the error's details (the server's English message only in the English text).
 */
export function runErrorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return describeError(error);
  const details = error.details ?? {};
  const vars = {
    message: error.message,
    line: String(details.line ?? "?"),
    column: String(details.column ?? "?"),
    param: String(details.param ?? "?"),
    keyword: String(details.keyword ?? ""),
  };
  if (error.code === "WRITE_NOT_ALLOWED" || error.code === "NOT_ALLOWED") {
    const reasonKey = `queries.refusal.${String(details.reason ?? "write-clause")}`;
    const reason = t(reasonKey) === reasonKey ? t("queries.refusal.write-clause") : t(reasonKey);
    return details.keyword
      ? t(`queries.error.${error.code}`, { ...vars, reason })
      : t("queries.error.WRITE_NOT_ALLOWED.plain", { reason });
  }
  if (
    [
      "QUERY_TIMEOUT",
      "QUERY_TOO_COMPLEX",
      "QUERY_TOO_LARGE",
      "QUERY_BUSY",
      "DB_BUSY",
      "CYPHER_SYNTAX",
      "INVALID_PARAMETER",
    ].includes(error.code)
  ) {
    return t(`queries.error.${error.code}`, vars);
  }
  return describeError(error);
}

/** Neo4j's notices (English) as the page's language: known kinds translated, the original kept for "details". */
export function noticeText(title: string): string {
  if (/cartesian/i.test(title)) return t("queries.notice.cartesian");
  if (/unbounded|variable length/i.test(title)) return t("queries.notice.unbounded");
  if (/deprecat/i.test(title)) return t("queries.notice.deprecated");
  if (
    /(label|relationship type|property).*(missing|not exist|unknown)|unknown (label|relationship|property)/i.test(title)
  )
    return t("queries.notice.missingLabel");
  return t("queries.notice.other");
}

/** "← 查询库": the link back to the library, for the run page and the editor. */
export function backToLibrary(navigate: (url: string) => void): HTMLElement {
  return h(
    "a",
    {
      href: "/queries",
      class: "back",
      onclick: (e: Event) => {
        e.preventDefault();
        navigate("/queries");
      },
    },
    t("queries.back"),
  );
}
