import type { SuggestItem, SuggestQuery } from "../../../server/contracts/queries";
import { queriesApi } from "../../api/queries";
import { displayName, t } from "../../i18n";
import { clear, h } from "../../lib/dom";

export interface Picker {
  el: HTMLElement;
  value(): string;
  set(id: string): void;
  onChange(listener: () => void): void;
}

/**
 * A type-ahead picker for organisations, technologies, chains … : the planner types a name (Chinese,
 * English or alias), picks a suggestion, and the form keeps the node's id. `chain` narrows segments.
 */
export function createPicker(options: {
  name: string;
  source: SuggestQuery["source"];
  initial: string;
  chain?: () => string | undefined;
}): Picker {
  let id = options.initial;
  const listeners: (() => void)[] = [];
  const input = h("input", {
    type: "text",
    autocomplete: "off",
    placeholder: t("queries.pick"),
    "data-param": options.name,
    role: "combobox",
    "aria-expanded": "false",
  });
  const menu = h("ul", { class: "picker-menu", role: "listbox", hidden: true });
  const el = h("div", { class: "picker" }, input, menu);
  let controller: AbortController | null = null;
  let timer = 0;
  let edits = 0; // bumped on every keystroke: a late name lookup must not overwrite what the planner typed

  const choose = (item: SuggestItem | null) => {
    id = item?.id ?? "";
    input.value = item ? displayName(item) : "";
    input.title = id;
    menu.hidden = true;
    input.setAttribute("aria-expanded", "false");
    listeners.forEach((listener) => listener());
  };

  async function load(q: string) {
    controller?.abort();
    controller = new AbortController();
    const chain = options.chain?.();
    if (options.source === "segments" && options.chain && !chain) {
      clear(menu);
      menu.append(h("li", { class: "muted" }, t("queries.pickChainFirst")));
      menu.hidden = false;
      return;
    }
    try {
      const { items } = await queriesApi.suggest(
        { source: options.source, ...(q ? { q } : {}), ...(chain ? { chain } : {}), limit: 15 },
        controller.signal,
      );
      clear(menu);
      if (items.length === 0) menu.append(h("li", { class: "muted" }, t("queries.noMatch")));
      for (const item of items) {
        menu.append(
          h(
            "li",
            {
              role: "option",
              "data-id": item.id,
              onmousedown: (e: Event) => {
                e.preventDefault();
                choose(item);
              },
            },
            displayName(item),
            h("span", { class: "muted" }, ` ${item.id}`),
          ),
        );
      }
      menu.hidden = false;
      input.setAttribute("aria-expanded", "true");
    } catch (error) {
      if ((error as Error).name !== "AbortError") menu.hidden = true;
    }
  }

  input.addEventListener("focus", () => void load(""));
  input.addEventListener("input", () => {
    edits++;
    clearTimeout(timer);
    timer = window.setTimeout(() => void load(input.value.trim()), 180);
  });
  input.addEventListener("blur", () => {
    menu.hidden = true;
    if (!input.value.trim() && id)
      choose(null); // cleared by the planner
    else if (id) void resolve(id); // typed without picking: show the chosen one again
  });

  /** Show the node's name for an id that came from a default or a shared link. */
  async function resolve(value: string) {
    if (!value) return;
    const editsBefore = edits;
    try {
      const { items } = await queriesApi.suggest({ source: options.source, q: value, limit: 1 });
      if (items[0]?.id === value && id === value && edits === editsBefore) input.value = displayName(items[0]);
    } catch {
      /* the id stays visible as the title */
    }
  }

  input.value = id;
  input.title = id;
  void resolve(id);
  return {
    el,
    value: () => id,
    set: (value) => {
      id = value;
      input.value = value;
      void resolve(value);
    },
    onChange: (listener) => listeners.push(listener),
  };
}
