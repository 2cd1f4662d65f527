import type { z } from "zod";
import { t } from "../../i18n";

export interface FieldError {
  field: string;
  message: string;
}

/** zod issues → messages a planner reads, in the current language, keyed by field path (requires.1.weight). */
export function fieldErrors(issues: z.core.$ZodIssue[]): FieldError[] {
  return issues.map((issue) => {
    const field = issue.path.join(".") || (issue.code === "unrecognized_keys" ? issue.keys.join(",") : "(form)");
    switch (issue.code) {
      case "too_small":
        return { field, message: issue.origin === "array" ? t("form.atLeastItems", { n: String(issue.minimum) }) : issue.origin === "string" ? t("form.required") : t("form.atLeast", { n: String(issue.minimum) }) };
      case "too_big":
        return { field, message: t("form.atMost", { n: String(issue.maximum) }) };
      case "invalid_type":
        return { field, message: t("form.required") };
      case "invalid_format":
        return { field, message: t("form.format") };
      case "invalid_value":
        return { field, message: t("form.choose") };
      default:
        return { field, message: translateServer(issue.message) };
    }
  });
}

/** The server names unknown ids in English; say the same thing in the planner's language. */
export function translateServer(message: string): string {
  const unknown = message.match(/unknown (\w+) id '([^']+)'/);
  if (unknown) return t("form.unknownId", { what: t(`form.what.${unknown[1]}`), id: unknown[2]! });
  const twice = message.match(/'([^']+)' is listed twice/);
  if (twice) return t("form.twice", { id: twice[1]! });
  if (/not a real date/.test(message)) return t("form.format");
  return message;
}
