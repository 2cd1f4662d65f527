import { ORG_KINDS, type Provenance, type SeedLink, type SeedNode } from "./schema";

type Props = Record<string, unknown>;

function provenanceProps(prov: Provenance): Props {
  return Object.fromEntries(Object.entries(prov).filter(([, v]) => v !== undefined));
}

const PROVENANCE_KEYS = ["source", "quote", "url", "tier", "file", "row", "asOf", "uncertain", "note", "documentId", "sha256", "quoteStart", "quoteEnd", "reviewedAt"];
const RESERVED_ON_NODES = new Set(["id", "kind", "name", "nameEn", "aliases", "district", "local", ...PROVENANCE_KEYS]);
const RESERVED_ON_LINKS = new Set(["id", ...PROVENANCE_KEYS]);

/** Property keys a seed/import row may not set through `props` (they come from dedicated fields). */
export function reservedKeysIn(props: Props | undefined, on: "node" | "link" = "node"): string[] {
  const reserved = on === "node" ? RESERVED_ON_NODES : RESERVED_ON_LINKS;
  return Object.keys(props ?? {}).filter((key) => reserved.has(key));
}

export function labelsFor(kind: SeedNode["kind"]): string[] {
  return (ORG_KINDS as readonly string[]).includes(kind) ? ["Org", kind] : [kind];
}

/** A seed node as stored: fields, free props and provenance flattened onto one property map. */
export function nodeRow(node: SeedNode) {
  const props: Props = {
    ...(node.props ?? {}),
    id: node.id,
    kind: node.kind,
    name: node.name,
    ...(node.nameEn ? { nameEn: node.nameEn } : {}),
    ...(node.aliases?.length ? { aliases: node.aliases } : {}),
    ...(node.district ? { district: node.district } : {}),
    ...(node.local !== undefined ? { local: node.local } : {}),
    ...provenanceProps(node.prov),
  };
  return { id: node.id, labels: labelsFor(node.kind), props };
}

export function linkRow(link: SeedLink & { id: string }) {
  return {
    id: link.id,
    type: link.type,
    from: link.from,
    to: link.to,
    props: { ...(link.props ?? {}), id: link.id, ...provenanceProps(link.prov) },
  };
}
