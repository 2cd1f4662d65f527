import type { Problem } from "../../contracts/problems";
import { prepareIndexed, type CandidateKind, type Instance, type Prepared, type Rules } from "../../domain/consortium";
import type { PoolRow, Snapshot, TieRow } from "./problems.repo";
import { indexOf, type SnapshotIndex } from "./snapshot-index";

/** One problem's view of a matching snapshot: its candidate pool and the ties among it. */
export interface ProblemPool {
  orgs: PoolRow[];
  /** The ties among the pool, in the snapshot's tie order (built on first use: the batch path never needs them). */
  readonly ties: TieRow[];
  /** The ties as positions in `orgs`, flat: tie e joins edges[2e] and edges[2e + 1]. */
  edges: Int32Array;
  byId: { get(id: string): PoolRow | undefined };
  /** The pool's ties touching this organisation, in the snapshot's tie order. */
  tiesOf(id: string): TieRow[];
  /** Snapshot ranks of the members, ascending (position i in `orgs` is rank ranks[i]). */
  ranks: Int32Array;
  index: SnapshotIndex;
}

/**
 * The pool for a problem: candidates holding a required technology, the poster, and every candidate tied to
 * one of those (one hop, so paths through a common partner count). `extra` members (what-if) join without
 * their neighbours, so a what-if never changes the distances the builder used. The same function serves a
 * single-problem snapshot and a snapshot shared by many problems, and returns everything in id order, so
 * both give identical answers (down to which of two equally short paths explains a distance).
 */
export function problemPool(problem: Problem, snapshot: Snapshot, extra: string[] = []): ProblemPool {
  const index = indexOf(snapshot);
  // Scratch shared by the snapshot's problems (one at a time; cleared below): no 50,000-entry arrays per problem.
  const { inPool, position } = index.scratch;
  const members: number[] = [];
  const add = (i: number) => {
    if (inPool[i]) return;
    inPool[i] = 1;
    members.push(i);
  };
  for (const r of problem.requires) for (const i of index.holdersOf.get(r.id) ?? []) add(i);
  const poster = problem.poster ? index.rank.get(problem.poster.id) : undefined;
  if (poster !== undefined) add(poster);
  const core = members.length;
  const { nStart, neighbours, fStart, tiesFrom, tieA, tieB } = index;
  for (let c = 0; c < core; c++) {
    const i = members[c]!;
    for (let k = nStart[i]!, end = nStart[i + 1]!; k < end; k++) add(neighbours[k]!);
  }
  for (const id of extra) {
    const i = index.rank.get(id);
    if (i !== undefined) add(i);
  }
  // Work proportional to this pool, not to the snapshot (a batch's snapshot holds many pools): members in
  // rank (= id) order, and their ties in the snapshot's tie order (by a, then b, type, evidence).
  const ranks = Int32Array.from(members).sort();
  ranks.forEach((i, at) => (position[i] = at));
  const orgs = Array.from(ranks, (i) => index.orgs[i]!);
  const kept: number[] = [];
  for (const i of ranks)
    for (let k = fStart[i]!, end = fStart[i + 1]!; k < end; k++) {
      const t = tiesFrom[k]!;
      if (inPool[tieB[t]!]) kept.push(t);
    }
  const edges = new Int32Array(2 * kept.length);
  kept.forEach((t, e) => {
    edges[2 * e] = position[tieA[t]!]!;
    edges[2 * e + 1] = position[tieB[t]!]!;
  });
  for (const i of members) inPool[i] = 0;
  const has = (i: number) => {
    let lo = 0;
    let hi = ranks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ranks[mid] === i) return true;
      if (ranks[mid]! < i) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  };
  const member = (id: string) => {
    const i = index.rank.get(id);
    return i !== undefined && has(i) ? i : undefined;
  };
  let ties: TieRow[] | undefined;
  return {
    orgs,
    get ties() {
      return (ties ??= kept.map((t) => index.ties[t]!));
    },
    edges,
    byId: {
      get(id) {
        const i = member(id);
        return i === undefined ? undefined : index.orgs[i];
      },
    },
    tiesOf(id) {
      const i = member(id);
      const out: TieRow[] = [];
      if (i === undefined) return out;
      for (let k = index.tStart[i]!, end = index.tStart[i + 1]!; k < end; k++) {
        const t = index.tiesAt[k]!;
        // A tie of an organisation with itself is listed twice here, once in the pool.
        if (k > index.tStart[i]! && index.tiesAt[k - 1] === t) continue;
        if (has(tieA[t]!) && has(tieB[t]!)) out.push(index.ties[t]!);
      }
      return out;
    },
    ranks,
    index,
  };
}

/** The solver's instance for this pool (capabilities restricted to the problem's technologies). */
export function toInstance(problem: Problem, pool: ProblemPool, rules: Rules, maxSize: number): Instance {
  const techs = new Set(problem.requires.map((r) => r.id));
  return {
    required: problem.requires.map((r) => ({ tech: r.id, weight: r.weight })),
    candidates: pool.orgs.map((o) => {
      const capabilities: string[] = [];
      for (const cap of o.caps) if (techs.has(cap.tech)) capabilities.push(cap.tech);
      return { id: o.id, kind: o.kind as Instance["candidates"][number]["kind"], local: o.local, capabilities };
    }),
    ties: pool.ties.map((t) => [t.a, t.b] as [string, string]),
    maxSize,
    rules,
  };
}

export function problemRules(problem: Problem, override: Partial<Rules> = {}): Rules {
  return {
    leadKinds: override.leadKinds ?? problem.leadKinds,
    requireResearchMember: override.requireResearchMember ?? problem.requireResearchMember,
    localOnly: override.localOnly ?? problem.localOnly,
  };
}

/** A problem ready for matching: its pool, the rules in force, and the pool indexed for the solver. */
export interface MatchContext {
  problem: Problem;
  pool: ProblemPool;
  rules: Rules;
  prepared: Prepared;
}

/** Shared by every candidate holding none of the problem's technologies (prepareIndexed copies, never keeps it). */
const NONE: number[] = [];

/** Indexes the pool for the solver directly (same result as prepare(toInstance(...)), without the id round trip). */
export function matchContext(
  problem: Problem,
  snapshot: Snapshot,
  rules: Rules,
  maxSize: number,
  extra: string[] = [],
): MatchContext {
  const pool = problemPool(problem, snapshot, extra);
  const { index } = pool;
  // Required technologies by snapshot term (a later duplicate wins, as a Map from the list would).
  const position = new Int32Array(index.term.size).fill(-1);
  problem.requires.forEach((r, i) => {
    const t = index.term.get(r.id);
    if (t !== undefined) position[t] = i;
  });
  const { cStart, capTerm } = index;
  const prepared = prepareIndexed({
    techs: problem.requires.map((r) => r.id),
    weights: problem.requires.map((r) => r.weight),
    candidates: pool.orgs.map((o, at) => {
      const rank = pool.ranks[at]!;
      let techs: number[] = NONE;
      for (let k = cStart[rank]!, end = cStart[rank + 1]!; k < end; k++) {
        const t = position[capTerm[k]!]!;
        if (t < 0) continue;
        if (techs === NONE) techs = [];
        techs.push(t);
      }
      return { id: o.id, kind: o.kind as CandidateKind, local: o.local, techs };
    }),
    edges: pool.edges,
    rules,
    maxSize,
  });
  return { problem, pool, rules, prepared };
}
