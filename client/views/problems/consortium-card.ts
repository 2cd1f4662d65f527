import type { BuildResponse, ConsortiumView } from "../../../server/contracts/matching";
import { CONSORTIUM_STATUSES } from "../../../server/contracts/consortia";
import { layoutConsortium } from "../../charts/consortium/layout";
import { renderConsortium } from "../../charts/consortium/render";
import { displayName, t } from "../../i18n";
import { h } from "../../lib/dom";
import { whyMember } from "./explain";
import { appLink, kindLabel, links, num, pct } from "./format";

export interface CardContext {
  navigate(url: string): void;
  /** Names of organisations and technologies (members, path partners, required technologies). */
  name(id: string): string;
  kind(id: string): string;
  onWhatIf?(consortium: ConsortiumView): void;
  /** Saves; the returned text is shown beside the button (a banner at the top would move or hide the controls). */
  onSave?(consortium: ConsortiumView, status: (typeof CONSORTIUM_STATUSES)[number]): Promise<string | void>;
}

export function namesFrom(build: Pick<BuildResponse, "orgs" | "requires">) {
  const names = new Map<string, { name: string; nameEn?: string; kind: string }>();
  for (const org of build.orgs) names.set(org.id, org);
  for (const tech of build.requires) names.set(tech.id, { ...tech, kind: "Technology" });
  return {
    name: (id: string) => (names.has(id) ? displayName(names.get(id)!) : id),
    kind: (id: string) => names.get(id)?.kind ?? "Enterprise",
    add: (org: { id: string; name: string; nameEn?: string; kind: string }) => names.set(org.id, org),
  };
}

/** The consortium drawn small: members, the partners their ties run through, and the technologies. */
export function consortiumGraph(c: ConsortiumView, cx: Pick<CardContext, "name" | "kind">): SVGSVGElement {
  return renderConsortium(
    layoutConsortium(c),
    (id) => ({
      label: cx.name(id),
      kind: cx.kind(id),
      title: `${cx.name(id)}${c.uncovered.includes(id) ? ` — ${t("card.gap")}` : ""}`,
    }),
    t("card.graphLabel"),
  );
}

export function coverageLine(c: ConsortiumView): HTMLElement {
  const share = c.totalWeight ? c.coveredWeight / c.totalWeight : 0;
  return h(
    "div",
    { class: "coverage" },
    h("div", { class: "bar", title: pct(share) }, h("span", { style: `width:${Math.round(share * 100)}%` })),
    h("span", {}, t("card.coverage", { covered: num(c.coveredWeight), total: num(c.totalWeight), pct: pct(share) })),
    h("span", {}, t("card.size", { n: c.size })),
    h("span", { title: t("card.costHint") }, t("card.cost", { n: c.cost })),
  );
}

export function techChips(c: ConsortiumView, cx: CardContext): HTMLElement {
  return h(
    "div",
    { class: "chips" },
    ...c.covered.map((id) => h("span", { class: "chip covered" }, "✓ ", cx.name(id))),
    ...c.uncovered.map((id) =>
      appLink(
        cx.navigate,
        links.gap(id),
        h("span", { class: "chip uncovered", title: t("card.gapHint") }, "✗ ", cx.name(id)),
      ),
    ),
  );
}

export function memberList(c: ConsortiumView, cx: CardContext): HTMLElement {
  return h(
    "ul",
    { class: "members" },
    ...c.members.map((m) =>
      h(
        "li",
        { "data-member": m.id },
        h("span", { class: `role ${m.role}` }, t(`card.role.${m.role}`)),
        appLink(cx.navigate, links.explore(m.id), displayName(m)),
        h("span", { class: "muted" }, ` · ${kindLabel(m.kind)}${m.local ? "" : ` · ${t("card.notLocal")}`}`),
        h("div", { class: "why" }, whyMember(m, cx.name)),
      ),
    ),
  );
}

export function consortiumCard(c: ConsortiumView, rank: number, cx: CardContext): HTMLElement {
  const status = h(
    "select",
    { "aria-label": t("card.status") },
    ...CONSORTIUM_STATUSES.map((s) => h("option", { value: s }, t(`consortium.status.${s}`))),
  );
  const save = h("button", { class: "primary", "data-testid": "save-consortium" }, t("card.save"));
  const note = h("span", { class: "saved-note", role: "status", "data-testid": "saved-note" });
  save.addEventListener("click", async () => {
    save.setAttribute("disabled", "");
    try {
      note.textContent = (await cx.onSave?.(c, status.value as (typeof CONSORTIUM_STATUSES)[number])) ?? "";
    } finally {
      save.removeAttribute("disabled");
    }
  });
  return h(
    "article",
    { class: "card consortium", "data-testid": "consortium-card", "data-rank": rank },
    h("header", {}, h("h3", {}, t("card.title", { rank })), coverageLine(c)),
    h(
      "div",
      { class: "card-body" },
      h("div", {}, memberList(c, cx), techChips(c, cx)),
      h("div", { class: "graph" }, consortiumGraph(c, cx)),
    ),
    h(
      "footer",
      { class: "actions no-print" },
      cx.onWhatIf ? h("button", { onclick: () => cx.onWhatIf!(c), "data-testid": "what-if" }, t("card.whatIf")) : null,
      cx.onSave ? status : null,
      cx.onSave ? save : null,
      note,
    ),
  );
}
