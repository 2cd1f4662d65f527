import { parameterNames } from "../../../server/contracts/cypher-lexer";
import { PARAM_TYPES, type ParamSpec } from "../../../server/contracts/queries";
import { t } from "../../i18n";
import { clear, h } from "../../lib/dom";

/**
 * The editor's parameters panel: one row per `$name` in the text (type + value). The values run the query
 * and, when saved, become the saved query's defaults. Types keep what the analyst chose while typing.
 */
export function createParamsPanel() {
  const el = h("div", { class: "side-box", "data-testid": "editor-params" });
  const specs = new Map<string, { type: ParamSpec["type"]; value: string; base?: ParamSpec }>();
  let current: string[] = [];

  function guessType(value: string): ParamSpec["type"] {
    if (/^-?\d+$/.test(value)) return "int";
    if (/^-?\d+\.\d+$/.test(value)) return "float";
    if (value === "true" || value === "false") return "bool";
    return "string";
  }

  function sync(text: string) {
    const names = parameterNames(text);
    clear(el);
    el.append(h("h2", {}, t("editor.params")));
    if (names.length === 0) el.append(h("p", { class: "muted" }, t("editor.paramsNone")));
    for (const name of names) {
      const spec = specs.get(name) ?? { type: "string" as ParamSpec["type"], value: "" };
      specs.set(name, spec);
      const type = h(
        "select",
        { "aria-label": `${name} ${t("editor.paramType")}` },
        ...PARAM_TYPES.map((ty) => h("option", { value: ty, selected: ty === spec.type }, ty)),
      );
      const value = h("input", {
        type: "text",
        value: spec.value,
        "data-param": name,
        "aria-label": `${name} ${t("editor.paramValue")}`,
      });
      type.addEventListener("change", () => {
        spec.type = type.value as ParamSpec["type"];
      });
      value.addEventListener("input", () => {
        if (!spec.value && spec.type === "string") spec.type = guessType(value.value);
        spec.value = value.value;
        type.value = spec.type;
      });
      el.append(h("div", { class: "param-row" }, h("code", {}, `$${name}`), type, value));
    }
    current = names; // specs of names no longer in the text are kept, so retyping $x restores its type
  }

  /** Values typed for a run of the editor's text (/api/cypher takes JSON: numbers and booleans as such). */
  function values(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const name of current) {
      const spec = specs.get(name)!;
      if (spec.value === "") out[name] = null;
      else if (spec.type === "int" || spec.type === "float") out[name] = Number(spec.value);
      else if (spec.type === "bool") out[name] = spec.value === "true";
      else out[name] = spec.value;
    }
    return out;
  }

  /** Declarations for saving: empty values make the parameter optional (the query receives null). */
  function declarations(): ParamSpec[] {
    return current.map((name) => {
      const spec = specs.get(name)!;
      const value = values()[name] ?? null;
      // Labels, pickers and options of a loaded declaration survive as long as its type does.
      const base = spec.base && spec.base.type === spec.type ? spec.base : {};
      return { ...base, name, type: spec.type, optional: value === null, default: value as ParamSpec["default"] };
    });
  }

  function load(params: ParamSpec[], text: string) {
    specs.clear();
    for (const p of params)
      specs.set(p.name, { type: p.type, value: p.default === null ? "" : String(p.default), base: p });
    sync(text);
  }

  return { el, sync, values, declarations, load };
}
