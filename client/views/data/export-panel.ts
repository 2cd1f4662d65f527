import { EXPORT_FORMATS } from "../../../server/contracts/export";
import { NODE_KINDS, SOURCES } from "../../../server/contracts/model";
import { graphApi } from "../../api/graph";
import { dataApi } from "../../api/data";
import { displayName, t } from "../../i18n";
import { h } from "../../lib/dom";

/**
 * Export the whole graph or a filtered view; the filters are GET /api/graph's, pre-filled from this page's URL
 * (/data?chain=…&kinds=…&source=…&q=…), so another page can link to "export this view".
 */
export function createExportPanel(url: URL): HTMLElement {
  const params = url.searchParams;
  const chain = h("select", { "data-testid": "export-chain" }, h("option", { value: "" }, t("data.export.allChains")));
  void graphApi.graph({ kinds: ["Chain"], limit: 100 }).then(
    (data) =>
      chain.append(
        ...data.nodes.map((n) => h("option", { value: n.id, selected: params.get("chain") === n.id }, displayName(n))),
      ),
    () => {},
  );
  const picked = (name: string) => new Set((params.get(name) ?? "").split(",").filter(Boolean));
  const boxes = (name: string, values: readonly string[], labelKey: string) =>
    values.map((value) =>
      h(
        "label",
        { class: "check" },
        h("input", { type: "checkbox", name, value, checked: picked(name).has(value) }),
        t(`${labelKey}.${value}`),
      ),
    );
  const q = h("input", { type: "search", value: params.get("q") ?? "", placeholder: t("data.export.q") });
  const kinds = h("fieldset", {}, h("legend", {}, t("data.export.kinds")), ...boxes("kinds", NODE_KINDS, "kind"));
  const sources = h("fieldset", {}, h("legend", {}, t("data.export.sources")), ...boxes("source", SOURCES, "source"));
  const links = EXPORT_FORMATS.map((format) =>
    h("a", { class: "button", download: "", "data-format": format }, t(`data.export.format.${format}`)),
  );

  function update() {
    const checked = (name: string) =>
      [...panel.querySelectorAll<HTMLInputElement>(`input[name=${name}]:checked`)].map((i) => i.value);
    const filters = {
      chain: chain.value || undefined,
      kinds: checked("kinds"),
      source: checked("source"),
      q: q.value.trim() || undefined,
    };
    for (const link of links) link.href = dataApi.exportUrl(link.dataset.format!, filters);
  }
  const panel = h(
    "section",
    { class: "card", "data-testid": "export-panel" },
    h("h2", {}, t("data.export.title")),
    h("p", { class: "muted" }, t("data.export.intro")),
    h("div", { class: "form-row" }, h("label", {}, t("data.export.chain"), " ", chain), q),
    kinds,
    sources,
    h("div", { class: "form-row formats" }, ...links),
  );
  panel.addEventListener("input", update);
  panel.addEventListener("change", update);
  queueMicrotask(update);
  return panel;
}
