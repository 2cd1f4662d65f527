import type { Indicator } from "../../../server/contracts/problems";
import { t } from "../../i18n";
import { h } from "../../lib/dom";

type Option = [value: string, label: string];

export function selectOf(name: string, options: Option[], value = "", placeholder?: string): HTMLSelectElement {
  const select = h(
    "select",
    { name },
    placeholder !== undefined ? h("option", { value: "" }, placeholder) : null,
    ...options.map(([v, label]) => h("option", { value: v }, label)),
  );
  select.value = value;
  return select;
}

/** A field with its label and the slot where its error message goes (found by data-field). */
export function field(path: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  return h(
    "label",
    { class: "field", "data-field": path },
    h("span", { class: "label" }, label),
    control,
    hint ? h("small", { class: "muted" }, hint) : null,
    h("small", { class: "error", "data-error-for": path }),
  );
}

/** Editable list of rows (technologies with weights, indicators), each removable. */
export function rowList<T>(
  name: string,
  make: (value: T | null, index: number) => { el: HTMLElement; read: () => unknown },
  initial: (T | null)[],
  addLabel: string,
) {
  const rows: { el: HTMLElement; read: () => unknown }[] = [];
  const body = h("div", { class: "rows", "data-rows": name });
  const renumber = () =>
    rows.forEach((row, i) =>
      row.el.querySelectorAll<HTMLElement>("[data-field]").forEach((el) => {
        el.dataset.field = el.dataset.field!.replace(/^(\w+)\.\d+/, `${name}.${i}`);
        el.querySelector<HTMLElement>("[data-error-for]")!.dataset.errorFor = el.dataset.field;
      }),
    );
  const add = (value: T | null) => {
    const row = make(value, rows.length);
    const remove = h(
      "button",
      {
        type: "button",
        class: "remove",
        "aria-label": t("form.removeRow"),
        onclick: () => {
          rows.splice(rows.indexOf(row), 1);
          row.el.remove();
          renumber();
        },
      },
      "×",
    );
    row.el.append(remove);
    rows.push(row);
    body.append(row.el);
  };
  initial.forEach(add);
  const el = h(
    "div",
    { class: "row-list", "data-field": name },
    body,
    h("button", { type: "button", onclick: () => add(null), "data-add": name }, addLabel),
    h("small", { class: "error", "data-error-for": name }),
  );
  return { el, read: () => rows.map((r) => r.read()) };
}

export function requirementRow(techs: Option[]) {
  return (value: { tech: string; weight: number } | null, i: number) => {
    const tech = selectOf("tech", techs, value?.tech ?? "", t("form.pickTech"));
    const weight = h("input", {
      type: "number",
      name: "weight",
      min: "0.1",
      max: "100",
      step: "0.1",
      value: String(value?.weight ?? 3),
    });
    return {
      el: h(
        "div",
        { class: "row" },
        field(`requires.${i}.tech`, t("form.tech"), tech),
        field(`requires.${i}.weight`, t("form.weight"), weight),
      ),
      read: () => ({ tech: tech.value, weight: weight.value === "" ? NaN : Number(weight.value) }),
    };
  };
}

export function indicatorRow(value: Indicator | null, i: number) {
  const input = (name: string, type: string, v: string | number | null | undefined) =>
    h("input", { name, type, step: "any", value: v === null || v === undefined ? "" : String(v) });
  const metric = input("metric", "text", value?.metric);
  const unit = input("unit", "text", value?.unit);
  const baseline = input("baseline", "number", value?.baseline);
  const target = input("target", "number", value?.target);
  return {
    el: h(
      "div",
      { class: "row" },
      field(`indicators.${i}.metric`, t("form.metric"), metric),
      field(`indicators.${i}.unit`, t("form.unit"), unit),
      field(`indicators.${i}.baseline`, t("form.baseline"), baseline),
      field(`indicators.${i}.target`, t("form.target"), target),
    ),
    read: () => ({
      metric: metric.value,
      unit: unit.value,
      baseline: baseline.value === "" ? null : Number(baseline.value),
      target: target.value === "" ? undefined : Number(target.value),
    }),
  };
}
