import { CLAIMS_KEY, CHECKS_KEY, labelsFor, PROVENANCE_KEYS } from "../server/contracts/model";
import type { Claim, Provenance, SeedLink, SeedNode } from "./schema";

type Props = Record<string, unknown>;

/** Provenance flattened onto the item; a null `asOf` (undated) is simply absent. */
function provenanceProps(prov: Provenance): Props {
  return Object.fromEntries(Object.entries(prov).filter(([, v]) => v !== undefined && v !== null));
}

/** Claims as stored: one JSON string property (Neo4j properties cannot hold maps); absent when none. */
export function claimsProps(claims: Record<string, Claim[]> | undefined): Props {
  if (!claims || !Object.keys(claims).length) return {};
  const clean = Object.fromEntries(
    Object.entries(claims).map(([k, list]) => [
      k,
      list.map((c) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined))),
    ]),
  );
  return { [CLAIMS_KEY]: JSON.stringify(clean) };
}

const RESERVED = [...PROVENANCE_KEYS, CLAIMS_KEY, CHECKS_KEY];
const RESERVED_ON_NODES = new Set(["id", "kind", "name", "nameEn", "aliases", "district", "local", ...RESERVED]);
const RESERVED_ON_LINKS = new Set(["id", ...RESERVED]);

/** Property keys a seed/import row may not set through `props` (they come from dedicated fields). */
export function reservedKeysIn(props: Props | undefined, on: "node" | "link" = "node"): string[] {
  const reserved = on === "node" ? RESERVED_ON_NODES : RESERVED_ON_LINKS;
  return Object.keys(props ?? {}).filter((key) => reserved.has(key));
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
    ...claimsProps(node.claims),
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
    props: { ...(link.props ?? {}), id: link.id, ...claimsProps(link.claims), ...provenanceProps(link.prov) },
  };
}
