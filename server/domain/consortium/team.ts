import { DISCONNECTED } from "./instance";
import type { Prepared } from "./prepare";

/** A mutable consortium for the heuristic: coverage counts per technology and role counts, updated in O(techs). */
export class Team {
  readonly members: number[] = [];
  private readonly cover: Int32Array;
  private leads = 0;
  private researchers = 0;

  constructor(
    private readonly p: Prepared,
    initial: readonly number[] = [],
  ) {
    this.cover = new Int32Array(p.techs.length);
    for (const m of initial) this.add(m);
  }

  has(member: number): boolean {
    return this.members.includes(member);
  }

  add(member: number): void {
    const m = this.p.all[member]!;
    for (const t of m.techs) this.cover[t]!++;
    if (m.leadKind) this.leads++;
    if (m.research) this.researchers++;
    this.members.push(member);
  }

  remove(member: number): void {
    const m = this.p.all[member]!;
    for (const t of m.techs) this.cover[t]!--;
    if (m.leadKind) this.leads--;
    if (m.research) this.researchers--;
    this.members.splice(this.members.indexOf(member), 1);
  }

  get leadMissing(): boolean {
    return this.leads === 0;
  }

  get researchMissing(): boolean {
    return this.p.rules.requireResearchMember && this.researchers === 0;
  }

  /** Size within bounds and every rule met (members are eligible by construction in the heuristic). */
  get feasible(): boolean {
    return (
      this.members.length >= 1 && this.members.length <= this.p.maxSize && !this.leadMissing && !this.researchMissing
    );
  }

  /** Weight this candidate would add. */
  gain(candidate: number): number {
    let sum = 0;
    for (const t of this.p.all[candidate]!.techs) if (this.cover[t] === 0) sum += this.p.weights[t]!;
    return sum;
  }

  /** Weight lost if this member left. */
  loss(member: number): number {
    let sum = 0;
    for (const t of this.p.all[member]!.techs) if (this.cover[t] === 1) sum += this.p.weights[t]!;
    return sum;
  }

  /** Technologies only this member covers. */
  unique(member: number): number[] {
    return this.p.all[member]!.techs.filter((t) => this.cover[t] === 1);
  }

  /** Sum of distances from a candidate to the current members (how well it would be connected). */
  distanceSum(candidate: number): number {
    let sum = 0;
    for (const m of this.members) {
      const hops = this.p.graph.row(m)[candidate]!;
      sum += hops < 0 ? DISCONNECTED : hops;
    }
    return sum;
  }

  weight(): number {
    let sum = 0;
    for (let t = 0; t < this.cover.length; t++) if (this.cover[t]! > 0) sum += this.p.weights[t]!;
    return sum;
  }
}
