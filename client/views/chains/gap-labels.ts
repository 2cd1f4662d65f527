// Small presentational pieces shared by the chains pages: status badges, reasons, organisation names with
// their provenance (illustrative data is always visibly marked), remedy explanations.
import type { GapsResponse, OrgRef, Remedy } from "../../../server/contracts/chains";
import type { GapStatus } from "../../../server/contracts/gap-vocabulary";
import { displayName, t } from "../../i18n";
import { h } from "../../lib/dom";
import { sourceBadge } from "../../lib/source-badge";

export { sourceBadge };

export const STATUS_COLOR: Record<GapStatus, string> = {
  missing: "#dc2626",
  weak: "#f59e0b",
  broken: "#7c3aed",
  strong: "#16a34a",
};

export function statusBadge(status: GapStatus): HTMLElement {
  return h("span", { class: `gap-badge ${status}`, "data-status": status }, t(`chains.status.${status}`));
}

export const reasonText = (reason: string) => t(`chains.reason.${reason}`);

export type OrgLookup = (id: string) => OrgRef | undefined;

export function orgLookup(report: Pick<GapsResponse, "orgs">): OrgLookup {
  const byId = new Map(report.orgs.map((o) => [o.id, o]));
  return (id) => byId.get(id);
}

export function orgName(lookup: OrgLookup, id: string): string {
  const org = lookup(id);
  return org ? displayName(org) : id;
}

/** "中车时代半导体 · 企业 · 本地 [公开资料]" — the name, kind, locality and where the fact comes from. */
export function orgLine(lookup: OrgLookup, id: string, extra: (Node | string | null)[] = []): HTMLElement {
  const org = lookup(id);
  return h(
    "li",
    { "data-org": id, class: org?.provenance.source === "illustrative" ? "illustrative" : undefined },
    h("span", { class: "org-name", title: id }, org ? displayName(org) : id),
    org
      ? h(
          "span",
          { class: "muted" },
          ` · ${t(`kind.${org.kind}`)} · ${t(org.local ? "chains.org.local" : "chains.org.nonLocal")} `,
        )
      : null,
    org ? sourceBadge(org.provenance) : null,
    ...extra,
  );
}

export function orgList(lookup: OrgLookup, ids: string[]): HTMLElement {
  return ids.length
    ? h("ul", { class: "org-list" }, ...ids.map((id) => orgLine(lookup, id)))
    : h("p", { class: "muted" }, t("chains.segment.none"));
}

export function remedyReason(
  remedy: Remedy,
  lookup: OrgLookup,
  techName: (id: string) => string,
  techCount: number,
  segmentName: (id: string) => string,
): string {
  const { basis } = remedy;
  const parts: string[] = [];
  if (basis.techs.length)
    parts.push(
      t("chains.remedy.techs", {
        n: basis.techs.length,
        total: techCount,
        list: basis.techs.map(techName).join(t("chains.listSep")),
      }),
    );
  if (basis.present) parts.push(t("chains.remedy.present"));
  if (basis.adjacent.length)
    parts.push(t("chains.remedy.adjacent", { list: basis.adjacent.map(segmentName).join(t("chains.listSep")) }));
  if (basis.ties.length)
    parts.push(
      t("chains.remedy.ties", { list: basis.ties.map((id) => orgName(lookup, id)).join(t("chains.listSep")) }),
    );
  return parts.join(t("chains.sep"));
}
