import type { ConsortiumView } from "../../../server/contracts/matching";
import { t } from "../../i18n";
import { joinList } from "./format";

type Member = ConsortiumView["members"][number];

/** Why a member is in the consortium, in a sentence or two (from what the server computed). */
export function whyMember(member: Member, techName: (id: string) => string): string {
  const parts: string[] = [];
  if (member.role === "lead") parts.push(t("why.lead"));
  if (member.unique.length) parts.push(t("why.unique", { techs: joinList(member.unique.map(techName)) }));
  const shared = member.covers.filter((c) => !member.unique.includes(c));
  if (shared.length) parts.push(t("why.shared", { techs: joinList(shared.map(techName)) }));
  if (member.fills.includes("lead") && member.role !== "lead") parts.push(t("why.onlyLeadKind"));
  if (member.fills.includes("research")) parts.push(t("why.research"));
  if (!parts.length || (member.covers.length === 0 && member.fills.length === 0 && member.role !== "lead"))
    parts.push(t("why.extra"));
  return parts.join(t("why.separator"));
}

export function reasonText(reason: string | null): string | null {
  return reason ? t(`reason.${reason}`) : null;
}

export const VIOLATIONS = ["empty", "too_many_members", "not_local", "no_lead", "no_research_member"] as const;
