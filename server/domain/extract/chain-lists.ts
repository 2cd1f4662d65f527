// Names listed before 等…产业链 (融入株洲轨道交通、航空动力、北斗等优势产业链): the sentence says each item is an
// industry chain, so each is proposed as the chain it names, beside what the name matched on its own.
import type { DictNode, Span } from "./types";

const LIST_END = /等[\u4e00-\u9fff]{0,4}?产业链/g;
const SEPARATORS = new Set(["、", "和", "及", "与"]);

/** The mentions listed, separated by 、/和/及/与, right before 等…产业链. */
export function listedBeforeChain<T extends Span>(text: string, mentions: T[]): Set<T> {
  const byEnd = new Map<number, T>();
  for (const m of mentions) if (!byEnd.has(m.end)) byEnd.set(m.end, m);
  const out = new Set<T>();
  for (const hit of text.matchAll(LIST_END)) {
    let item = byEnd.get(hit.index);
    while (item && !out.has(item)) {
      out.add(item);
      const before = text[item.start - 1];
      item = before !== undefined && SEPARATORS.has(before) ? byEnd.get(item.start - 1) : undefined;
    }
  }
  return out;
}

/** The chains a listed name stands for: a chain whose name (without 产业链) begins with it or has it as a ·-part. */
export function chainsNamed(form: string, chains: DictNode[]): DictNode[] {
  return chains.filter((c) => {
    const plain = c.name.replace(/产业链$/, "");
    return form.length >= 2 && (plain.startsWith(form) || plain.split("·").includes(form));
  });
}
