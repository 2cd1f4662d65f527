import { compareClass, compareScored, score, type Scored } from "./objective";
import type { Prepared } from "./prepare";

/**
 * The best `limit` distinct consortia offered so far, in objective order. Offers that cannot make the list
 * are rejected on their class or cost before the member ids are sorted (the expensive part).
 */
export class BestList {
  readonly items: Scored[] = [];
  private readonly keys = new Set<string>();

  constructor(
    private readonly p: Prepared,
    private readonly limit: number,
  ) {}

  get full(): boolean {
    return this.items.length >= this.limit;
  }

  get worst(): Scored | undefined {
    return this.items[this.items.length - 1];
  }

  /** `cost` when the caller already computed the tree for these members. */
  offer(members: readonly number[], coveredWeight: number, cost?: number): boolean {
    const worst = this.full ? this.worst : undefined;
    if (worst) {
      const order = compareClass({ coveredWeight, size: members.length }, worst);
      if (order > 0) return false;
      if (order === 0 && (cost ?? this.p.graph.treeCost(members)) > worst.cost) return false;
    }
    const scored = score(this.p, members, coveredWeight);
    if (worst && compareScored(scored, worst) >= 0) return false;
    const key = scored.ids.join("\u0000");
    if (this.keys.has(key)) return false;
    let at = this.items.length;
    while (at > 0 && compareScored(scored, this.items[at - 1]!) < 0) at--;
    this.items.splice(at, 0, scored);
    this.keys.add(key);
    if (this.items.length > this.limit) this.keys.delete(this.items.pop()!.ids.join("\u0000"));
    return true;
  }
}
