// Honesty checks on the seed (issue 13): basis, per-property claims and dates. Pure: no database.
import type { Claim, Provenance, SeedLink, SeedNode } from "./schema";

type Dataset = { nodes: SeedNode[]; links: (SeedLink & { id: string })[] };

/** The reply with all whitespace removed: its lines break mid-sentence, quotes must match across them. */
export function squash(text: string): string {
  return text.replace(/\s+/g, "");
}

/** Dates the seed once used as stand-ins ("undated" and "the reply's date"); no fact may carry them. */
export const PLACEHOLDER_DATES = ["2025-12-31", "2025-07-01"] as const;
/** Words in a note that admit the fact is not simply stated by its source. */
const HEDGES = /推断|未核实|编辑/;
const EDITORIAL_ONLY = new Set(["REQUIRES", "SUBFIELD_OF"]);

interface Item {
  what: string;
  type: string;
  prov: Provenance;
  props: Record<string, unknown>;
  claims: Record<string, Claim[]>;
}

function items(dataset: Dataset): Item[] {
  return [
    ...dataset.nodes.map((n) => ({
      what: n.id,
      type: n.kind,
      prov: n.prov,
      props: n.props ?? {},
      claims: n.claims ?? {},
    })),
    ...dataset.links.map((l) => ({
      what: l.id,
      type: l.type,
      prov: l.prov,
      props: l.props ?? {},
      claims: l.claims ?? {},
    })),
  ];
}

export interface HonestySummary {
  byBasis: Record<string, number>;
  claims: number;
  claimedProperties: number;
  placeholderDates: number;
  undated: number;
  contradictingNotes: number;
}

const contradicts = (p: Provenance) => HEDGES.test(p.note ?? "") && p.basis === "stated" && !p.uncertain;
const placeholder = (date: string | null | undefined) => (PLACEHOLDER_DATES as readonly string[]).includes(date ?? "");

export function honestySummary(dataset: Dataset): HonestySummary {
  const all = items(dataset);
  const byBasis: Record<string, number> = {};
  for (const item of all) byBasis[item.prov.basis] = (byBasis[item.prov.basis] ?? 0) + 1;
  const claimLists = all.flatMap((i) => Object.values(i.claims));
  const dates = all.flatMap((i) => [
    i.prov.asOf,
    ...Object.values(i.claims)
      .flat()
      .map((c) => c.asOf),
  ]);
  return {
    byBasis,
    claims: claimLists.flat().length,
    claimedProperties: claimLists.length,
    placeholderDates: dates.filter(placeholder).length,
    undated: all.filter((i) => i.prov.asOf === null).length,
    contradictingNotes: all.filter((i) => contradicts(i.prov)).length,
  };
}

/** Problems with basis, claims and dates; empty = honest. */
export function checkHonesty(dataset: Dataset, reply: string, facts: string): string[] {
  const problems: string[] = [];
  const replySquashed = squash(reply);
  const cites = (what: string, c: Provenance | Claim) => {
    if (c.quote && !replySquashed.includes(squash(c.quote)))
      problems.push(`${what}: quote is not verbatim in the reply: ${c.quote}`);
    if (c.url && !facts.includes(c.url)) problems.push(`${what}: url is not in zhuzhou-facts.md: ${c.url}`);
    if (placeholder(c.asOf))
      problems.push(`${what}: asOf ${c.asOf} is a placeholder date (use the source's date or null)`);
    if (c.validFrom && c.validTo && c.validFrom > c.validTo) problems.push(`${what}: validFrom is after validTo`);
  };
  for (const item of items(dataset)) {
    cites(item.what, item.prov);
    if (EDITORIAL_ONLY.has(item.type) && item.prov.basis !== "editorial")
      problems.push(
        `${item.what}: ${item.type} is the editors' classification (basis editorial), not ${item.prov.basis}`,
      );
    if (contradicts(item.prov))
      problems.push(`${item.what}: note "${item.prov.note}" hedges but basis is stated and not uncertain`);
    if (item.prov.source === "reply" && item.prov.asOf !== "2025")
      problems.push(`${item.what}: reply facts are dated 2025 (〔2025〕37号 gives no day), not ${item.prov.asOf}`);
    for (const [key, list] of Object.entries(item.claims)) {
      if (!(key in item.props)) problems.push(`${item.what}: claims.${key} cites a property the item does not have`);
      list.forEach((claim, i) => {
        if (!claim.url && !claim.quote) problems.push(`${item.what}: claims.${key}[${i}] has neither url nor quote`);
        cites(`${item.what} claims.${key}[${i}]`, claim);
      });
    }
  }
  return problems;
}
