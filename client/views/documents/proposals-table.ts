import type { EntityProposal, LinkProposal, ProblemProposal, ProposalEdit } from "../../../server/contracts/documents";
import { NODE_KINDS, REL_TYPES } from "../../../server/contracts/model";
import { t } from "../../i18n";
import { clear, h } from "../../lib/dom";

export type Decision = "accept" | "reject";
export interface Review {
  decisions: Map<string, Decision>;
  edits: Map<string, ProposalEdit>;
  /** What a previous apply did with a proposal. */
  past: Record<string, "applied" | "rejected">;
}
type Any = EntityProposal | LinkProposal | ProblemProposal;
type SortKey = "position" | "confidence" | "label";

const pct = (c: number) => `${Math.round(c * 100)}%`;

/** Why it was proposed, in the interface's language (the API's `reason` is English). */
export function reasonText(p: Any): string {
  const vars = Object.fromEntries(Object.entries(p.why.vars).map(([k, v]) => [k, String(v)]));
  let text = t(`doc.why.${p.why.code}`, vars);
  if ("close" in p && p.close) text += t("doc.why.close", { name: p.close.name, score: p.close.score });
  if ("inferred" in p && p.inferred) text += t("doc.why.inferred");
  return text;
}
const labelOf = (p: Any) => ("type" in p ? `${p.source.text} → ${p.target.text}` : "title" in p ? p.title : p.text);

function edit(review: Review, id: string, change: Partial<ProposalEdit>) {
  const next = { ...(review.edits.get(id) ?? { id }), ...change };
  for (const [k, v] of Object.entries(next))
    if (v === "" || v === undefined) delete (next as Record<string, unknown>)[k];
  if (Object.keys(next).length > 1) review.edits.set(id, next);
  else review.edits.delete(id);
}

function decisionCell(p: Any, review: Review, changed: () => void) {
  const select = h(
    "select",
    { "data-testid": `decide-${p.id}`, "aria-label": t("doc.decision") },
    h("option", { value: "" }, "—"),
    h("option", { value: "accept" }, t("doc.accept")),
    h("option", { value: "reject" }, t("doc.reject")),
  ) as HTMLSelectElement;
  select.value = review.decisions.get(p.id) ?? "";
  select.addEventListener("change", () => {
    if (select.value) review.decisions.set(p.id, select.value as Decision);
    else review.decisions.delete(p.id);
    changed();
  });
  const past = review.past[p.id];
  return h("td", {}, select, past ? h("span", { class: `badge doc-${past}` }, t(`doc.past.${past}`)) : null);
}

/** Editing a new entity: its kind, or merging it with an existing node (the close one offered first). */
function entityEdits(e: EntityProposal, review: Review) {
  if (e.match) return h("td", { class: "muted" }, e.match.name);
  const current = review.edits.get(e.id);
  const kind = h(
    "select",
    {
      "data-testid": `kind-${e.id}`,
      onchange: (ev: Event) =>
        edit(review, e.id, { kind: (ev.target as HTMLSelectElement).value as EntityProposal["kind"] }),
    },
    ...NODE_KINDS.map((k) => h("option", { value: k, selected: (current?.kind ?? e.kind) === k }, t(`kind.${k}`))),
  ) as HTMLSelectElement;
  const merge = h("input", {
    type: "text",
    placeholder: t("doc.mergeInto"),
    value: current?.mergeInto ?? "",
    "data-testid": `merge-${e.id}`,
    size: 16,
    onchange: (ev: Event) => edit(review, e.id, { mergeInto: (ev.target as HTMLInputElement).value.trim() }),
  }) as HTMLInputElement;
  const close = e.close
    ? h(
        "button",
        {
          type: "button",
          class: "link",
          onclick: () => {
            merge.value = e.close!.id;
            edit(review, e.id, { mergeInto: e.close!.id });
          },
        },
        t("doc.mergeClose", { name: e.close.name }),
      )
    : null;
  return h("td", {}, kind, " ", merge, close ? h("div", {}, close) : null);
}

function linkEdits(l: LinkProposal, review: Review) {
  const current = review.edits.get(l.id)?.type ?? l.type;
  return h(
    "td",
    {},
    h(
      "select",
      {
        "data-testid": `type-${l.id}`,
        onchange: (ev: Event) =>
          edit(review, l.id, { type: (ev.target as HTMLSelectElement).value as LinkProposal["type"] }),
      },
      ...REL_TYPES.map((r) => h("option", { value: r, selected: r === current }, t(`ex.rel.${r}`))),
    ),
    l.inferred ? h("span", { class: "badge inferred", title: t("doc.inferred.help") }, t("doc.inferred")) : null,
  );
}

/** A sortable, filterable list of one kind of proposal with per-row decisions and edits. */
export function proposalsTable<P extends Any>(
  items: P[],
  review: Review,
  options: { kinds: string[]; kindOf: (p: P) => string; onShow: (p: P) => void; testid: string },
) {
  let sort: { key: SortKey; dir: 1 | -1 } = { key: "position", dir: 1 };
  let filter = "";
  const body = h("tbody");
  const visible = () => items.filter((p) => !filter || options.kindOf(p) === filter);
  const sorter = (key: SortKey) => (a: P, b: P) =>
    sort.dir *
    (key === "confidence"
      ? a.confidence - b.confidence
      : key === "label"
        ? labelOf(a).localeCompare(labelOf(b), "zh")
        : a.start - b.start || a.id.localeCompare(b.id));
  function render() {
    clear(body);
    for (const p of [...visible()].sort(sorter(sort.key))) {
      body.append(
        h(
          "tr",
          { "data-proposal": p.id, class: review.decisions.get(p.id) ?? "" },
          decisionCell(p, review, render),
          h(
            "td",
            {},
            h("a", { href: "#", onclick: (e: Event) => (e.preventDefault(), options.onShow(p)) }, labelOf(p)),
          ),
          h("td", {}, "type" in p ? t(`ex.rel.${p.type}`) : "title" in p ? t("kind.Problem") : t(`kind.${p.kind}`)),
          "type" in p
            ? linkEdits(p, review)
            : "title" in p
              ? h("td", { class: "muted" }, [p.owner?.text, p.bounty, p.deadline].filter(Boolean).join(" · "))
              : entityEdits(p as EntityProposal, review),
          h("td", { class: "num" }, pct(p.confidence)),
          h("td", { class: "reason muted" }, reasonText(p)),
        ),
      );
    }
  }
  const th = (key: SortKey, label: string) =>
    h(
      "th",
      {
        class: "sortable",
        "data-sort": key,
        onclick: () => {
          sort = { key, dir: sort.key === key ? (-sort.dir as 1 | -1) : key === "confidence" ? -1 : 1 };
          render();
        },
      },
      label,
    );
  const kindFilter = h(
    "select",
    {
      "data-testid": `${options.testid}-filter`,
      onchange: (e: Event) => {
        filter = (e.target as HTMLSelectElement).value;
        render();
      },
    },
    h("option", { value: "" }, t("doc.filter.all")),
    ...options.kinds.map((k) => h("option", { value: k }, t(k === k.toUpperCase() ? `ex.rel.${k}` : `kind.${k}`))),
  );
  const threshold = h("input", {
    type: "number",
    min: 0,
    max: 1,
    step: 0.05,
    value: 0.9,
    "data-testid": `${options.testid}-threshold`,
  }) as HTMLInputElement;
  const bulk = h(
    "button",
    {
      type: "button",
      "data-testid": `${options.testid}-bulk`,
      onclick: () => {
        for (const p of visible())
          if (p.confidence >= Number(threshold.value) && !review.decisions.has(p.id))
            review.decisions.set(p.id, "accept");
        render();
      },
    },
    t("doc.bulkAccept"),
  );
  const table = h(
    "table",
    { class: "proposals", "data-testid": options.testid },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", {}, t("doc.decision")),
        th("label", t("doc.col.proposal")),
        th("position", t("doc.col.kind")),
        h("th", {}, t("doc.col.edit")),
        th("confidence", t("doc.col.confidence")),
        h("th", {}, t("doc.col.reason")),
      ),
    ),
    body,
  );
  render();
  return h(
    "div",
    { class: "proposals-block" },
    h("div", { class: "toolbar" }, t("doc.filter"), " ", kindFilter, " ", t("doc.bulkFrom"), " ", threshold, " ", bulk),
    table,
  );
}
