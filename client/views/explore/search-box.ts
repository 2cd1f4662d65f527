import type { SearchHit } from "../../../server/contracts/search";
import { describeError } from "../../app/errors";
import { displayName, t } from "../../i18n";
import { clear, h } from "../../lib/dom";
import { kindIcon } from "./legend-icons";
import { graphApi } from "../../api/graph";

/**
 * One search box for every kind of node, with suggestions as you type (Chinese, English, aliases).
 * Arrow keys move through them, Enter picks, Escape closes.
 */
export function createSearchBox(
  onPick: (hit: SearchHit) => void,
  onError: (message: string) => void,
  options: { id?: string; testid?: string; placeholder?: string; label?: string } = {},
) {
  const listId = options.id ?? "search-list";
  const input = h("input", {
    type: "search",
    class: "search-input",
    "data-testid": options.testid ?? "search-input",
    placeholder: options.placeholder ?? t("ex.search.placeholder"),
    "aria-label": options.label ?? t("ex.search.label"),
    autocomplete: "off",
    role: "combobox",
    "aria-expanded": "false",
    "aria-controls": listId,
  });
  const list = h("ul", { class: "search-list", id: listId, role: "listbox", hidden: true });
  const el = h("div", { class: "search" }, input, list);
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    active = -1;
  };
  const pick = (hit: SearchHit) => {
    close();
    input.value = displayName(hit);
    input.blur();
    onPick(hit);
  };
  const render = (q: string) => {
    clear(list);
    active = hits.length ? 0 : -1;
    if (!hits.length) list.append(h("li", { class: "search-none" }, t("ex.search.none", { q })));
    hits.forEach((hit, i) => {
      const other = displayName(hit) === hit.name ? hit.nameEn : hit.name;
      const item = h(
        "li",
        {
          role: "option",
          "data-testid": "search-result",
          "data-id": hit.id,
          "aria-selected": i === active ? "true" : "false",
        },
        kindIcon(hit.kind),
        h("span", { class: "hit-name" }, displayName(hit)),
        other ? h("span", { class: "hit-other" }, other) : null,
        h("span", { class: "hit-kind" }, t(`kind.${hit.kind}`)),
      );
      item.addEventListener("mousedown", (event) => {
        event.preventDefault();
        pick(hit);
      });
      list.append(item);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  };
  const highlight = (next: number) => {
    active = Math.max(0, Math.min(hits.length - 1, next));
    [...list.children].forEach((li, i) => li.setAttribute("aria-selected", i === active ? "true" : "false"));
  };
  const query = async (q: string) => {
    controller?.abort();
    controller = new AbortController();
    try {
      hits = (await graphApi.search(q, 8, controller.signal)).hits;
      if (input.value.trim() === q) render(q);
    } catch (error) {
      if ((error as Error).name !== "AbortError") onError(describeError(error));
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!q) {
      close();
      return;
    }
    timer = setTimeout(() => void query(q), 160);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") highlight(active + 1);
    else if (event.key === "ArrowUp") highlight(active - 1);
    else if (event.key === "Enter" && hits[active] && !list.hidden) pick(hits[active]!);
    else if (event.key === "Escape") close();
    else return;
    event.preventDefault();
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
  return { el, focus: () => input.focus(), setText: (text: string) => (input.value = text) };
}
