import type { NodeKind } from "../../contracts/model";
import type { Dictionary } from "./dictionary";
import { coreName, withoutPlace } from "./short-forms";
import { closestIndex } from "./similarity";
import { why as because, type Why } from "./reasons";
import type { DictNode, Sentence, Via } from "./types";
import { GENERIC_WORDS, STOP_WORDS, SUFFIX_KINDS, TECH_TERMS } from "./vocabulary";

/** A mention before it gets its proposal id: known (match) or a new candidate. */
export interface Mention {
  start: number;
  end: number;
  kind: NodeKind;
  match: DictNode | null;
  close: { id: string; name: string; score: number } | null;
  via: Via;
  confidence: number;
  why: Why;
}

const NAME_CHAR = /[\u4e00-\u9fffA-Za-z0-9（）()·-]/;
const MAX_NAME = 24;
const SUFFIX_RE = new RegExp(SUFFIX_KINDS.map(([s]) => s).join("|"), "g");
const KIND_OF = new Map(SUFFIX_KINDS);
const STOPS = [...STOP_WORDS].sort((a, b) => b.length - a.length);
const GENERIC = [...GENERIC_WORDS].sort((a, b) => b.length - a.length);
const PROJECT_TITLE = /(?:技术|研发|研究|攻关|工程|示范|开发|产业化|应用|项目)$/;
const TECH_RE = new RegExp(TECH_TERMS.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");

/** What is left of a name once generic words are taken out (国家重点实验室 → ""). */
function specific(core: string): string {
  let rest = core;
  for (const w of GENERIC) rest = rest.split(w).join("");
  return rest.replace(/[（）()·\-\s]/g, "");
}

function stopEndingAt(text: string, at: number): boolean {
  return STOPS.some((w) => w.length <= at && text.startsWith(w, at - w.length));
}

export function candidateFinder(dict: Dictionary) {
  const close = closestIndex(
    dict.nodes.flatMap((node) =>
      [node.name, ...(node.aliases ?? [])].map((text) => ({ text: coreName(text), item: node })),
    ),
  );

  /** A candidate's legal/short form may be a node the dictionary knows (湖南立方新能源公司 → 立方新能源). */
  function known(name: string): DictNode | null {
    const direct = dict.lookup(name) ?? dict.lookup(withoutPlace(name)) ?? dict.lookup(coreName(name));
    return direct && direct.others.length === 0 ? direct.node : null;
  }

  function candidate(text: string, start: number, end: number, kind: NodeKind, via: Via, reason: Why): Mention | null {
    const name = text.slice(start, end);
    const node = known(name);
    if (node)
      return {
        start,
        end,
        kind: node.kind,
        match: node,
        close: null,
        via: "short",
        confidence: 0.9,
        why: because("candidateForm", { form: name, name: node.name }),
      };
    const near = close(coreName(name), 0.5);
    const closeNode = near
      ? { id: near.item.id, name: near.item.name, score: Math.round(near.score * 100) / 100 }
      : null;
    return {
      start,
      end,
      kind,
      match: null,
      close: closeNode,
      via,
      confidence: via === "vocabulary" ? 0.55 : 0.6,
      why: reason,
    };
  }

  /** Names ending in 公司/大学/研究院/…/项目, read backwards to the word that introduces them. */
  function bySuffix(text: string, s: Sentence, taken: Int32Array): Mention[] {
    const out: Mention[] = [];
    const body = s.text;
    for (const m of body.matchAll(SUFFIX_RE)) {
      const suffixStart = s.start + m.index!;
      const end = suffixStart + m[0].length;
      const kind = KIND_OF.get(m[0])!;
      // “…”项目: the quoted title is the project's name.
      if (kind === "Project" && text[suffixStart - 1] === "”") {
        const open = text.lastIndexOf("“", suffixStart - 1);
        if (open >= s.start && suffixStart - 1 - open >= 4) {
          const c = candidate(text, open + 1, suffixStart - 1, "Project", "quoted", because("quotedSuffix"));
          if (c) out.push(c);
        }
        continue;
      }
      let j = suffixStart;
      while (j > s.start && suffixStart - j < MAX_NAME && NAME_CHAR.test(text[j - 1]!) && !stopEndingAt(text, j)) j--;
      const core = text.slice(j, suffixStart);
      if ([...specific(core)].length < 2) continue;
      if (overlapsPartly(taken, j, end)) continue;
      const c = candidate(text, j, end, kind, "pattern", because("pattern", { suffix: m[0] }));
      if (c) out.push(c);
    }
    return out;
  }

  /** “Quoted titles” of projects in a sentence that speaks of 项目/立项. */
  function quotedProjects(text: string, s: Sentence): Mention[] {
    if (!/项目|立项/.test(s.text)) return [];
    const out: Mention[] = [];
    for (const m of s.text.matchAll(/“([^“”]{6,60})”/g)) {
      const start = s.start + m.index! + 1;
      if (!PROJECT_TITLE.test(m[1]!)) continue;
      const c = candidate(text, start, start + m[1]!.length, "Project", "quoted", because("quotedProject"));
      if (c) out.push(c);
    }
    return out;
  }

  function technologies(text: string, s: Sentence): Mention[] {
    const out: Mention[] = [];
    for (const m of s.text.matchAll(TECH_RE)) {
      const start = s.start + m.index!;
      const c = candidate(
        text,
        start,
        start + m[0].length,
        "Technology",
        "vocabulary",
        because("vocabulary", { form: m[0] }),
      );
      if (c) out.push(c);
    }
    return out;
  }

  return { bySuffix, quotedProjects, technologies };
}

/** Does [start, end) overlap a taken span without containing it whole? */
function overlapsPartly(taken: Int32Array, start: number, end: number): boolean {
  if (!taken[start] && !taken[end - 1]) return false;
  // taken[i] is the 1-based number of the known span covering i: the name must not cut through one.
  return (
    (taken[start] !== 0 && start > 0 && taken[start - 1] === taken[start]) ||
    (taken[end - 1] !== 0 && taken[end] === taken[end - 1])
  );
}
