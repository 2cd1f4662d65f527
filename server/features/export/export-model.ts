import type { Claims, GraphLink, GraphNode, Provenance } from "../../contracts/common";
import { CLAIMS_KEY, ORG_KINDS, PROVENANCE_KEYS, type NodeKind } from "../../contracts/model";

/** Node groups of the CSV/XLSX exports (one file or sheet each); relationships get one per type. */
export const NODE_GROUPS: { name: string; kinds: readonly NodeKind[] }[] = [
  { name: "organisations", kinds: ORG_KINDS },
  { name: "technologies", kinds: ["Technology"] },
  { name: "chains", kinds: ["Chain"] },
  { name: "segments", kinds: ["Segment"] },
  { name: "projects", kinds: ["Project"] },
  { name: "problems", kinds: ["Problem"] },
  { name: "consortia", kinds: ["Consortium"] },
  { name: "policies", kinds: ["Policy"] },
];

export interface Sheet {
  name: string;
  rows: unknown[][];
}

function keysOf(items: { props: Record<string, unknown> }[]): string[] {
  return [...new Set(items.flatMap((item) => Object.keys(item.props)))].sort();
}

/** Per-property citations as one JSON cell/property (the storage form), "" when there are none. */
export const claimsText = (claims: Claims | undefined) =>
  claims && Object.keys(claims).length ? JSON.stringify(claims) : "";

const PROV_COLUMNS = [...PROVENANCE_KEYS, CLAIMS_KEY];
const prov = (p: Provenance, claims: Claims | undefined) => [
  ...PROVENANCE_KEYS.map((k) => (p as Record<string, unknown>)[k] ?? ""),
  claimsText(claims),
];

/** The graph as tables: every property a column, provenance columns last (claims as one JSON column). */
export function sheetsOf(nodes: GraphNode[], links: GraphLink[]): Sheet[] {
  const sheets: Sheet[] = [];
  for (const group of NODE_GROUPS) {
    const members = nodes.filter((n) => group.kinds.includes(n.kind));
    if (!members.length) continue;
    const keys = keysOf(members);
    sheets.push({
      name: group.name,
      rows: [
        ["id", "kind", "name", "nameEn", ...keys, ...PROV_COLUMNS],
        ...members.map((n) => [
          n.id,
          n.kind,
          n.name,
          n.nameEn ?? "",
          ...keys.map((k) => n.props[k] ?? ""),
          ...prov(n.provenance, n.claims),
        ]),
      ],
    });
  }
  for (const type of [...new Set(links.map((l) => l.type))].sort()) {
    const members = links.filter((l) => l.type === type);
    const keys = keysOf(members);
    sheets.push({
      name: `links-${type}`,
      rows: [
        ["id", "type", "from", "to", ...keys, ...PROV_COLUMNS],
        ...members.map((l) => [
          l.id,
          l.type,
          l.source,
          l.target,
          ...keys.map((k) => l.props[k] ?? ""),
          ...prov(l.provenance, l.claims),
        ]),
      ],
    });
  }
  return sheets;
}
