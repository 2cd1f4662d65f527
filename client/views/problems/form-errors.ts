import type { z } from "zod";
import type { FieldIssue } from "../../../server/contracts/errors";
import { t } from "../../i18n";

export interface FieldError {
  field: string;
  message: string;
}

type Rule = { rule?: string; params?: Record<string, unknown> };

/** A rule the server (or the shared contract) names, in the planner's language; null if it is not one of ours. */
function ruleText({ rule, params = {} }: Rule): string | null {
  const id = String(params.id ?? "");
  switch (rule) {
    case "unknown_id":
      return t("form.unknownId", { what: t(`form.what.${String(params.what)}`), id });
    case "wrong_kind":
      return t("form.wrongKind", { what: t(`form.what.${String(params.what)}`), id });
    case "duplicate":
      return t("form.twice", { id });
    case "real_date":
      return t("form.format");
    default:
      return null;
  }
}

/** zod issues → messages a planner reads, in the current language, keyed by field path (requires.1.weight). */
export function fieldErrors(issues: z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => {
    const field = issue.path.join(".") || (issue.code === "unrecognized_keys" ? issue.keys.join(",") : "(form)");
    switch (issue.code) {
      case "too_small":
        return {
          field,
          message:
            issue.origin === "array"
              ? t("form.atLeastItems", { n: String(issue.minimum) })
              : issue.origin === "string"
                ? t("form.required")
                : t("form.atLeast", { n: String(issue.minimum) }),
        };
      case "too_big":
        return { field, message: t("form.atMost", { n: String(issue.maximum) }) };
      case "invalid_type":
        return { field, message: t("form.required") };
      case "invalid_format":
        return { field, message: t("form.format") };
      case "invalid_value":
        return { field, message: t("form.choose") };
      default:
        return {
          field,
          message:
            ruleText({
              params: issue.code === "custom" ? issue.params : undefined,
              rule: issue.code === "custom" ? (issue.params?.rule as string | undefined) : undefined,
            }) ?? t("form.invalid"),
        };
    }
  });
}

/** The server's field errors (details.fields), worded from their rule and params — never from the English message. */
export function serverFieldErrors(fields: FieldIssue[]): FieldError[] {
  return fields.map((f) => ({ field: f.field, message: ruleText(f) ?? t("form.invalid") }));
}
