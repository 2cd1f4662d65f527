// Links read from how a document is written rather than from a cue verb: who a reply answers (PROPOSED), the
// chain a section is about (IN_CHAIN), technologies named as kinds or parts of others (SUBFIELD_OF) and joint
// ventures (合资成立). What the sentence states is stated; what rests on the document's layout, a salutation or names
// containing names is inferred.
import type { RelType } from "../../contracts/model";
import { why, type Why } from "./reasons";
import type { EntityProposal, Sentence } from "./types";

export type AddLink = (
  s: Sentence,
  type: RelType,
  a: EntityProposal,
  b: EntityProposal,
  cue: string,
  confidence: number,
  inferred: boolean,
  reason: Why,
  /** The sentence quoted, when it is not `s` itself. */
  quote?: Sentence,
) => void;

const PARTIES = new Set(["Enterprise", "University", "ResearchInstitute", "Association", "GovernmentBody"]);
const IN_CHAIN_FROM = new Set(["Policy", "Project", "Platform"]);
/** What may stand between the cue and the first name, and between two names of a list. */
const OPEN = /^[\s“"《]*$/;
const BETWEEN = /^[\s”"》]*[、，,和及与][\s“"《]*$/;
const PROPOSED_CUES = ["您提出的", "您建议的", "您所提的", "贵单位提出的"];

const top = (e: EntityProposal) => e.within === null && e.confidence >= 0.5;

/** The mentions of `kind` that form a list starting right at `at` (“A”、“B”、“C”). */
function listFrom(text: string, at: number, mentions: EntityProposal[], kinds: Set<string>): EntityProposal[] {
  const out: EntityProposal[] = [];
  let pos = at;
  for (const m of mentions) {
    if (m.start < pos || !kinds.has(m.kind) || !top(m)) continue;
    if (!(out.length ? BETWEEN : OPEN).test(text.slice(pos, m.start))) break;
    out.push(m);
    pos = m.end;
  }
  return out;
}

/**
 * A reply opens with its addressee (“九三学社：”) and says “您提出的…”/“《…》已收悉” of what it answers: the
 * addressee PROPOSED those measures. Inferred: the sentence says 您, the salutation says who that is.
 */
export function proposedLinks(
  text: string,
  sentences: Sentence[],
  bySentence: Map<number, EntityProposal[]>,
  add: AddLink,
) {
  // The salutation opens the letter: one of its first sentences.
  const salutation = sentences.slice(0, 30).find((s) => {
    const here = bySentence.get(s.index) ?? [];
    return here.some(
      (e) => PARTIES.has(e.kind) && e.match && e.start === s.start && /^[:：]$/.test(text.slice(e.end, s.end)),
    );
  });
  if (!salutation) return;
  const addressee = bySentence.get(salutation.index)!.find((e) => e.start === salutation.start)!;
  const policies = new Set(["Policy"]);
  for (const s of sentences.filter((x) => x.index > salutation.index)) {
    const here = (bySentence.get(s.index) ?? []).filter((e) => e.match);
    for (const cue of PROPOSED_CUES) {
      for (let at = s.text.indexOf(cue); at >= 0; at = s.text.indexOf(cue, at + cue.length)) {
        for (const b of listFrom(text, s.start + at + cue.length, here, policies))
          add(s, "PROPOSED", addressee, b, cue, 0.7, true, why("addressee", { cue, a: addressee.text, b: b.text }));
      }
    }
    // The first sentence after the salutation: “《…》已收悉” — the reply received the addressee's proposal.
    const received = s.text.indexOf("已收悉");
    if (s.index === salutation.index + 1 && received > 0) {
      const b = here.find(
        (e) => e.kind === "Policy" && top(e) && /^[\s》”"]*$/.test(text.slice(e.end, s.start + received)),
      );
      if (b) add(s, "PROPOSED", addressee, b, "已收悉", 0.65, true, why("received", { a: addressee.text, b: b.text }));
    }
  }
}

/** The heading level of a numbered sentence: 一、 (1), （一） (2), 1. (3); 0 when it is not numbered. */
function level(text: string, s: Sentence): number {
  if (!s.marker) return 0;
  const lead = text.slice(text.lastIndexOf("\n", s.start - 1) + 1, s.start).trim();
  if (/^[一二三四五六七八九十]/.test(lead)) return 1;
  if (/^[（(]/.test(lead)) return 2;
  return 3;
}

/**
 * A section headed “（一）…” is about one chain when its heading names it, names parts of its name (国产操作系统,
 * 工业软件 of 北斗·国产操作系统·工业软件产业链), or its sentences name exactly one chain: the measures, projects and
 * platforms named in that section are proposed IN_CHAIN, inferred from the layout, quoting their own sentence.
 */
export function sectionChainLinks(
  text: string,
  sentences: Sentence[],
  bySentence: Map<number, EntityProposal[]>,
  entities: EntityProposal[],
  add: AddLink,
) {
  // The best proposal of each chain the document names (a link's end), and the chains by the parts of their names.
  const best = new Map<string, EntityProposal>();
  const byPart = new Map<string, Set<string>>();
  for (const c of entities.filter((e) => e.kind === "Chain" && e.match && e.within === null)) {
    const id = c.match!.id;
    if (!best.has(id) || best.get(id)!.confidence < c.confidence) best.set(id, c);
    for (const part of c.match!.name.replace(/产业链$/, "").split("·"))
      byPart.set(part, (byPart.get(part) ?? new Set()).add(id));
  }
  const named = (ids: EntityProposal[]) => [...new Set(ids.map((e) => e.match!.id))];
  const strong = (list: EntityProposal[]) =>
    list.filter((e) => e.kind === "Chain" && e.match && top(e) && e.confidence >= 0.7);
  const sections: { heading: Sentence; body: Sentence[] }[] = [];
  for (const s of sentences) {
    const l = level(text, s);
    if (l === 2) sections.push({ heading: s, body: [] });
    else if (l === 1)
      sections.push({ heading: { ...s, marker: false }, body: [] }); // a part, not a chain's section
    else if (sections.length) sections.at(-1)!.body.push(s);
  }
  for (const { heading, body } of sections.filter((x) => x.heading.marker)) {
    const inHeading = bySentence.get(heading.index) ?? [];
    const parts = [
      ...new Set(
        inHeading
          .filter((e) => e.kind === "Technology")
          .flatMap((e) => [...(byPart.get(e.text.replace(/\s+/g, "")) ?? [])]),
      ),
    ];
    let chain = named(strong(inHeading));
    if (chain.length !== 1) chain = parts;
    if (chain.length !== 1) chain = named(strong(body.flatMap((s) => bySentence.get(s.index) ?? [])));
    if (chain.length !== 1) continue;
    const target = best.get(chain[0]!)!;
    for (const s of [heading, ...body]) {
      for (const a of (bySentence.get(s.index) ?? []).filter((e) => IN_CHAIN_FROM.has(e.kind) && top(e))) {
        add(
          s,
          "IN_CHAIN",
          a,
          target,
          "section",
          0.5,
          true,
          why("section", { heading: heading.text, b: target.match!.name }),
        );
      }
    }
  }
}

/**
 * Technologies named as kinds or parts of another: “碳化硅等第三代半导体” and “第三代半导体（SiC, GaN）” state it
 * (0.7); a name inside another technology's name (北斗 in 北斗芯片, 固态电池 in 固态电池界面调控) suggests it
 * (inferred, 0.55) — the narrower one is the longer name, or the parts of “A及B” are fields of the whole.
 */
export function subfieldLinks(
  text: string,
  sentences: Sentence[],
  bySentence: Map<number, EntityProposal[]>,
  entities: EntityProposal[],
  add: AddLink,
) {
  const tech = new Set(["Technology"]);
  for (const s of sentences) {
    const here = (bySentence.get(s.index) ?? []).filter((e) => e.match && e.kind === "Technology");
    for (const b of here.filter(top)) {
      // X、Y等B — of “鸿蒙、麒麟等国产操作系统及工业软件”, the kinds are of the first part (国产操作系统).
      if (text[b.start - 1] === "等" && b.start - 1 >= s.start) {
        const first = here.find(
          (e) => e.within === b.id && e.start === b.start && "及与和".includes(text[e.end] ?? "x"),
        );
        // The list runs back to the clause's start; an item the dictionary does not know (复合材料) is skipped.
        const before = text.slice(s.start, b.start - 1);
        const clause = s.start + before.search(/[^，,；;：:（(]*$/);
        const ends = [...text.slice(clause, b.start - 1).matchAll(/[、和及与]/g)].map((m) => clause + m.index);
        const list = [...ends, b.start - 1].flatMap((end) => here.filter((e) => top(e) && e.end === end && e !== b));
        const whole = first ?? b;
        for (const a of list)
          add(s, "SUBFIELD_OF", a, whole, "等", 0.7, false, why("kindOf", { a: a.text, b: whole.text }));
      }
      // B（A, C）
      if (b.end < s.end && "（(".includes(text[b.end]!)) {
        for (const a of listFrom(text, b.end + 1, here, tech))
          add(s, "SUBFIELD_OF", a, b, "（）", 0.7, false, why("example", { a: a.text, b: b.text }));
      }
    }
  }
  // Names inside names: each proposal at the outer span (an ambiguous one has several) is a possible whole.
  const bySpan = new Map<string, EntityProposal[]>();
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const e of entities.filter((x) => x.kind === "Technology" && x.match && x.within === null))
    bySpan.set(`${e.start}-${e.end}`, [...(bySpan.get(`${e.start}-${e.end}`) ?? []), e]);
  for (const inner of entities.filter((e) => e.within && e.kind === "Technology" && e.match)) {
    const parent = byId.get(inner.within!)!;
    const outers = bySpan.get(`${parent.start}-${parent.end}`) ?? [];
    const s = sentences[inner.sentence]!;
    for (const outer of outers) {
      const rest = outer.text.replace(/\s+/g, "").split(inner.text.replace(/\s+/g, ""));
      const conjunct = rest.some((r) => /^[及与和、]/.test(r) || /[及与和、]$/.test(r));
      if (conjunct)
        add(s, "SUBFIELD_OF", inner, outer, "及", 0.55, true, why("conjunct", { a: inner.text, b: outer.text }));
      else add(s, "SUBFIELD_OF", outer, inner, "name", 0.55, true, why("nestedName", { a: outer.text, b: inner.text }));
    }
  }
}

const JV_CUES = ["合资成立", "合资设立", "合资组建", "合资创办"];

/** “A与B合资成立C”: C is a joint venture of each partner named before the cue (stated). */
export function jointVentureLinks(sentences: Sentence[], bySentence: Map<number, EntityProposal[]>, add: AddLink) {
  for (const s of sentences) {
    const here = (bySentence.get(s.index) ?? []).filter((e) => e.kind !== "Technology" && top(e));
    for (const cue of JV_CUES) {
      const at = s.text.indexOf(cue);
      if (at < 0) continue;
      const pos = s.start + at;
      const company = here.find((e) => e.kind === "Enterprise" && e.start >= pos + cue.length);
      if (!company) continue;
      for (const partner of here.filter((e) => PARTIES.has(e.kind) && e.end <= pos))
        add(
          s,
          "JOINT_VENTURE_WITH",
          company,
          partner,
          cue,
          0.75,
          false,
          why("cue", { cue, a: company.text, b: partner.text }),
        );
    }
  }
}
