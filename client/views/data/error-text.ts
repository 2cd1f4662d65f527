import type { FieldSpec, RowError } from "../../../server/contracts/import";

// An import error in the page's language, stating the rule the cell broke (能力等级须为 1–3 的整数), built
// from the error's reason and the template field; the server's English message stays as the tooltip.

type Translate = (key: string, vars?: Record<string, string | number>) => string;

export function ruleText(field: FieldSpec, t: Translate, lang: "zh" | "en"): string {
  const name = lang === "zh" ? field.zh : field.en;
  switch (field.type) {
    case "integer":
      return field.min !== undefined && field.max !== undefined
        ? t("data.rule.integerRange", { field: name, min: field.min, max: field.max })
        : t("data.rule.integer", { field: name });
    case "number":
      return t("data.rule.number", { field: name });
    case "boolean":
      return t("data.rule.boolean", { field: name });
    case "date":
      return t("data.rule.date", { field: name });
    case "enum":
      return t("data.rule.enum", {
        field: name,
        values: (field.values ?? [])
          .map((v) => {
            const k = `kind.${v}`;
            const s = t(k);
            return s === k ? v : s;
          })
          .join(lang === "zh" ? "、" : ", "),
      });
    default:
      return t("data.rule.text", { field: name });
  }
}

export function importErrorText(error: RowError, fields: FieldSpec[], t: Translate, lang: "zh" | "en"): string {
  const field = fields.find((f) => f.key === error.field);
  const vars = { column: error.column ?? "", value: error.value ?? "" };
  if (error.reason === "missing_required")
    return t("data.err.missing_required", { column: field ? (lang === "zh" ? field.zh : field.en) : vars.column });
  if ((error.reason === "bad_type" || error.reason === "bad_value") && field)
    return ruleText(field, t, lang) + (error.value ? t("data.err.got", { value: error.value }) : "");
  const key = `data.err.${error.reason}`;
  const text = t(key, vars);
  return text === key ? error.message : text;
}
