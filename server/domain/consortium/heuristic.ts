import { BestList } from "./best-list";
import { compareScored, sameWeight, score, type Scored } from "./objective";
import { byId, infeasibility, isFeasible, type Prepared } from "./prepare";
import { Team } from "./team";

/** How many greedy starts: the strongest holders overall, as lead and as research member. */
const STARTS = { top: 4, lead: 2, research: 2 };
const MAX_ROUNDS = 12;

/**
 * Heuristic top K for large instances (more than 25 eligible holders). From a few strong starting members:
 * (1) greedy weighted set cover — add the holder with the largest uncovered weight, ties to the one closest
 * to the team, keeping slots free for the lead/research rules; (2) repair the rules with the best-fitting
 * candidate; (3) local search — add a holder that raises coverage, drop members that add nothing, swap a
 * member for a non-member when the objective improves — until nothing improves. Every feasible team seen
 * goes into the top-K list, so the alternatives are real neighbours of the best team. It never returns an
 * infeasible team, and returns at least one whenever any feasible team exists (the rule repair from an
 * empty team always succeeds then).
 */
export function solveHeuristic(p: Prepared, k: number): Scored[] {
  if (infeasibility(p)) return [];
  const best = new BestList(p, k);
  const search = new LocalSearch(p, best);
  for (const start of startingMembers(p)) search.run(new Team(p, [start]));
  search.run(new Team(p));
  return best.items;
}

function startingMembers(p: Prepared): number[] {
  const strongest = (list: number[]) =>
    [...list].sort((a, b) => p.all[b]!.ownWeight - p.all[a]!.ownWeight || byId(p.all[a]!.id, p.all[b]!.id));
  const starts = [
    ...strongest(p.holders).slice(0, STARTS.top),
    ...strongest(p.holders.filter((m) => p.all[m]!.leadKind)).slice(0, STARTS.lead),
    ...(p.rules.requireResearchMember ? strongest(p.holders.filter((m) => p.all[m]!.research)).slice(0, STARTS.research) : []),
  ];
  return [...new Set(starts)];
}

class LocalSearch {
  private readonly eligible: number[];
  private readonly holdersOf: number[][];

  constructor(
    private readonly p: Prepared,
    private readonly best: BestList,
  ) {
    this.eligible = [...p.holders, ...p.zeros];
    this.holdersOf = p.techs.map(() => []);
    for (const h of p.holders) for (const t of p.all[h]!.techs) this.holdersOf[t]!.push(h);
  }

  run(team: Team): void {
    this.grow(team);
    this.repair(team);
    this.trim(team);
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const grew = this.grow(team);
      const swapped = this.swap(team);
      const trimmed = this.trim(team);
      if (!grew && !swapped && !trimmed) break;
    }
  }

  private offer(team: Team): void {
    if (isFeasible(this.p, team.members)) this.best.offer(team.members, team.weight());
  }

  /** Slots the rules still need if `extra` joined. */
  private reserve(team: Team, extra = -1): number {
    const m = extra >= 0 ? this.p.all[extra]! : null;
    const lead = team.leadMissing && !m?.leadKind;
    const research = team.researchMissing && !m?.research;
    if (lead && research) return this.eligible.some((e) => !team.has(e) && e !== extra && this.p.all[e]!.leadKind && this.p.all[e]!.research) ? 1 : 2;
    return lead || research ? 1 : 0;
  }

  /** The candidate ranking used everywhere: more new weight, then closer to the team, then smaller id. */
  private pick(team: Team, candidates: Iterable<number>, accept: (c: number) => boolean): number | null {
    let chosen: number | null = null;
    let chosenGain = 0;
    let chosenDistance = 0;
    for (const c of candidates) {
      if (team.has(c) || !accept(c)) continue;
      const gain = team.gain(c);
      const distance = team.distanceSum(c);
      const better = chosen === null || gain > chosenGain || (gain === chosenGain && (distance < chosenDistance ||
        (distance === chosenDistance && byId(this.p.all[c]!.id, this.p.all[chosen]!.id) < 0)));
      if (better) [chosen, chosenGain, chosenDistance] = [c, gain, distance];
    }
    return chosen;
  }

  private grow(team: Team): boolean {
    let grew = false;
    for (;;) {
      const next = this.pick(team, this.p.holders, (c) => team.gain(c) > 0 && team.members.length + 1 + this.reserve(team, c) <= this.p.maxSize);
      if (next === null) return grew;
      team.add(next);
      grew = true;
      this.offer(team);
    }
  }

  private repair(team: Team): void {
    // Each pass fills at least one missing role; two roles → at most two passes plus one forced drop.
    for (let pass = 0; pass < 4 && (team.leadMissing || team.researchMissing); pass++) {
      if (team.members.length >= this.p.maxSize) team.remove([...team.members].sort((a, b) => team.loss(a) - team.loss(b))[0]!);
      const fills = (c: number) => (team.leadMissing && this.p.all[c]!.leadKind ? 1 : 0) + (team.researchMissing && this.p.all[c]!.research ? 1 : 0);
      const most = Math.max(0, ...this.eligible.filter((c) => !team.has(c)).map(fills));
      const next = most === 0 ? null : this.pick(team, this.eligible, (c) => fills(c) === most);
      if (next === null) return;
      team.add(next);
    }
    this.offer(team);
  }

  /** Drop members that add no weight and fill no rule on their own (a smaller team ranks higher). */
  private trim(team: Team): boolean {
    let trimmed = false;
    for (;;) {
      const spare = team.members.filter((m) => {
        if (team.loss(m) > 0 || team.members.length === 1) return false;
        team.remove(m);
        const stillOk = isFeasible(this.p, team.members);
        team.add(m);
        return stillOk;
      });
      if (spare.length === 0) return trimmed;
      const drop = spare.sort((a, b) => team.distanceSum(b) - team.distanceSum(a) || byId(this.p.all[b]!.id, this.p.all[a]!.id))[0]!;
      team.remove(drop);
      trimmed = true;
      this.offer(team);
    }
  }

  /** Replace one member by a non-member when the objective improves (first improvement). */
  private swap(team: Team): boolean {
    const current: Scored = score(this.p, team.members, team.weight());
    for (const out of [...team.members]) {
      const lost = team.unique(out);
      const options = lost.length ? new Set(lost.flatMap((t) => this.holdersOf[t]!)) : this.eligible;
      for (const into of options) {
        if (team.has(into)) continue;
        team.remove(out);
        team.add(into);
        if (isFeasible(this.p, team.members)) {
          const weight = team.weight();
          this.best.offer(team.members, weight);
          if (!sameWeight(weight, current.coveredWeight) && weight > current.coveredWeight) return true;
          if (sameWeight(weight, current.coveredWeight) && compareScored(score(this.p, team.members, weight), current) < 0) return true;
        }
        team.remove(into);
        team.add(out);
      }
    }
    return false;
  }
}
