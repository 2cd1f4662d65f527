import type { GapsResponse, SegmentGap } from "../../../server/contracts/chains";
import type { ViewContext } from "../../app/view-types";
import { displayName, t } from "../../i18n";
import { append, h } from "../../lib/dom";
import { appLink } from "./chains-page";
import { orgLine, orgList, orgLookup, orgName, reasonText, remedyReason, sourceBadge, statusBadge } from "./gap-labels";
import { chainsUrl } from "./page-route";
import { basisBadge } from "../explore/provenance";

function section(title: string, ...children: (Node | string | null)[]): HTMLElement {
  return h("section", {}, h("h3", {}, title), ...children);
}

function evidenceBlock(report: GapsResponse, segment: SegmentGap, lookup: ReturnType<typeof orgLookup>): HTMLElement {
  const { evidence } = segment;
  const links = evidence.links.map((link) =>
    h(
      "li",
      { class: link.provenance.source === "illustrative" ? "illustrative" : undefined },
      orgName(lookup, link.source),
      ` ${t(`chains.link.${link.type}`)} `,
      orgName(lookup, link.target),
      " ",
      sourceBadge(link.provenance),
      link.provenance.basis && link.provenance.basis !== "stated" ? basisBadge(link.provenance) : null,
    ),
  );
  const neighbours = evidence.neighbours.map((n) =>
    h(
      "li",
      {},
      `${t(`chains.segment.direction.${n.direction}`)}: `,
      n.chainId && n.chainId !== report.chain.id
        ? h("span", {}, displayName(n), " ", t("chains.segment.otherChain", { chain: n.chainId }))
        : h("span", {}, displayName(n)),
    ),
  );
  return h(
    "section",
    { "data-testid": "evidence", class: "evidence" },
    h("h3", {}, t("chains.segment.evidence")),
    h("h4", {}, t("chains.segment.capable")),
    orgList(lookup, evidence.capable),
    h("h4", {}, t("chains.segment.neighbours")),
    neighbours.length ? h("ul", {}, ...neighbours) : h("p", { class: "muted" }, t("chains.reason.no-feeds-neighbour")),
    neighbours.length
      ? h(
          "p",
          { class: "muted" },
          t("chains.segment.neighbourEnterprises", { n: evidence.neighbourEnterprises.length }),
        )
      : null,
    h("h4", {}, t("chains.segment.links")),
    links.length ? h("ul", { class: "link-list" }, ...links) : h("p", { class: "muted" }, t("chains.segment.noLinks")),
    evidence.inferredOnly
      ? h("p", { class: "warn", "data-testid": "inferred-only" }, t("chains.segment.inferredOnly"))
      : null,
    evidence.integrated.length ? h("h4", {}, t("chains.segment.integrated")) : null,
    evidence.integrated.length ? orgList(lookup, evidence.integrated) : null,
  );
}

function remediesBlock(report: GapsResponse, segment: SegmentGap, lookup: ReturnType<typeof orgLookup>): HTMLElement {
  if (segment.status === "strong")
    return section(t("chains.segment.remedies"), h("p", { class: "muted" }, t("chains.segment.noRemedies")));
  const techName = (id: string) => displayName(report.technologies.find((x) => x.id === id) ?? { name: id });
  const segmentName = (id: string) => displayName(segment.evidence.neighbours.find((n) => n.id === id) ?? { name: id });
  const rows = segment.remedies.map((remedy) =>
    h(
      "tr",
      { "data-org": remedy.orgId },
      h("td", { class: "score" }, remedy.score),
      h("td", {}, orgLine(lookup, remedy.orgId)),
      h(
        "td",
        {},
        h("span", { class: `strategy ${remedy.strategy}` }, t(`chains.remedy.strategy.${remedy.strategy}`)),
        h("br", {}),
        h("span", { class: "muted" }, t(`chains.remedy.kind.${remedy.kind}`)),
      ),
      h("td", { class: "reason" }, remedyReason(remedy, lookup, techName, segment.techs.length, segmentName)),
    ),
  );
  return section(
    t("chains.segment.remedies"),
    rows.length
      ? h(
          "table",
          { class: "remedies", "data-testid": "remedies" },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              h("th", {}, t("chains.remedy.score")),
              h("th", {}, t("chains.whatif.org")),
              h("th", {}, ""),
              h("th", {}, t("chains.segment.reasons")),
            ),
          ),
          h("tbody", {}, ...rows),
        )
      : h("p", { class: "muted" }, t("chains.segment.noCandidates")),
  );
}

/** Everything behind one segment's label: reasons, organisations, evidence, single points of failure, remedies. */
export function segmentPanel(ctx: ViewContext, report: GapsResponse, segment: SegmentGap): HTMLElement {
  const lookup = orgLookup(report);
  const techs = segment.techs.map((id) =>
    appLink(ctx, chainsUrl.overview(id), displayName(report.technologies.find((x) => x.id === id) ?? { name: id })),
  );
  const spof = segment.spofDetail.map((s) =>
    orgLine(lookup, s.orgId, [
      h(
        "span",
        { class: "spof-effects" },
        ` — ${s.effects.map((e) => t(`chains.spof.${e}`)).join(t("chains.listSep"))}`,
      ),
    ]),
  );
  const panel = h("aside", {
    class: "segment-panel",
    "data-testid": "segment-panel",
    "data-segment": segment.id,
    "data-status": segment.status,
  });
  append(
    panel,
    h("p", { class: "muted" }, `${t(`chains.stage.${segment.stage}`)} · ${segment.order}`),
    h("h2", {}, displayName(segment), " ", statusBadge(segment.status)),
    h(
      "ul",
      { class: "reasons", "data-testid": "reasons" },
      ...segment.reasons.map((r) => h("li", { "data-reason": r }, reasonText(r))),
    ),
    appLink(ctx, chainsUrl.explore(segment.id, report.chain.id), t("chains.segment.explore")),
    section(
      t("chains.segment.techs"),
      techs.length
        ? h("p", { class: "tech-links" }, ...techs.flatMap((a, i) => (i ? [t("chains.listSep"), a] : [a])))
        : h("p", { class: "muted" }, t("chains.reason.no-required-technologies")),
    ),
    section(t("chains.segment.enterprises", { n: segment.enterprises.length }), orgList(lookup, segment.enterprises)),
    section(t("chains.segment.research", { n: segment.research.length }), orgList(lookup, segment.research)),
    segment.evidence.nonLocal.length
      ? section(
          t("chains.segment.nonLocal", { n: segment.evidence.nonLocal.length }),
          orgList(lookup, segment.evidence.nonLocal),
        )
      : null,
    evidenceBlock(report, segment, lookup),
    section(
      t("chains.segment.spof"),
      spof.length
        ? h("ul", { class: "org-list", "data-testid": "spof" }, ...spof)
        : h("p", { class: "muted" }, t("chains.segment.noSpof")),
    ),
    remediesBlock(report, segment, lookup),
  );
  return panel;
}
