/** Character bigrams of a string (a single character counts as one). */
function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  if (s.length === 1) out.add(s);
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Dice coefficient on character bigrams: 1 for equal strings, 0 for nothing in common. */
export function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (!x.size || !y.size) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}

/** A bigram index over named items, so the closest one is found without comparing with all of them. */
export function closestIndex<T>(items: { text: string; item: T }[]) {
  const index = new Map<string, number[]>();
  items.forEach(({ text }, i) => {
    for (const g of bigrams(text)) index.set(g, [...(index.get(g) ?? []), i]);
  });
  return (query: string, min: number): { item: T; score: number } | null => {
    const seen = new Set<number>();
    for (const g of bigrams(query)) for (const i of index.get(g) ?? []) seen.add(i);
    let best: { item: T; score: number } | null = null;
    for (const i of seen) {
      const score = dice(query, items[i]!.text);
      if (score >= min && (!best || score > best.score)) best = { item: items[i]!.item, score };
    }
    return best;
  };
}
