import type { PoolRow, Snapshot, TieRow } from "./problems.repo";

/**
 * A matching snapshot indexed ONCE for all the problems that share it (decision 044, "Speed"): organisations
 * as dense ranks (id order), technology and chain ids as dense term numbers, and everything a problem's pool,
 * scores and solver instance need as flat typed arrays. A problem then costs work on its own pool only, with
 * no per-problem maps of ids.
 */
export interface SnapshotIndex {
  /** Organisations sorted by id; an organisation's position is its rank. */
  orgs: PoolRow[];
  rank: Map<string, number>;
  /** Technology ids, and chain ids prefixed with CHAIN, as dense numbers. */
  term: Map<string, number>;
  holdersOf: Map<string, number[]>;
  /** Compressed neighbour lists by rank: the ties of org r (either end) are neighbours[nStart[r] .. nStart[r+1]). */
  nStart: Int32Array;
  neighbours: Int32Array;
  /** Ties in a fixed order (a, b, type, evidence) with their ends as ranks. */
  ties: TieRow[];
  tieA: Int32Array;
  tieB: Int32Array;
  /** Per rank, the ties it starts (a) in tie order: tiesFrom[fStart[r] .. fStart[r+1]). */
  fStart: Int32Array;
  tiesFrom: Int32Array;
  /** Per rank, every tie touching it, in tie order: tiesAt[tStart[r] .. tStart[r+1]). */
  tStart: Int32Array;
  tiesAt: Int32Array;
  /** Capabilities per rank, in the row's order: capTerm/capLevel[cStart[r] .. cStart[r+1]). */
  cStart: Int32Array;
  capTerm: Int32Array;
  /** The level as scoring clamps it (1..3). */
  capLevel: Float64Array;
  /** Projects per rank (pStart), each a list of technology terms (ptStart over projectTerms). */
  pStart: Int32Array;
  ptStart: Int32Array;
  projectTerms: Int32Array;
  /** Platforms per rank (lStart), each a list of technology and chain terms (ltStart over platformTerms). */
  lStart: Int32Array;
  ltStart: Int32Array;
  platformTerms: Int32Array;
  local: Uint8Array;
  openConsortia: Int32Array;
  /** Per-rank scratch for cutting one pool at a time (problemPool leaves inPool all zero). */
  scratch: { inPool: Uint8Array; position: Int32Array };
}

export const CHAIN = "\u0000chain:";
const byText = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
const indexes = new WeakMap<Snapshot, SnapshotIndex>();

/** Counts → offsets (length n + 1). */
function offsets(counts: Int32Array): Int32Array {
  const start = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) start[i + 1] = start[i]! + counts[i]!;
  return start;
}

/** Built once per snapshot: a snapshot shared by 200 problems is sorted and indexed once, not 200 times. */
export function indexOf(snapshot: Snapshot): SnapshotIndex {
  const cached = indexes.get(snapshot);
  if (cached) return cached;
  const orgs = [...snapshot.pool].sort((x, y) => byText(x.id, y.id));
  const n = orgs.length;
  const rank = new Map<string, number>();
  orgs.forEach((o, i) => rank.set(o.id, i));
  const term = new Map<string, number>();
  const termOf = (id: string) => {
    let t = term.get(id);
    if (t === undefined) term.set(id, (t = term.size));
    return t;
  };
  const holdersOf = new Map<string, number[]>();
  const capTerm: number[] = [];
  const capLevel: number[] = [];
  const projectTerms: number[] = [];
  const platformTerms: number[] = [];
  const ptStart = [0];
  const ltStart = [0];
  const cCount = new Int32Array(n);
  const pCount = new Int32Array(n);
  const lCount = new Int32Array(n);
  const local = new Uint8Array(n);
  const openConsortia = new Int32Array(n);
  orgs.forEach((org, i) => {
    for (const cap of org.caps) {
      const list = holdersOf.get(cap.tech);
      if (list) list.push(i);
      else holdersOf.set(cap.tech, [i]);
      capTerm.push(termOf(cap.tech));
      capLevel.push(Math.min(3, Math.max(1, cap.level)));
    }
    cCount[i] = org.caps.length;
    for (const project of org.projects) {
      for (const t of project.techs) projectTerms.push(termOf(t));
      ptStart.push(projectTerms.length);
    }
    pCount[i] = org.projects.length;
    for (const platform of org.platforms) {
      for (const t of platform.techs) platformTerms.push(termOf(t));
      for (const c of platform.chains) platformTerms.push(termOf(CHAIN + c));
      ltStart.push(platformTerms.length);
    }
    lCount[i] = org.platforms.length;
    local[i] = org.local ? 1 : 0;
    openConsortia[i] = org.consortia.length;
  });

  // Ranks are id order, so comparing ranks first is the same order as comparing ids, only cheaper.
  const kept = snapshot.ties
    .filter((tie) => rank.has(tie.a) && rank.has(tie.b))
    .map((tie) => ({ a: rank.get(tie.a)!, b: rank.get(tie.b)!, tie }))
    .sort(
      (x, y) =>
        x.a - y.a || x.b - y.b || byText(x.tie.type, y.tie.type) || byText(x.tie.evidence ?? "", y.tie.evidence ?? ""),
    );
  const m = kept.length;
  const tieA = Int32Array.from(kept, (t) => t.a);
  const tieB = Int32Array.from(kept, (t) => t.b);
  const fCount = new Int32Array(n);
  const tCount = new Int32Array(n);
  for (let t = 0; t < m; t++) {
    fCount[tieA[t]!]!++;
    tCount[tieA[t]!]!++;
    tCount[tieB[t]!]!++;
  }
  const fStart = offsets(fCount);
  const tStart = offsets(tCount);
  const tiesFrom = new Int32Array(m);
  const tiesAt = new Int32Array(2 * m);
  const neighbours = new Int32Array(2 * m);
  const fFill = fStart.slice(0, n);
  const tFill = tStart.slice(0, n);
  for (let t = 0; t < m; t++) {
    const a = tieA[t]!;
    const b = tieB[t]!;
    tiesFrom[fFill[a]!++] = t;
    // Neighbours in tie order, as the per-organisation lists were built before (a pushes b, b pushes a).
    neighbours[tFill[a]!] = b;
    tiesAt[tFill[a]!++] = t;
    neighbours[tFill[b]!] = a;
    tiesAt[tFill[b]!++] = t;
  }
  const index: SnapshotIndex = {
    orgs,
    rank,
    term,
    holdersOf,
    nStart: tStart,
    neighbours,
    ties: kept.map((t) => t.tie),
    tieA,
    tieB,
    fStart,
    tiesFrom,
    tStart,
    tiesAt,
    cStart: offsets(cCount),
    capTerm: Int32Array.from(capTerm),
    capLevel: Float64Array.from(capLevel),
    pStart: offsets(pCount),
    ptStart: Int32Array.from(ptStart),
    projectTerms: Int32Array.from(projectTerms),
    lStart: offsets(lCount),
    ltStart: Int32Array.from(ltStart),
    platformTerms: Int32Array.from(platformTerms),
    local,
    openConsortia,
    scratch: { inPool: new Uint8Array(n), position: new Int32Array(n) },
  };
  indexes.set(snapshot, index);
  return index;
}
