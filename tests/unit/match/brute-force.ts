import type { Instance } from "../../../server/domain/consortium/instance";
import { compareScored, score, toResult } from "../../../server/domain/consortium/objective";
import { isFeasible, prepare } from "../../../server/domain/consortium/prepare";
import { seededRandom } from "../../../server/contracts/random";

/** Every subset of the candidates, filtered and sorted by the objective: the reference the solver must match. */
export function bruteForce(instance: Instance, k: number) {
  const p = prepare(instance);
  const n = p.all.length;
  if (n > 20) throw new Error("brute force is for small instances");
  const all = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    const members: number[] = [];
    for (let i = 0; i < n; i++) if (mask & (1 << i)) members.push(i);
    if (members.length > p.maxSize || !isFeasible(p, members)) continue;
    all.push(score(p, members));
  }
  return all
    .sort(compareScored)
    .slice(0, k)
    .map((s) => toResult(p, s));
}

const KINDS = ["Enterprise", "University", "ResearchInstitute", "Platform"] as const;

/** A random small instance (deterministic per seed). */
export function randomInstance(
  seed: number,
  options: { candidates?: number; techs?: number; ties?: number } = {},
): Instance {
  const random = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const nTechs = options.techs ?? int(1, 6);
  const nCands = options.candidates ?? int(1, 11);
  const techs = Array.from({ length: nTechs }, (_, i) => `t${i}`);
  const required = techs.map((tech) => ({
    tech,
    weight: random() < 0.3 ? int(1, 3) : Math.round(random() * 40) / 10 + 0.5,
  }));
  const candidates = Array.from({ length: nCands }, (_, i) => ({
    id: `c${String(int(0, 99)).padStart(2, "0")}-${i}`,
    kind: KINDS[int(0, 3)]!,
    local: random() < 0.7,
    capabilities: techs.filter(() => random() < 0.3).concat(random() < 0.2 ? ["other-tech"] : []),
  }));
  const nTies = options.ties ?? int(0, nCands * 2);
  const ties: [string, string][] = [];
  for (let i = 0; i < nTies && nCands > 1; i++)
    ties.push([candidates[int(0, nCands - 1)]!.id, candidates[int(0, nCands - 1)]!.id]);
  const leadKinds = KINDS.filter(() => random() < 0.5);
  return {
    required,
    candidates,
    ties,
    maxSize: int(1, 5),
    rules: {
      leadKinds: leadKinds.length || random() < 0.9 ? leadKinds : [],
      requireResearchMember: random() < 0.5,
      localOnly: random() < 0.3,
    },
  };
}

/** Brute force over combinations up to maxSize (for pools too big for 2^n but with a small maxSize). */
export function bruteForceCombinations(instance: Instance, k: number) {
  const p = prepare(instance);
  const eligible = p.all.filter((m) => m.eligible).map((m) => m.index);
  const all: ReturnType<typeof score>[] = [];
  const picked: number[] = [];
  const walk = (start: number) => {
    if (picked.length && isFeasible(p, picked)) all.push(score(p, picked));
    if (picked.length === p.maxSize) return;
    for (let i = start; i < eligible.length; i++) {
      picked.push(eligible[i]!);
      walk(i + 1);
      picked.pop();
    }
  };
  walk(0);
  return all
    .sort(compareScored)
    .slice(0, k)
    .map((s) => toResult(p, s));
}
