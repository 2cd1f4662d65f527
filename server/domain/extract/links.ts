import { NODE_KINDS, ORG_KINDS, type NodeKind, type RelType } from "../../contracts/model";
import { explain, why, type Why } from "./reasons";
import { jointVentureLinks, proposedLinks, sectionChainLinks, subfieldLinks, type AddLink } from "./structure-links";
import type { DocumentMeta, EntityProposal, LinkEnd, LinkProposal, Sentence } from "./types";

interface CueRule {
  type: RelType;
  cues: string[];
  from: readonly NodeKind[];
  to: readonly NodeKind[];
  confidence: number;
  /** The sentence only suggests the link (a supply or segment relation read from 配套/引进…上下游). */
  inferred: boolean;
  /** Pairs of organisations in text order: the subject comes first (A与B合作, A向B供应). */
  textOrder?: boolean;
}

const ORG: readonly NodeKind[] = ORG_KINDS;
/** Who collaborates: departments coordinating (协同联动) is not it, nor a platform or park that partners build. */
const PARTNERS: readonly NodeKind[] = ["Enterprise", "University", "ResearchInstitute", "Association"];
const NON_POLICY = NODE_KINDS.filter((k) => k !== "Policy");

/** The cue words of issue 16, mapped onto the model's relationship types and endpoint kinds. */
export const CUE_RULES: CueRule[] = [
  {
    type: "COLLABORATES_WITH",
    cues: ["合作", "联合", "共建", "携手", "协同"],
    from: PARTNERS,
    to: PARTNERS,
    confidence: 0.75,
    inferred: false,
    textOrder: true,
  },
  { type: "LEADS", cues: ["牵头", "承担"], from: ORG, to: ["Project"], confidence: 0.9, inferred: false },
  { type: "PARTICIPATES_IN", cues: ["参与"], from: ORG, to: ["Project"], confidence: 0.75, inferred: false },
  {
    type: "SUPPLIES",
    cues: ["配套", "供应", "供货"],
    from: ORG,
    to: ORG,
    confidence: 0.5,
    inferred: true,
    textOrder: true,
  },
  {
    type: "IN_SEGMENT",
    cues: ["上下游", "引进", "配套", "落户"],
    from: ORG,
    to: ["Segment"],
    confidence: 0.5,
    inferred: true,
  },
  {
    type: "HAS_CAPABILITY",
    cues: ["掌握", "突破", "研发", "攻克", "研制"],
    from: ORG,
    to: ["Technology"],
    confidence: 0.7,
    inferred: false,
  },
  {
    type: "OPERATES",
    cues: ["依托", "建设", "筹建", "搭建", "运营", "组建"],
    from: ORG,
    to: ["Platform"],
    confidence: 0.7,
    inferred: false,
  },
  {
    type: "SUPPORTS",
    cues: ["支持", "推动", "鼓励", "引导", "扶持", "培育", "部署", "倾斜"],
    from: ["Policy"],
    to: NON_POLICY,
    confidence: 0.7,
    inferred: false,
  },
];

const MAX_PAIRS = 24;
const end = (e: EntityProposal): LinkEnd => ({ text: e.text, id: e.match?.id ?? null, kind: e.kind, ref: e.id });
const inside = (at: number, e: EntityProposal) => at >= e.start && at < e.end;

/** Links proposed from cue words, each quoting its sentence; one sentence never yields more than it says. */
export function proposeLinks(
  sentences: Sentence[],
  entities: EntityProposal[],
  meta: DocumentMeta,
  text: string,
): LinkProposal[] {
  const bySentence = new Map<number, EntityProposal[]>();
  for (const e of entities) bySentence.set(e.sentence, [...(bySentence.get(e.sentence) ?? []), e]);
  const out = new Map<string, LinkProposal>();
  const add: AddLink = (s, type, a, b, cue, confidence, inferred, reason, quote = s) => {
    if (a === b || (a.match && a.match.id === b.match?.id)) return;
    const ends = [a.match?.id ?? a.text, b.match?.id ?? b.text];
    // A collaboration has no direction: A↔B and B↔A are one proposal.
    const key = `${type}|${(type === "COLLABORATES_WITH" ? [...ends].sort() : ends).join("|")}`;
    if (out.has(key)) return;
    out.set(key, {
      id: `l${out.size + 1}`,
      key,
      type,
      source: end(a),
      target: end(b),
      quote: quote.text,
      start: quote.start,
      end: quote.end,
      sentence: quote.index,
      cue,
      inferred,
      confidence,
      reason: explain(reason, { inferred }),
      why: reason,
    });
  };

  for (const s of sentences) {
    const mentions = bySentence.get(s.index) ?? [];
    const heading =
      s.heading !== null ? (bySentence.get(s.heading) ?? []).filter((e) => e.kind === "Policy" && !e.within) : [];
    if (mentions.length === 0) continue;
    for (const rule of CUE_RULES) {
      for (const cue of rule.cues) {
        let at = s.text.indexOf(cue);
        while (at >= 0) {
          const pos = s.start + at;
          const inProject = mentions.find((e) => inside(pos, e));
          // A cue inside a name is part of the name (创新联合体), except 研发 in a project's title, which says what it develops.
          const titleCue = inProject && rule.type === "HAS_CAPABILITY" && inProject.kind === "Project";
          if (!inProject || titleCue) {
            const inSentence = mentions.filter((e) => rule.from.includes(e.kind) && e !== inProject);
            const viaHeading = rule.type === "SUPPORTS" && !inSentence.some((e) => e.start < pos);
            const sources = (
              viaHeading ? heading : inSentence.filter((e) => rule.type !== "SUPPORTS" || e.start < pos)
            ).slice(0, 4);
            const targets = mentions.filter((e) => rule.to.includes(e.kind) && !(e.kind === "Project" && titleCue));
            let n = 0;
            for (const a of sources) {
              for (const b of targets) {
                if (n++ >= MAX_PAIRS) break;
                if (rule.textOrder && b.start <= a.start) continue;
                // Two names of one list (德智新材、凯睿思等…供应商) do not supply each other.
                if (rule.type === "SUPPLIES" && /^[\s、，,和及与]*$/.test(text.slice(a.end, b.start))) continue;
                const inferred = rule.inferred || viaHeading || Boolean(titleCue);
                const reason = viaHeading
                  ? why("cueHeading", { cue, a: a.text })
                  : titleCue
                    ? why("cueTitle", { cue, project: inProject!.text, a: a.text })
                    : why("cue", { cue, a: a.text, b: b.text });
                add(
                  s,
                  rule.type,
                  a,
                  b,
                  cue,
                  viaHeading || titleCue ? rule.confidence - 0.1 : rule.confidence,
                  inferred,
                  reason,
                );
              }
            }
          }
          at = s.text.indexOf(cue, at + cue.length);
        }
      }
    }
    // 中车时代半导体的“…项目”: the sentence ascribes the project to the organisation without a cue word.
    for (const org of mentions.filter((e) => ORG.includes(e.kind))) {
      const project = mentions.find(
        (e) => e.kind === "Project" && e.start > org.end && /^的?\s*[“"]?$/.test(text.slice(org.end, e.start)),
      );
      if (project) add(s, "LEADS", org, project, "的", 0.65, true, why("possessive", { a: org.text }));
    }
    // A project's title names the technology it addresses.
    for (const project of mentions.filter((e) => e.kind === "Project")) {
      for (const tech of mentions.filter((e) => e.kind === "Technology" && e.within === project.id)) {
        add(s, "ADDRESSES", project, tech, "title", 0.9, false, why("title", { b: tech.text }));
      }
    }
  }
  proposedLinks(text, sentences, bySentence, add);
  sectionChainLinks(text, sentences, bySentence, entities, add);
  subfieldLinks(text, sentences, bySentence, entities, add);
  jointVentureLinks(sentences, bySentence, add);
  issued(sentences, entities, meta, add);
  return [...out.values()];
}

/** The issuer of the document issued the measures (Policy mentions) it states: inferred, quoting the 文号 line. */
function issued(
  sentences: Sentence[],
  entities: EntityProposal[],
  meta: DocumentMeta,
  add: (
    s: Sentence,
    type: RelType,
    a: EntityProposal,
    b: EntityProposal,
    cue: string,
    c: number,
    inferred: boolean,
    reason: Why,
    quote?: Sentence,
  ) => void,
) {
  if (!meta.issuer?.id) return;
  const issuer = entities.find((e) => e.match?.id === meta.issuer!.id);
  const numberLine =
    sentences.find((s) => meta.number && s.text.replace(/\s+/g, "").includes(meta.number)) ??
    (issuer ? sentences[issuer.sentence] : undefined);
  if (!issuer || !numberLine) return;
  for (const policy of entities.filter((e) => e.kind === "Policy" && e.match && !e.within)) {
    add(
      numberLine,
      "ISSUED",
      issuer,
      policy,
      "文号",
      0.6,
      true,
      why("issued", { a: issuer.text, number: meta.number ?? "", b: policy.text }),
      numberLine,
    );
  }
}
