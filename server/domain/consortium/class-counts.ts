import { compareClass } from "./objective";

/** A rank class of the objective: covered weight and size (cost and ids only order sets within a class). */
export interface RankClass {
  coveredWeight: number;
  size: number;
}

/**
 * How many feasible consortia the exact search has found per class, kept only up to the class that holds
 * the K-th best one (the cutoff). Nothing in a worse class can reach the top K, so the search prunes there.
 */
export class ClassCounts {
  private entries: { cls: RankClass; count: number }[] = [];

  constructor(private readonly k: number) {}

  add(cls: RankClass, count: number): void {
    let at = 0;
    while (at < this.entries.length && compareClass(this.entries[at]!.cls, cls) < 0) at++;
    const here = this.entries[at];
    if (here && compareClass(here.cls, cls) === 0) here.count += count;
    else this.entries.splice(at, 0, { cls, count });
    let total = 0;
    for (let i = 0; i < this.entries.length; i++) {
      total += this.entries[i]!.count;
      if (total >= this.k) {
        this.entries.length = i + 1;
        return;
      }
    }
  }

  /** The class of the K-th best consortium found so far, or null while fewer than K are known. */
  cutoff(): RankClass | null {
    const total = this.entries.reduce((sum, e) => sum + e.count, 0);
    return total >= this.k ? this.entries[this.entries.length - 1]!.cls : null;
  }
}

/** The tighter of two cutoffs (null = none yet). */
export function tighter(a: RankClass | null, b: RankClass | null): RankClass | null {
  if (!a) return b;
  if (!b) return a;
  return compareClass(a, b) <= 0 ? a : b;
}
