import { longestFirst } from "./aho-corasick";
import { candidateFinder, type Mention } from "./candidates";
import { chainsNamed, listedBeforeChain } from "./chain-lists";
import type { Dictionary, Entry } from "./dictionary";
import { explain, why } from "./reasons";
import { plainName } from "./short-forms";
import { proposeLinks } from "./links";
import { readMetadata } from "./metadata";
import { proposeProblems } from "./problems";
import { sentenceAt, splitSentences } from "./sentences";
import type { DictNode, EntityProposal, Extraction, Sentence } from "./types";

const CONFIDENCE = { name: 0.98, alias: 0.95, nameEn: 0.95, short: 0.85 } as const;
const HAN = /[\u4e00-\u9fff]/g;

function knownMention(m: { start: number; end: number; value: Entry }): Mention {
  const { node, via, others, form } = m.value;
  const base = CONFIDENCE[via as keyof typeof CONFIDENCE] ?? 0.85;
  // Two-character forms (财政, 环保) are ordinary words as often as names.
  const short = (form.match(HAN)?.length ?? 3) <= 2 && form.length <= 2;
  const confidence = others.length ? 0.5 : short ? Math.min(base, 0.8) : base;
  const reason = others.length
    ? why("ambiguous", { form, name: node.name, others: others.map((o) => o.name).join("、") })
    : why(via as "name" | "alias" | "nameEn" | "short", { form, name: node.name });
  return { start: m.start, end: m.end, kind: node.kind, match: node, close: null, via, confidence, why: reason };
}

function withinSentence(sentences: Sentence[], m: { start: number; end: number }): number {
  const i = sentenceAt(sentences, m.start);
  return i >= 0 && m.end <= sentences[i]!.end ? i : -1;
}

/**
 * A numbered item's short heading abbreviates the measure it names (建立创新中心 for 建立国产软件应用创新中心): when
 * no Policy is matched there, a Policy whose name contains the heading's characters in order is proposed.
 */
function headingMeasure(s: Sentence, here: Mention[], policies: { node: DictNode; plain: string }[]): Mention[] {
  if (!s.marker || s.end - s.start > 24 || here.some((m) => m.kind === "Policy")) return here;
  const heading = s.text.replace(/[。！？；!?;：:]+$/, "");
  if ([...heading].length < 4) return here;
  const fits = policies.filter(
    (p) => p.plain !== heading && isSubsequence(heading, p.plain) && heading.length / p.plain.length >= 0.45,
  );
  if (fits.length !== 1) return here;
  const node = fits[0]!.node;
  return [
    {
      start: s.start,
      end: s.start + heading.length,
      kind: "Policy",
      match: node,
      close: null,
      via: "short",
      confidence: 0.7,
      why: why("headingMeasure", { form: heading, name: node.name }),
    },
  ];
}

/** Index of the first span starting at or after `at` (spans sorted by start). */
function firstAtOrAfter(spans: { start: number }[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

export interface ExtractOptions {
  /** Proposal keys a reviewer rejected before: they are not proposed again. */
  rejected?: ReadonlySet<string>;
}

/**
 * Read a document's text into reviewable proposals: known entities (dictionary, longest match first, plus the
 * names inside a title), new-entity candidates, links from cue words and problems from 揭榜挂帅 tables. Every
 * proposal quotes its sentence verbatim with its character range. Pure: no I/O.
 */
export function extract(text: string, dict: Dictionary, sha256: string, options: ExtractOptions = {}): Extraction {
  const sentences = splitSentences(text);
  const all = dict.search(text).filter((m) => withinSentence(sentences, m) >= 0);
  const kept = longestFirst(all);
  const keptSet = new Set(kept);
  const taken = new Int32Array(text.length + 1);
  kept.forEach((m, i) => taken.fill(i + 1, m.start, m.end));
  // Names inside a project's or a policy's title (IGCT in “…IGCT关键技术”) are mentions too.
  const nested = longestFirst(
    all.filter((m) => {
      const t = kept[taken[m.start]! - 1];
      return (
        !keptSet.has(m) &&
        m.value.node.kind === "Technology" &&
        t !== undefined &&
        m.end <= t.end &&
        t.value.node.id !== m.value.node.id &&
        m.end - m.start < t.end - t.start
      );
    }),
  );

  const finder = candidateFinder(dict);
  const policies = dict.nodes.filter((n) => n.kind === "Policy").map((n) => ({ node: n, plain: plainName(n.name) }));
  // Mentions per sentence: a candidate competes only with the mentions of its own sentence.
  const local: Mention[][] = sentences.map(() => []);
  for (const m of kept) local[withinSentence(sentences, m)]!.push(knownMention(m));
  sentences.forEach((s, i) => {
    let here = local[i]!;
    const overlaps = (c: Mention, except: Mention[] = []) =>
      here.some((m) => c.start < m.end && m.start < c.end && !except.includes(m));
    for (const c of [...finder.quotedProjects(text, s), ...finder.bySuffix(text, s, taken)]) {
      const inner = here.filter((m) => c.start <= m.start && m.end <= c.end);
      if (inner.some((m) => m.start === c.start && m.end === c.end)) continue;
      // The name ends with a known name (时代新材与国防科技大学): the known one is what the sentence names.
      if (!c.match && (inner.some((m) => m.end === c.end) || inner.length > 1)) continue;
      if (overlaps(c, inner)) continue;
      // A resolved legal/short form replaces the shorter known mentions it contains; a new name around a known
      // one (…研究院 of a known company) keeps both.
      if (c.match) here = here.filter((m) => !inner.includes(m));
      here.push(c);
    }
    for (const c of finder.technologies(text, s)) if (!overlaps(c)) here.push(c);
    local[i] = headingMeasure(s, here, policies);
  });
  const mentions = local.flat();
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);

  const entities: EntityProposal[] = [];
  const toProposal = (m: Mention, within: string | null): EntityProposal => {
    const sentence = withinSentence(sentences, m);
    const s = sentences[sentence]!;
    const span = text.slice(m.start, m.end);
    return {
      id: `e${entities.length + 1}`,
      key: `${m.kind}|${m.match?.id ?? span}`,
      start: m.start,
      end: m.end,
      text: span,
      kind: m.kind,
      match: m.match ? { id: m.match.id, name: m.match.name } : null,
      close: m.close,
      quote: s.text,
      sentence,
      confidence: m.confidence,
      reason: explain(m.why, { close: m.close }),
      why: m.why,
      via: m.via,
      within,
    };
  };
  const listed = listedBeforeChain(text, mentions);
  const chains = dict.nodes.filter((n) => n.kind === "Chain");
  for (const m of mentions) {
    const parent = toProposal(m, null);
    entities.push(parent);
    // A form two nodes share (a target that is both a Policy and a Technology): one proposal each, the reviewer picks.
    const entry = m.match ? dict.lookup(text.slice(m.start, m.end)) : null;
    for (const other of entry?.others ?? []) entities.push(toProposal({ ...m, kind: other.kind, match: other }, null));
    // Listed before 等…产业链, the name stands for a chain: proposed as that chain too (or the alternative raised).
    const form = parent.text.replace(/\s+/g, "");
    const asChain =
      listed.has(m) && m.kind !== "Chain" ? chainsNamed(form, chains).filter((c) => !entry?.others.includes(c)) : [];
    const alternatives = [...(entry?.alternatives ?? []).filter((a) => !asChain.includes(a)), ...asChain];
    for (const alt of alternatives) {
      const chain = asChain.includes(alt);
      entities.push(
        toProposal(
          {
            ...m,
            kind: alt.kind,
            match: alt,
            via: "short",
            confidence: chain ? 0.75 : 0.45,
            why: chain
              ? why("chainList", { form, name: alt.name })
              : why("alternative", { form: parent.text, name: alt.name, best: m.match!.name }),
          },
          null,
        ),
      );
    }
    for (let k = firstAtOrAfter(nested, m.start); k < nested.length && nested[k]!.start < m.end; k++) {
      const n = nested[k]!;
      if (n.end > m.end || m.end - m.start <= n.end - n.start) continue;
      const child = knownMention(n);
      entities.push(
        toProposal(
          {
            ...child,
            confidence: Math.min(child.confidence, 0.9),
            why: why("within", { form: child.why.vars.form ?? "", name: child.match!.name, title: parent.text }),
          },
          parent.id,
        ),
      );
    }
  }
  const meta = readMetadata(text, sentences, dict, sha256);
  const rejected = options.rejected ?? new Set<string>();
  const links = proposeLinks(sentences, entities, meta, text).filter((l) => !rejected.has(l.key));
  return {
    document: meta,
    sentences,
    entities: entities.filter((e) => !rejected.has(e.key)),
    links,
    problems: proposeProblems(text, dict).filter((p) => !rejected.has(p.key)),
  };
}
