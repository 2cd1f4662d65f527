import { createHash } from "node:crypto";
import type { ApplyBody, EntityProposal, LinkProposal, ProblemProposal, ProposalEdit } from "../../contracts/documents";
import { ENDPOINTS, ID_PREFIX, kindFamily, labelsFor, type NodeKind, type RelType } from "../../contracts/model";
import { DomainError } from "../../contracts/errors";
import type { LinkProbe, LinkWrite, NodeWrite } from "./documents.repo";

export interface Proposals {
  entities: EntityProposal[];
  links: LinkProposal[];
  problems: ProblemProposal[];
}

/** What every written fact carries: where in which document it was read, who reviewed it and when. */
export interface Provenance {
  documentId: string;
  sha256: string;
  by: string;
  at: string;
}

/** Same kind family and name → same id: applying twice (or two documents naming it) makes one node. */
const nodeId = (kind: NodeKind, name: string) =>
  `${ID_PREFIX[kind]}:doc-${createHash("sha1")
    .update(`${kindFamily(kind)}|${name.normalize("NFKC").trim().toLowerCase()}`)
    .digest("hex")
    .slice(0, 12)}`;
const invalid = (message: string, details?: Record<string, unknown>) =>
  new DomainError("unprocessable", "APPLY_INVALID", `${message}; nothing was written`, details);

function factProps(
  p: Provenance,
  quote: { quote: string; start: number; end: number },
  extra: Record<string, unknown> = {},
) {
  return {
    source: "document",
    documentId: p.documentId,
    sha256: p.sha256,
    quote: quote.quote,
    quoteStart: quote.start,
    quoteEnd: quote.end,
    by: p.by,
    reviewedAt: p.at,
    asOf: p.at.slice(0, 10),
    ...extra,
  };
}

/** A reviewed entity: the node it is (existing, merged into, or new with its name and kind). */
interface Resolved {
  id: string;
  kind: NodeKind;
  name: string;
  isNew: boolean;
  proposal: EntityProposal;
}

/**
 * Turn accepted proposals (with the reviewer's edits) into node and link writes. Pure given the lookups:
 * `stored` are the existing nodes that matches, merges and derived ids point to; `byName` finds an existing
 * node of a new entity's name (then that node is used, not a duplicate).
 */
export function planApply(
  proposals: Proposals,
  body: ApplyBody,
  prov: Provenance,
  stored: Map<string, Record<string, unknown>>,
  byName: Map<string, Record<string, unknown>>,
) {
  const edits = new Map<string, ProposalEdit>(body.edits.map((e) => [e.id, e]));
  const entities = new Map(proposals.entities.map((e) => [e.id, e]));
  const links = new Map(proposals.links.map((l) => [l.id, l]));
  const problems = new Map(proposals.problems.map((p) => [p.id, p]));
  const unknown = [...body.accept, ...body.reject, ...body.edits.map((e) => e.id)].filter(
    (id) => !entities.has(id) && !links.has(id) && !problems.has(id),
  );
  if (unknown.length)
    throw new DomainError(
      "invalid",
      "VALIDATION_FAILED",
      `Unknown proposal id(s): ${[...new Set(unknown)].slice(0, 20).join(", ")}`,
      { unknown },
    );
  const accepted = new Set(body.accept);

  function resolve(p: EntityProposal): Resolved | null {
    const edit = edits.get(p.id);
    const target = edit?.mergeInto ?? p.match?.id;
    if (target) {
      const node = stored.get(target);
      if (!node)
        throw invalid(`${p.id} (“${p.text}”) refers to ${target}, which does not exist`, {
          proposal: p.id,
          id: target,
        });
      return { id: target, kind: node.kind as NodeKind, name: String(node.name), isNew: false, proposal: p };
    }
    if (!accepted.has(p.id)) return null;
    const kind = edit?.kind ?? p.kind;
    const name = edit?.name ?? p.text.replace(/\s+/g, "");
    const same = byName.get(name);
    if (same && kindFamily(String(same.kind)) === kindFamily(kind))
      return { id: String(same.id), kind: same.kind as NodeKind, name, isNew: false, proposal: p };
    const id = nodeId(kind, name);
    return { id, kind, name, isNew: !stored.has(id), proposal: p };
  }

  const resolved = new Map<string, Resolved>();
  const at = (p: EntityProposal) => {
    if (!resolved.has(p.id)) {
      const r = resolve(p);
      if (r) resolved.set(p.id, r);
    }
    return resolved.get(p.id) ?? null;
  };
  for (const id of body.accept) if (entities.has(id)) at(entities.get(id)!);

  const linkWrites: (LinkWrite & { proposal: string; undirected: boolean })[] = [];
  for (const id of body.accept.filter((x) => links.has(x))) {
    const l = links.get(id)!;
    const type = (edits.get(id)?.type ?? l.type) as RelType;
    const ends = [l.source, l.target].map((end) => {
      const r = at(entities.get(end.ref)!);
      if (!r)
        throw invalid(`${id} needs “${end.text}” (${end.ref}): accept it too, or merge it into an existing node`, {
          proposal: id,
          needs: end.ref,
        });
      return r;
    });
    const [from, to] = ends as [Resolved, Resolved];
    const allowed = ENDPOINTS[type];
    if (!allowed.from.includes(from.kind) || !allowed.to.includes(to.kind)) {
      throw invalid(`${id}: ${type} cannot link a ${from.kind} (${from.name}) to a ${to.kind} (${to.name})`, {
        proposal: id,
        type,
        from: from.kind,
        to: to.kind,
      });
    }
    if (from.id === to.id) throw invalid(`${id}: a ${type} link from ${from.name} to itself`, { proposal: id });
    const extra = l.inferred ? { uncertain: true, note: `inferred: ${l.reason}` } : { note: l.reason };
    linkWrites.push({
      id: `${type}:${from.id}->${to.id}#doc`,
      type,
      from: from.id,
      to: to.id,
      props: { id: `${type}:${from.id}->${to.id}#doc`, ...factProps(prov, l, extra) },
      proposal: id,
      undirected: type === "COLLABORATES_WITH",
    });
  }

  const nodeWrites: (NodeWrite & { proposal: string })[] = [];
  const seen = new Set<string>();
  for (const r of resolved.values()) {
    if (!r.isNew || seen.has(r.id)) continue;
    seen.add(r.id);
    nodeWrites.push({
      id: r.id,
      labels: labelsFor(r.kind),
      props: {
        id: r.id,
        kind: r.kind,
        name: r.name,
        ...factProps(prov, { quote: r.proposal.quote, start: r.proposal.start, end: r.proposal.end }),
      },
      proposal: r.proposal.id,
    });
  }
  for (const id of body.accept.filter((x) => problems.has(x))) {
    const p = problems.get(id)!;
    const pid = nodeId("Problem", p.title);
    if (stored.has(pid) || seen.has(pid)) continue;
    seen.add(pid);
    const facts = Object.fromEntries(
      Object.entries({ statement: p.indicators, bountyText: p.bounty, deadlineText: p.deadline }).filter(([, v]) => v),
    );
    nodeWrites.push({
      id: pid,
      labels: ["Problem"],
      props: { id: pid, kind: "Problem", name: p.title, status: "open", ...facts, ...factProps(prov, p) },
      proposal: id,
    });
    if (p.owner?.id && stored.has(p.owner.id)) {
      const lid = `POSTED:${p.owner.id}->${pid}#doc`;
      linkWrites.push({
        id: lid,
        type: "POSTED",
        from: p.owner.id,
        to: pid,
        props: { id: lid, ...factProps(prov, p) },
        proposal: id,
        undirected: false,
      });
    }
  }
  // A candidate merged into an existing node: its text as written becomes an alias of that node.
  const aliases = body.edits
    .filter((e) => e.mergeInto && accepted.has(e.id) && entities.get(e.id)?.match === null)
    .map((e) => ({ id: e.mergeInto!, alias: entities.get(e.id)!.text.replace(/\s+/g, "") }));
  const probes: LinkProbe[] = linkWrites.map((l) => ({
    key: l.id,
    type: l.type,
    from: l.from,
    to: l.to,
    undirected: l.undirected,
  }));
  return { nodes: nodeWrites, links: linkWrites, probes, aliases };
}

/** Ids the plan must look up before it can resolve: matches, merges, derived ids of new entities and problems, owners. */
export function idsToLookUp(proposals: Proposals, body: ApplyBody): { ids: string[]; names: string[] } {
  const ids = new Set<string>();
  const names = new Set<string>();
  const accepted = new Set(body.accept);
  const edits = new Map(body.edits.map((e) => [e.id, e]));
  const entities = new Map(proposals.entities.map((e) => [e.id, e]));
  const involved = new Set<string>(body.accept);
  for (const l of proposals.links) if (accepted.has(l.id)) [l.source.ref, l.target.ref].forEach((r) => involved.add(r));
  for (const id of involved) {
    const e = entities.get(id);
    if (!e) continue;
    const edit = edits.get(id);
    if (edit?.mergeInto) ids.add(edit.mergeInto);
    else if (e.match) ids.add(e.match.id);
    else {
      const name = edit?.name ?? e.text.replace(/\s+/g, "");
      names.add(name);
      ids.add(nodeId(edit?.kind ?? e.kind, name));
    }
  }
  for (const p of proposals.problems) {
    if (!accepted.has(p.id)) continue;
    ids.add(nodeId("Problem", p.title));
    if (p.owner?.id) ids.add(p.owner.id);
  }
  return { ids: [...ids], names: [...names] };
}
