import { ORG_KINDS } from "../../contracts/model";
import { automaton, type AcMatch } from "./aho-corasick";
import { plainName, shortForms } from "./short-forms";
import type { DictNode, Via } from "./types";

export interface Entry {
  form: string;
  node: DictNode;
  via: Via;
  /** Other nodes that go by the same form at the same rank (the match is then ambiguous). */
  others: DictNode[];
  /**
   * Nodes this form may also mean at a lower rank: the name without its qualifier (低空经济 for 低空经济（未来赛道）)
   * or a part of a chain's name (北斗 in 北斗·国产操作系统·工业软件产业链). Proposed beside the match, at low confidence.
   */
  alternatives: DictNode[];
}

const RANK: Record<Via, number> = { name: 4, alias: 3, nameEn: 3, short: 1, pattern: 0, quoted: 0, vocabulary: 0 };
const LATIN = /^[A-Za-z0-9][A-Za-z0-9 .+-]*$/;
const WORDCHAR = /[A-Za-z0-9]/;

/**
 * The dictionary of every node's name, nameEn and aliases plus rule-built short forms. A form claimed by
 * several nodes keeps only the best-ranked claim (a name beats an alias beats a short form); a tie leaves
 * the match ambiguous and says so.
 */
export function buildDictionary(nodes: DictNode[]) {
  const byForm = new Map<string, { node: DictNode; via: Via }[]>();
  const claim = (form: string, node: DictNode, via: Via) => {
    const f = form.trim();
    if (f.length < 2 || /^\d+$/.test(f)) return;
    const list = byForm.get(f) ?? [];
    if (!list.some((c) => c.node.id === node.id)) list.push({ node, via });
    byForm.set(f, list);
  };
  for (const node of nodes) {
    claim(node.name, node, "name");
    for (const alias of node.aliases ?? []) claim(alias, node, "alias");
    if (node.nameEn) claim(node.nameEn, node, "nameEn");
    for (const form of [node.name, ...(node.aliases ?? [])].flatMap((n) => shortForms(n, node.kind)))
      claim(form, node, "short");
  }
  // A technology named after its field is listed without it: 功率半导体器件设计、制造工艺、封装测试.
  const techNames = nodes.filter((n) => n.kind === "Technology").map((n) => n.name);
  for (const node of nodes.filter((n) => n.kind === "Technology")) {
    const field = techNames
      .filter((t) => t !== node.name && node.name.startsWith(t))
      .sort((a, b) => b.length - a.length)[0];
    if (field && [...node.name.slice(field.length)].filter((c) => /[\u4e00-\u9fff]/.test(c)).length >= 4)
      claim(node.name.slice(field.length), node, "short");
  }
  // A platform or project named after its owner is written without it after the owner is named
  // (时代新材组建材料技术与工程研究院 for 时代新材材料技术与工程研究院).
  const orgForms = nodes
    .filter((n) => (ORG_KINDS as readonly string[]).includes(n.kind))
    .flatMap((n) => [n.name, ...(n.aliases ?? [])].map((f) => ({ f, id: n.id })))
    .filter(({ f }) => f.length >= 2);
  for (const node of nodes.filter((n) => n.kind === "Platform" || n.kind === "Project")) {
    const owner = orgForms
      .filter(({ f, id }) => id !== node.id && node.name.startsWith(f))
      .sort((a, b) => b.f.length - a.f.length)[0];
    const rest = owner ? node.name.slice(owner.f.length) : "";
    if ([...rest].filter((c) => /[\u4e00-\u9fff]/.test(c)).length >= 6) claim(rest, node, "short");
  }
  // A chain is named by its parts (航空动力·低空经济产业链 → 航空动力, 低空经济).
  const chainParts = new Map<string, string[]>();
  for (const node of nodes.filter((n) => n.kind === "Chain")) {
    const parts = node.name
      .replace(/产业链$/, "")
      .split("·")
      .filter((p) => p.length >= 2);
    chainParts.set(node.id, parts);
    if (parts.length > 1) for (const part of parts) claim(part, node, "short");
  }
  const alternative = (form: string, node: DictNode) =>
    plainName(node.name) === form || (chainParts.get(node.id) ?? []).includes(form);
  const entries: Entry[] = [];
  for (const [form, claims] of byForm) {
    const best = Math.max(...claims.map((c) => RANK[c.via]));
    const top = claims.filter((c) => RANK[c.via] === best);
    const lower = claims.filter((c) => RANK[c.via] < best && alternative(form, c.node)).map((c) => c.node);
    entries.push({
      form,
      node: top[0]!.node,
      via: top[0]!.via,
      others: top.slice(1).map((c) => c.node),
      alternatives: lower,
    });
  }
  const ac = automaton(entries.map((e) => [e.form, e] as [string, Entry]));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const forms = new Map(entries.map((e) => [e.form, e]));

  return {
    nodes,
    byId,
    entries,
    /** The entry for an exact form, if any. */
    lookup: (form: string) => forms.get(form) ?? null,
    /**
     * Every occurrence of every form; Latin forms only as whole words (AI not inside MAIL). Line breaks (with
     * the spaces around them) are skipped, so a name wrapped across lines is still found; offsets are the
     * original text's, so the matched text is verbatim (line break included).
     */
    search(text: string): AcMatch<Entry>[] {
      const { compact, at } = withoutLineBreaks(text);
      return ac.search(compact).flatMap((m) => {
        if (LATIN.test(m.value.form)) {
          const before = m.start > 0 ? compact[m.start - 1]! : " ";
          const after = m.end < compact.length ? compact[m.end]! : " ";
          if (WORDCHAR.test(before) || WORDCHAR.test(after)) return [];
        }
        return [{ start: at[m.start]!, end: at[m.end - 1]! + 1, value: m.value }];
      });
    },
  };
}

export type Dictionary = ReturnType<typeof buildDictionary>;

/** The text without its line breaks (and the spaces around them), with each kept character's original offset. */
function withoutLineBreaks(text: string): { compact: string; at: Int32Array } {
  const at = new Int32Array(text.length);
  let out = "";
  let n = 0;
  const breaks = /[ \t\u3000]*\r?\n[\s]*/g;
  let last = 0;
  for (const m of text.matchAll(breaks)) {
    for (let i = last; i < m.index!; i++) at[n++] = i;
    out += text.slice(last, m.index!);
    last = m.index! + m[0].length;
  }
  for (let i = last; i < text.length; i++) at[n++] = i;
  out += text.slice(last);
  return { compact: out, at };
}
