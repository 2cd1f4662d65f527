import type { Candidate, CandidatesResponse } from "../../contracts/matching";
import {
  componentScores,
  LEAD_WEIGHTS,
  problemFacts,
  scoreComponents,
  SOLVER_WEIGHTS,
  weighted,
} from "../../domain/candidates/score";
import type { MatchContext } from "./match-context";
import { CHAIN } from "./snapshot-index";

type NotStated = NonNullable<Candidate["notStated"]>[number];
const isNotStated = (basis: string | null | undefined): basis is NotStated["basis"] =>
  basis === "inferred" || basis === "editorial";

interface Ranked {
  index: number;
  eligible: boolean;
  solverScore: number;
  leadScore: number;
}

/** The first `limit` in `order` without sorting everything (pools hold thousands, the table shows 50). */
function best<T>(items: T[], order: (a: T, b: T) => number, limit: number): T[] {
  const top: T[] = [];
  for (const item of items) {
    if (top.length === limit && order(item, top[limit - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && order(item, top[at - 1]!) < 0) at--;
    top.splice(at, 0, item);
    if (top.length > limit) top.pop();
  }
  return top;
}

/**
 * Solvers and possible leads for a problem, each score broken into its components (pure). Every pool
 * organisation is scored with plain numbers; evidence lists and paths are built only for those returned.
 */
export function rankCandidates(ctx: MatchContext, limit: number): CandidatesResponse {
  const { problem, pool, prepared: p } = ctx;
  const poster = problem.poster ? p.all.find((m) => m.id === problem.poster!.id) : undefined;
  const fromPoster = poster ? p.graph.row(poster.index) : null;
  const hopsOf = (index: number) => (fromPoster && fromPoster[index]! >= 0 ? fromPoster[index]! : null);
  const facts = problemFacts(
    problem.requires,
    problem.chains.map((c) => c.id),
  );

  // Only holders (solvers) and candidates of a lead kind (possible leads) are ranked at all, with plain numbers
  // from the snapshot's index (the same formula as partScores, without reading the rows).
  const { index: snap, ranks } = pool;
  const weightOf = new Float64Array(snap.term.size);
  const required = new Uint8Array(snap.term.size);
  for (const [tech, weight] of facts.required) {
    const t = snap.term.get(tech);
    if (t === undefined) continue;
    weightOf[t] = weight;
    required[t] = 1;
  }
  const forPlatform = required.slice();
  for (const chain of facts.chains) {
    const t = snap.term.get(CHAIN + chain);
    if (t !== undefined) forPlatform[t] = 1;
  }
  const anyOf = (flags: Uint8Array, terms: Int32Array, from: number, to: number) => {
    for (let k = from; k < to; k++) if (flags[terms[k]!]) return true;
    return false;
  };
  const ranked: Ranked[] = [];
  const n = pool.orgs.length;
  for (let index = 0; index < n; index++) {
    const member = p.all[index]!;
    if (!member.techs.length && !member.leadKind) continue;
    const r = ranks[index]!;
    let weight = 0;
    let levels = 0;
    let held = 0;
    for (let k = snap.cStart[r]!, end = snap.cStart[r + 1]!; k < end; k++) {
      const t = snap.capTerm[k]!;
      if (!required[t]) continue;
      weight += weightOf[t]!;
      levels += snap.capLevel[k]!;
      held++;
    }
    let projects = 0;
    for (let q = snap.pStart[r]!, end = snap.pStart[r + 1]!; q < end; q++)
      if (anyOf(required, snap.projectTerms, snap.ptStart[q]!, snap.ptStart[q + 1]!)) projects++;
    let platforms = 0;
    for (let q = snap.lStart[r]!, end = snap.lStart[r + 1]!; q < end; q++)
      if (anyOf(forPlatform, snap.platformTerms, snap.ltStart[q]!, snap.ltStart[q + 1]!)) platforms++;
    const scores = componentScores(
      weight,
      facts.total,
      held ? levels / held : 0,
      projects,
      platforms,
      hopsOf(index),
      snap.local[r] === 1,
      snap.openConsortia[r]!,
    );
    ranked.push({
      index,
      eligible: member.eligible,
      solverScore: weighted(scores, SOLVER_WEIGHTS),
      leadScore: weighted(scores, LEAD_WEIGHTS),
    });
  }
  // Positions are id order, so the id tie-break compares positions.
  const order = (score: (r: Ranked) => number) => (a: Ranked, b: Ranked) =>
    Number(b.eligible) - Number(a.eligible) || score(b) - score(a) || a.index - b.index;
  const solvers = best(
    ranked.filter((r) => p.all[r.index]!.techs.length > 0),
    order((r) => r.solverScore),
    limit,
  );
  const leads = best(
    ranked.filter((r) => p.all[r.index]!.leadKind),
    order((r) => r.leadScore),
    limit,
  );

  const posterTies = new Map<string, string[]>();
  const tieBasis = new Map<string, NotStated[]>();
  for (const t of poster ? pool.tiesOf(poster.id) : []) {
    const other = t.a === poster!.id ? t.b : t.b === poster!.id ? t.a : null;
    if (!other) continue;
    const id = t.evidence ?? `${t.type}:${t.a}->${t.b}`;
    posterTies.set(other, [...(posterTies.get(other) ?? []), id]);
    if (isNotStated(t.basis)) tieBasis.set(other, [...(tieBasis.get(other) ?? []), { id, basis: t.basis }]);
  }
  /** The capability and tie links behind a candidate that the sources do not state outright. */
  const notStatedOf = (org: (typeof pool.orgs)[number]): NotStated[] => [
    ...org.caps.flatMap((c) =>
      c.link && facts.required.has(c.tech) && isNotStated(c.basis) ? [{ id: c.link, basis: c.basis }] : [],
    ),
    ...(tieBasis.get(org.id) ?? []),
  ];
  const explained = new Map<number, Candidate>();
  const explain = (r: Ranked): Candidate => {
    const known = explained.get(r.index);
    if (known) return known;
    const org = pool.orgs[r.index]!;
    const hops = hopsOf(r.index);
    const path = poster && hops !== null ? p.graph.path(poster.index, r.index)!.map((i) => p.all[i]!.id) : [];
    const candidate: Candidate = {
      id: org.id,
      name: org.name,
      kind: org.kind,
      local: org.local,
      ...(org.nameEn ? { nameEn: org.nameEn } : {}),
      ...(org.district ? { district: org.district } : {}),
      eligible: r.eligible,
      canLead: p.all[r.index]!.leadKind,
      solverScore: r.solverScore,
      leadScore: r.leadScore,
      components: scoreComponents(org, facts, { hops, path, directTies: posterTies.get(org.id) ?? [] }),
    };
    const notStated = notStatedOf(org);
    if (notStated.length) candidate.notStated = notStated;
    explained.set(r.index, candidate);
    return candidate;
  };
  return {
    problem: { id: problem.id, name: problem.name, ...(problem.nameEn ? { nameEn: problem.nameEn } : {}) },
    requires: problem.requires,
    weights: { solver: { ...SOLVER_WEIGHTS }, lead: { ...LEAD_WEIGHTS } },
    solvers: solvers.map(explain),
    leads: leads.map(explain),
    uncoverable: p.uncoverable.map((t) => p.techs[t]!),
    poolSize: pool.orgs.length,
  };
}
