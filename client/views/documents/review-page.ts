import type { ProposalsResponse } from "../../../server/contracts/documents";
import { documentsApi } from "../../api/documents";
import { describeError } from "../../app/errors";
import type { ViewContext } from "../../app/view-types";
import { t } from "../../i18n";
import { h } from "../../lib/dom";
import { proposalsTable, type Review } from "./proposals-table";
import { textView } from "./text-view";

const distinct = (values: string[]) => [...new Set(values)].sort();

/** Preselect what a previous apply did, so a re-apply of the same review changes nothing. */
function reviewOf(p: ProposalsResponse): Review {
  const decisions = new Map<string, "accept" | "reject">();
  for (const [id, d] of Object.entries(p.decisions)) decisions.set(id, d === "applied" ? "accept" : "reject");
  return { decisions, edits: new Map(), past: p.decisions };
}

/** /data/documents/:id — the text with highlighted mentions beside the proposals; review, then apply. */
export async function reviewPage(ctx: ViewContext, root: HTMLElement, id: string) {
  let doc, proposals;
  try {
    [doc, proposals] = await Promise.all([documentsApi.get(id), documentsApi.proposals(id)]);
  } catch (error) {
    ctx.banner.error(describeError(error), () => ctx.navigate(location.pathname + location.search, { replace: true }));
    return;
  }
  const review = reviewOf(proposals);
  const byId = new Map([...proposals.entities, ...proposals.links, ...proposals.problems].map((p) => [p.id, p]));
  const show = (start: number) => text.focus(start);
  const text = textView(doc, proposals.entities, (pid) => {
    root.querySelector(`tr[data-proposal="${pid}"]`)?.scrollIntoView({ block: "center" });
    show(byId.get(pid)!.start);
  });
  const status = h("div", { class: "import-status", role: "status", "data-testid": "apply-status" });
  const apply = h(
    "button",
    {
      type: "button",
      class: "primary",
      "data-testid": "doc-apply",
      onclick: async () => {
        const accept = [...review.decisions].filter(([, d]) => d === "accept").map(([pid]) => pid);
        const reject = [...review.decisions].filter(([, d]) => d === "reject").map(([pid]) => pid);
        status.className = "import-status";
        status.textContent = t("doc.applying");
        try {
          const r = await documentsApi.apply(id, {
            accept,
            reject,
            edits: [...review.edits.values()].filter((e) => review.decisions.get(e.id) === "accept"),
          });
          status.className = "import-done";
          status.textContent = t("doc.applied", {
            nodes: r.created.nodes,
            links: r.created.links,
            unchanged: r.unchanged.links,
            rejected: r.rejected,
          });
        } catch (error) {
          status.className = "import-status error";
          status.textContent = describeError(error);
        }
      },
    },
    t("doc.apply"),
  );

  const meta = [
    doc.number,
    doc.issuer,
    doc.date,
    t("doc.chars", { n: doc.chars }),
    `sha256 ${doc.sha256.slice(0, 12)}…`,
  ]
    .filter(Boolean)
    .join(" · ");
  const sections = h(
    "div",
    { class: "doc-proposals" },
    h("h2", {}, t("doc.entities", { n: proposals.entities.length })),
    proposalsTable(proposals.entities, review, {
      kinds: distinct(proposals.entities.map((e) => e.kind)),
      kindOf: (e) => e.kind,
      onShow: (e) => show(e.start),
      testid: "entities",
    }),
    h("h2", {}, t("doc.links", { n: proposals.links.length })),
    proposalsTable(proposals.links, review, {
      kinds: distinct(proposals.links.map((l) => l.type)),
      kindOf: (l) => l.type,
      onShow: (l) => show(l.start),
      testid: "links",
    }),
    proposals.problems.length ? h("h2", {}, t("doc.problems", { n: proposals.problems.length })) : null,
    proposals.problems.length
      ? proposalsTable(proposals.problems, review, {
          kinds: [],
          kindOf: () => "",
          onShow: (p) => show(p.start),
          testid: "problems",
        })
      : null,
    h("div", { class: "apply-bar" }, apply, status),
  );
  root.append(
    h(
      "p",
      {},
      h(
        "a",
        { href: "/data/documents", onclick: (e: Event) => (e.preventDefault(), ctx.navigate("/data/documents")) },
        t("doc.back"),
      ),
    ),
    h("h1", { "data-testid": "doc-title" }, doc.title ?? doc.file ?? doc.id),
    h(
      "p",
      { class: "muted" },
      meta,
      " ",
      h("span", { class: `badge doc-${doc.status}` }, t(`doc.status.${doc.status}`)),
    ),
    h("p", { class: "muted" }, t("doc.review.help")),
    h(
      "div",
      { class: "doc-review" },
      h("section", { class: "card doc-text-card" }, text.el),
      h("section", { class: "card" }, sections),
    ),
  );
  const at = /^(\d+)(?:-(\d+))?$/.exec(new URL(location.href).searchParams.get("at") ?? "");
  if (at) show(Number(at[1]));
}
