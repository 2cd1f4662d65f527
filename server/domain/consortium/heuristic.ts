import { BestList } from "./best-list";
import { compareScored, sameWeight, score, type Scored } from "./objective";
import { byId, infeasibility, type Prepared } from "./prepare";
import { Team } from "./team";

/** How many greedy starts: the strongest holders overall, as lead and as research member (fewer when large). */
const STARTS = { top: 4, lead: 2, research: 2 };
const STARTS_LARGE = { top: 2, lead: 1, research: 1 };
const LARGE = 100;
const MAX_ROUNDS = 12;
/** A member is swapped only for one of the nearest candidates that keep its technologies or its rule. */
const SWAP_OPTIONS = 32;

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
  const counts = p.holders.length > LARGE ? STARTS_LARGE : STARTS;
  const stronger = (a: number, b: number) =>
    p.all[a]!.ownWeight > p.all[b]!.ownWeight ||
    (p.all[a]!.ownWeight === p.all[b]!.ownWeight && byId(p.all[a]!.id, p.all[b]!.id) < 0);
  // The n strongest by a linear pass (n ≤ 4; sorting hundreds of holders per start list is wasted work).
  const strongest = (n: number, keep: (m: number) => boolean) => {
    const top: number[] = [];
    for (const m of p.holders) {
      if (!keep(m)) continue;
      let at = top.length;
      while (at > 0 && stronger(m, top[at - 1]!)) at--;
      if (at < n) top.splice(at, 0, m);
      if (top.length > n) top.pop();
    }
    return top;
  };
  return [
    ...new Set([
      ...strongest(counts.top, () => true),
      ...strongest(counts.lead, (m) => p.all[m]!.leadKind),
      ...(p.rules.requireResearchMember ? strongest(counts.research, (m) => p.all[m]!.research) : []),
    ]),
  ];
}

class LocalSearch {
  private readonly eligible: number[];
  private readonly holdersOf: number[][];
  private readonly someoneFillsBoth: boolean;

  constructor(
    private readonly p: Prepared,
    private readonly best: BestList,
  ) {
    this.eligible = [...p.holders, ...p.zeros];
    this.holdersOf = p.techs.map(() => []);
    for (const h of p.holders) for (const t of p.all[h]!.techs) this.holdersOf[t]!.push(h);
    this.someoneFillsBoth = this.eligible.some((e) => p.all[e]!.leadKind && p.all[e]!.research);
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
    if (team.feasible) this.best.offer(team.members, team.weight());
  }

  /** Slots the rules still need if `extra` joined (a team missing both roles holds no one who fills both). */
  private reserve(team: Team, extra = -1): number {
    const m = extra >= 0 ? this.p.all[extra]! : null;
    const lead = team.leadMissing && !m?.leadKind;
    const research = team.researchMissing && !m?.research;
    if (lead && research) return this.someoneFillsBoth ? 1 : 2;
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
      const better =
        chosen === null ||
        gain > chosenGain ||
        (gain === chosenGain &&
          (distance < chosenDistance ||
            (distance === chosenDistance && byId(this.p.all[c]!.id, this.p.all[chosen]!.id) < 0)));
      if (better) [chosen, chosenGain, chosenDistance] = [c, gain, distance];
    }
    return chosen;
  }

  private grow(team: Team): boolean {
    let grew = false;
    for (;;) {
      const next = this.pick(
        team,
        this.p.holders,
        (c) => team.gain(c) > 0 && team.members.length + 1 + this.reserve(team, c) <= this.p.maxSize,
      );
      if (next === null) return grew;
      team.add(next);
      grew = true;
      this.offer(team);
    }
  }

  private repair(team: Team): void {
    // Each pass fills at least one missing role; two roles → at most two passes plus one forced drop.
    for (let pass = 0; pass < 4 && (team.leadMissing || team.researchMissing); pass++) {
      if (team.members.length >= this.p.maxSize) team.remove(this.cheapestToDrop(team));
      const fills = (c: number) =>
        (team.leadMissing && this.p.all[c]!.leadKind ? 1 : 0) +
        (team.researchMissing && this.p.all[c]!.research ? 1 : 0);
      let most = 0;
      for (const c of this.eligible) if (!team.has(c)) most = Math.max(most, fills(c));
      const next = most === 0 ? null : this.pick(team, this.eligible, (c) => fills(c) === most);
      if (next === null) return;
      team.add(next);
    }
    this.offer(team);
  }

  /** The member whose departure loses the least weight, preferring one that fills no rule alone. */
  private cheapestToDrop(team: Team): number {
    const keepsRoles = (m: number) => {
      const [lead, research] = [team.leadMissing, team.researchMissing];
      team.remove(m);
      const ok = team.leadMissing === lead && team.researchMissing === research;
      team.add(m);
      return ok;
    };
    const byLoss = [...team.members].sort((a, b) => team.loss(a) - team.loss(b) || a - b);
    return byLoss.find(keepsRoles) ?? byLoss[0]!;
  }

  /** Drop members that add no weight and fill no rule on their own (a smaller team ranks higher). */
  private trim(team: Team): boolean {
    let trimmed = false;
    for (;;) {
      const spare = team.members.filter((m) => {
        if (team.loss(m) > 0 || team.members.length === 1) return false;
        team.remove(m);
        const stillOk = team.feasible;
        team.add(m);
        return stillOk;
      });
      if (spare.length === 0) return trimmed;
      const drop = spare.sort(
        (a, b) => team.distanceSum(b) - team.distanceSum(a) || byId(this.p.all[b]!.id, this.p.all[a]!.id),
      )[0]!;
      team.remove(drop);
      trimmed = true;
      this.offer(team);
    }
  }

  /** The nearest non-members that could replace `out` without losing coverage or a rule only it fills. */
  private swapOptions(team: Team, out: number): number[] {
    const lost = team.unique(out);
    const m = this.p.all[out]!;
    team.remove(out);
    const needLead = m.leadKind && team.leadMissing;
    const needResearch = m.research && team.researchMissing;
    const nearest: { c: number; d: number }[] = [];
    const consider = (c: number) => {
      if (
        c === out ||
        team.has(c) ||
        (needLead && !this.p.all[c]!.leadKind) ||
        (needResearch && !this.p.all[c]!.research)
      )
        return;
      const d = team.distanceSum(c);
      if (
        nearest.length === SWAP_OPTIONS &&
        (d > nearest[SWAP_OPTIONS - 1]!.d || (d === nearest[SWAP_OPTIONS - 1]!.d && c > nearest[SWAP_OPTIONS - 1]!.c))
      )
        return;
      let at = nearest.length;
      while (at > 0 && (d < nearest[at - 1]!.d || (d === nearest[at - 1]!.d && c < nearest[at - 1]!.c))) at--;
      if (nearest[at]?.c === c) return;
      nearest.splice(at, 0, { c, d });
      if (nearest.length > SWAP_OPTIONS) nearest.pop();
    };
    if (lost.length) {
      // Holders of the technologies only `out` covers (one list per technology; a candidate may repeat).
      const seen = new Set<number>();
      for (const t of lost)
        for (const c of this.holdersOf[t]!)
          if (!seen.has(c)) {
            seen.add(c);
            consider(c);
          }
    } else if (needLead || needResearch) {
      for (const c of this.eligible) consider(c);
    }
    team.add(out);
    return nearest.map((o) => o.c);
  }

  /** Replace one member by a non-member when the objective improves (first improvement). */
  private swap(team: Team): boolean {
    const current: Scored = score(this.p, team.members, team.weight());
    // Same coverage and size: cheaper tree wins; an equal tree only by ids (sorting them is the slow part).
    const better = (weight: number) => {
      if (!sameWeight(weight, current.coveredWeight)) {
        this.best.offer(team.members, weight);
        return weight > current.coveredWeight;
      }
      const cost = this.p.graph.treeCost(team.members);
      this.best.offer(team.members, weight, cost);
      return (
        cost < current.cost ||
        (cost === current.cost && compareScored(score(this.p, team.members, weight), current) < 0)
      );
    };
    for (const out of [...team.members]) {
      for (const into of this.swapOptions(team, out)) {
        if (team.has(into)) continue;
        team.remove(out);
        team.add(into);
        if (team.feasible && better(team.weight())) return true;
        team.remove(into);
        team.add(out);
      }
    }
    return false;
  }
}
