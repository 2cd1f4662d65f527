import type { Problem } from "../../contracts/problems";
import { prepareIndexed, type CandidateKind, type Instance, type Prepared, type Rules } from "../../domain/consortium";
import type { PoolRow, Snapshot, TieRow } from "./problems.repo";

/** One problem's view of a matching snapshot: its candidate pool and the ties among it. */
export interface ProblemPool {
  orgs: PoolRow[];
  ties: TieRow[];
  /** The ties as positions in `orgs`. */
  edges: [number, number][];
  byId: Map<string, PoolRow>;
}

interface SnapshotIndex {
  /** Organisations sorted by id; an organisation's position is its rank. */
  orgs: PoolRow[];
  rank: Map<string, number>;
  holdersOf: Map<string, number[]>;
  neighbours: number[][];
  /** Ties in a fixed order (a, b, type, evidence) with their ends as ranks. */
  ties: { a: number; b: number; tie: TieRow }[];
  /** Per organisation (by rank), the positions in `ties` of the ties it starts (a), in that order. */
  tiesFrom: number[][];
}

const indexes = new WeakMap<Snapshot, SnapshotIndex>();
const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Built once per snapshot: a snapshot shared by 200 problems is sorted and indexed once, not 200 times. */
function indexOf(snapshot: Snapshot): SnapshotIndex {
  const cached = indexes.get(snapshot);
  if (cached) return cached;
  const orgs = [...snapshot.pool].sort((x, y) => byText(x.id, y.id));
  const rank = new Map(orgs.map((o, i) => [o.id, i]));
  const holdersOf = new Map<string, number[]>();
  orgs.forEach((org, i) => {
    for (const cap of org.caps) {
      const list = holdersOf.get(cap.tech);
      if (list) list.push(i);
      else holdersOf.set(cap.tech, [i]);
    }
  });
  const neighbours: number[][] = orgs.map(() => []);
  // Ranks are id order, so comparing ranks first is the same order as comparing ids, only cheaper.
  const ties = snapshot.ties
    .filter((tie) => rank.has(tie.a) && rank.has(tie.b))
    .map((tie) => ({ a: rank.get(tie.a)!, b: rank.get(tie.b)!, tie }))
    .sort(
      (x, y) =>
        x.a - y.a || x.b - y.b || byText(x.tie.type, y.tie.type) || byText(x.tie.evidence ?? "", y.tie.evidence ?? ""),
    );
  const tiesFrom: number[][] = orgs.map(() => []);
  ties.forEach(({ a, b }, t) => {
    neighbours[a]!.push(b);
    neighbours[b]!.push(a);
    tiesFrom[a]!.push(t);
  });
  const index = { orgs, rank, holdersOf, neighbours, ties, tiesFrom };
  indexes.set(snapshot, index);
  return index;
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
  const inPool = new Uint8Array(index.orgs.length);
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
  for (let c = 0; c < core; c++) for (const n of index.neighbours[members[c]!]!) add(n);
  for (const id of extra) {
    const i = index.rank.get(id);
    if (i !== undefined) add(i);
  }
  // Work proportional to this pool, not to the snapshot (a batch's snapshot holds many pools): members in
  // rank (= id) order, and their ties in the snapshot's tie order (by a, then b, type, evidence).
  const sorted = Int32Array.from(members).sort();
  const position = new Int32Array(index.orgs.length);
  sorted.forEach((i, at) => (position[i] = at));
  const orgs = Array.from(sorted, (i) => index.orgs[i]!);
  const kept: SnapshotIndex["ties"] = [];
  for (const i of sorted)
    for (const t of index.tiesFrom[i]!) {
      const tie = index.ties[t]!;
      if (inPool[tie.b]) kept.push(tie);
    }
  return {
    orgs,
    ties: kept.map((t) => t.tie),
    edges: kept.map((t) => [position[t.a]!, position[t.b]!]),
    byId: new Map(orgs.map((o) => [o.id, o])),
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

/** Indexes the pool for the solver directly (same result as prepare(toInstance(...)), without the id round trip). */
export function matchContext(
  problem: Problem,
  snapshot: Snapshot,
  rules: Rules,
  maxSize: number,
  extra: string[] = [],
): MatchContext {
  const pool = problemPool(problem, snapshot, extra);
  const techIndex = new Map(problem.requires.map((r, i) => [r.id, i]));
  const prepared = prepareIndexed({
    techs: problem.requires.map((r) => r.id),
    weights: problem.requires.map((r) => r.weight),
    candidates: pool.orgs.map((o) => {
      const techs: number[] = [];
      for (const cap of o.caps) {
        const t = techIndex.get(cap.tech);
        if (t !== undefined) techs.push(t);
      }
      return { id: o.id, kind: o.kind as CandidateKind, local: o.local, techs };
    }),
    edges: pool.edges,
    rules,
    maxSize,
  });
  return { problem, pool, rules, prepared };
}
