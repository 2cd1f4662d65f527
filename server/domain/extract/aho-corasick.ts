/**
 * Aho–Corasick over UTF-16 code units: every occurrence of every pattern in one pass over the text,
 * O(text + patterns + matches). Pattern values are whatever the caller attaches (dictionary entries).
 */
export interface AcMatch<V> {
  start: number;
  end: number;
  value: V;
}

interface State {
  next: Map<string, number>;
  fail: number;
  /** Patterns ending here: their length and value (own and inherited through the failure links). */
  out: { length: number; value: unknown }[];
}

export function automaton<V>(patterns: Iterable<[string, V]>) {
  const states: State[] = [{ next: new Map(), fail: 0, out: [] }];
  for (const [pattern, value] of patterns) {
    if (!pattern) continue;
    let s = 0;
    for (const ch of pattern.split("")) {
      let to = states[s]!.next.get(ch);
      if (to === undefined) {
        to = states.length;
        states.push({ next: new Map(), fail: 0, out: [] });
        states[s]!.next.set(ch, to);
      }
      s = to;
    }
    states[s]!.out.push({ length: pattern.length, value });
  }
  // Breadth-first failure links; outputs are merged so matching never walks the fail chain for them.
  const queue: number[] = [...states[0]!.next.values()];
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    for (const [ch, to] of states[s]!.next) {
      let f = states[s]!.fail;
      while (f !== 0 && !states[f]!.next.has(ch)) f = states[f]!.fail;
      const target = states[f]!.next.get(ch);
      states[to]!.fail = target !== undefined && target !== to ? target : 0;
      states[to]!.out.push(...states[states[to]!.fail]!.out);
      queue.push(to);
    }
  }

  return {
    size: states.length,
    /** Every occurrence, in order of end offset. */
    search(text: string): AcMatch<V>[] {
      const found: AcMatch<V>[] = [];
      let s = 0;
      for (let i = 0; i < text.length; i++) {
        const ch = text[i]!;
        while (s !== 0 && !states[s]!.next.has(ch)) s = states[s]!.fail;
        s = states[s]!.next.get(ch) ?? 0;
        for (const o of states[s]!.out) found.push({ start: i + 1 - o.length, end: i + 1, value: o.value as V });
      }
      return found;
    },
  };
}

/**
 * Longest match first: take matches from the longest down, skipping any that overlaps one already taken.
 * Ties in length go to the leftmost. Returns the kept matches in text order.
 */
export function longestFirst<T extends { start: number; end: number }>(matches: T[]): T[] {
  const order = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: T[] = [];
  const used = new Uint8Array(matches.reduce((max, m) => Math.max(max, m.end), 0));
  for (const m of order) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) if (used[i]) free = false;
    if (!free) continue;
    used.fill(1, m.start, m.end);
    taken.push(m);
  }
  return taken.sort((a, b) => a.start - b.start);
}
