import type { Sentence } from "./types";

const TERMINATORS = new Set(["。", "！", "？", "；", "!", "?", ";"]);
/** A numbered item: 1. / 1、 / （一） / (二) / 一、 at the start of a line. */
export const ITEM_MARKER =
  /^[ \t\u3000]*(?:\d{1,3}[.、．](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)[ \t\u3000]*/;
/** Decoration around a sentence that is not part of what it says (markdown bold, spaces, list dots). */
const EDGE = /[\s*·•]/;
/**
 * A wrapped line (a PDF or a scanned reply broken mid-sentence) ends without punctuation and is long, or is
 * prose (has a comma) of some length; a title or heading is short or has no comma.
 */
const WRAP_LONG = 40;
const WRAP_PROSE = 20;
const CLOSING = /[。！？；!?;：:”」』）)】]$/;

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && EDGE.test(text[start]!)) start++;
  while (end > start && EDGE.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Is the line break at `at` a wrap inside a sentence rather than the end of one? */
function isWrap(text: string, lineStart: number, at: number): boolean {
  const line = text.slice(lineStart, at).trim();
  if (CLOSING.test(line) || !(line.length >= WRAP_LONG || (line.length >= WRAP_PROSE && /[，、]/.test(line))))
    return false;
  let next = at;
  while (next < text.length && /\s/.test(text[next]!)) next++;
  const rest = text.slice(next, next + 12);
  return rest !== "" && !ITEM_MARKER.test(rest) && /^[\u4e00-\u9fff]/.test(rest);
}

/**
 * Split a document into sentences at 。！？； (and their ASCII forms), at line breaks that end a line, and
 * at numbered items; a wrapped line continues its sentence. Offsets index the original text, so
 * `text.slice(start, end) === sentence.text` always holds (quotes are verbatim).
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let heading: number | null = null;
  let start = 0;
  let lineStart = 0;
  let lastLineStart = 0;
  let wrapping = false;
  const push = (from: number, to: number) => {
    let [s, e] = trimmed(text, from, to);
    const lineHead = /^[^\S\n]*$/.test(text.slice(text.lastIndexOf("\n", s - 1) + 1, s));
    const marker = lineHead ? ITEM_MARKER.exec(text.slice(s, Math.min(e, s + 12))) : null;
    if (marker) [s, e] = trimmed(text, s + marker[0].length, e);
    if (e <= s) return;
    const index = out.length;
    out.push({
      index,
      start: s,
      end: e,
      text: text.slice(s, e),
      marker: Boolean(marker),
      heading: marker ? null : heading,
    });
    // The first short sentence of a numbered item names the item's measure (“1. 强化规划引领。”).
    if (marker && e - s <= 24) heading = index;
    else if (marker) heading = null;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (TERMINATORS.has(ch)) {
      // Keep a closing quote or bracket that follows the terminator with its sentence.
      let end = i + 1;
      while (end < text.length && /[”’」』）)*]/.test(text[end]!)) end++;
      push(start, end);
      start = end;
      i = end - 1;
    } else if (ch === "\n") {
      // A blank line inside a wrapped sentence (“国\n\n产工业软件”) keeps it wrapping.
      const blank = /^\s*$/.test(text.slice(lineStart, i));
      wrapping = blank ? wrapping && isWrap(text, lastLineStart, i) : isWrap(text, lineStart, i);
      if (!blank) lastLineStart = lineStart;
      if (!wrapping) {
        push(start, i);
        start = i + 1;
      }
      lineStart = i + 1;
    }
  }
  push(start, text.length);
  return out;
}

/** Index of the sentence containing offset `at` (sentences are sorted and disjoint). */
export function sentenceAt(sentences: Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
