import type { ParamSpec } from "../../../server/contracts/queries";
import { lang, t } from "../../i18n";
import { displayValue } from "./columns";
import { h } from "../../lib/dom";
import { createPicker, type Picker } from "./picker";
import { local } from "./text";

export interface ParamForm {
  el: HTMLElement;
  /** Current values as text (the server types and checks them; "" = empty). */
  values(): Record<string, string>;
}

function selectOf(name: string, choices: [string, string][], initial: string) {
  const select = h("select", { "data-param": name });
  for (const [value, label] of choices) select.append(h("option", { value, selected: value === initial }, label));
  return select;
}

/** A form generated from a query's declared parameters, with pickers for node ids and cascading segments. */
export function createParamForm(specs: ParamSpec[], initial: Record<string, string>, onSubmit: () => void): ParamForm {
  const readers = new Map<string, () => string>();
  const pickers = new Map<string, Picker>();
  const fields: HTMLElement[] = [];
  for (const spec of specs) {
    const start = initial[spec.name] ?? (spec.default === null ? "" : String(spec.default));
    let control: HTMLElement;
    if (spec.suggest) {
      const dependsOn = spec.suggest.dependsOn;
      const picker = createPicker({
        name: spec.name,
        source: spec.suggest.source,
        initial: start,
        chain: dependsOn ? () => readers.get(dependsOn)?.() || undefined : undefined,
      });
      pickers.set(spec.name, picker);
      readers.set(spec.name, picker.value);
      control = picker.el;
    } else if (spec.type === "bool") {
      const choices: [string, string][] = [
        ["true", t("queries.yes")],
        ["false", t("queries.no")],
      ];
      const select = selectOf(spec.name, spec.optional ? [["", t("queries.any")], ...choices] : choices, start);
      readers.set(spec.name, () => select.value);
      control = select;
    } else if (spec.options) {
      const select = selectOf(
        spec.name,
        [
          ...(spec.optional ? [["", t("queries.any")] as [string, string]] : []),
          ...spec.options.map((o) => [o, optionLabel(o)] as [string, string]),
        ],
        start,
      );
      readers.set(spec.name, () => select.value);
      control = select;
    } else {
      const type = spec.type === "int" || spec.type === "float" ? "number" : spec.type === "date" ? "date" : "text";
      const input = h("input", {
        type,
        value: start,
        "data-param": spec.name,
        step: spec.type === "float" ? "any" : undefined,
        min: spec.min,
        max: spec.max,
      });
      readers.set(spec.name, () => input.value.trim());
      control = input;
    }
    const label = spec.label ? local(spec.label) : spec.name;
    fields.push(
      h(
        "label",
        { class: "param" },
        h("span", {}, label, spec.optional ? h("small", { class: "muted" }, ` ${t("queries.empty.optional")}`) : null),
        control,
      ),
    );
  }
  // Cascading: a new chain clears the segment picked inside the old one.
  for (const spec of specs) {
    const dependsOn = spec.suggest?.dependsOn;
    const parent = dependsOn ? pickers.get(dependsOn) : undefined;
    parent?.onChange(() => pickers.get(spec.name)?.set(""));
  }
  const form = h("form", { class: "param-form", "data-testid": "param-form" }, ...fields);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    onSubmit();
  });
  return { el: form, values: () => Object.fromEntries([...readers].map(([name, read]) => [name, read()])) };
}

/** A select option in the page's language: shared vocabularies (provenance, kinds, stages) and levels. */
function optionLabel(option: string): string {
  const shared = displayValue(option, undefined, lang(), t);
  if (shared !== option) return String(shared);
  const level = t(`vocab.level.${option}`);
  return level === `vocab.level.${option}` ? option : level;
}
