// Why a proposal was made, as a code with values: the API also gives an English sentence; the UI translates
// the code (client/i18n/*/documents.json, doc.why.*), so no English reaches the Chinese interface.

export const REASONS = {
  name: "“{form}” is the name of {name}",
  alias: "“{form}” is an alias of {name}",
  nameEn: "“{form}” is the English name of {name}",
  short: "“{form}” is a short form (by rule) of {name}",
  ambiguous: "“{form}” is a name of {name} and also of {others}: ambiguous",
  alternative:
    "“{form}” may also mean {name} (its name without the qualifier, or a part of it); less likely than {best}",
  chainList: "“{form}” is listed before 等…产业链: the sentence names the chain {name}",
  within: "“{form}” names {name}, within the title “{title}”",
  headingMeasure: "the numbered item's heading “{form}” abbreviates the measure {name}",
  candidateForm: "“{form}” is a form of {name} (place and legal form removed)",
  pattern: "a name ending in {suffix}",
  quotedSuffix: "a quoted title followed by 项目",
  quotedProject: "a quoted title in a sentence about a project (项目/立项)",
  vocabulary: "“{form}” is in the technology vocabulary",
  cue: "“{cue}” links {a} and {b} in this sentence",
  cueHeading: "“{cue}” in a sentence under the measure “{a}” (its numbered item's heading)",
  cueTitle: "“{cue}” in the title of the project “{project}” that the sentence ascribes to {a}",
  possessive: "the sentence ascribes the project to {a} (“{a}的…”); who leads it is inferred",
  title: "the project's title names {b}",
  addressee: "“{cue}”: the reply's addressee {a} (its salutation “{a}：”) proposed {b}",
  received: "the reply acknowledges receiving {b} (已收悉) from its addressee {a}",
  section: "named under the heading “{heading}”, a section about {b}",
  kindOf: "“{a}等{b}”: the sentence names {a} as a kind of {b}",
  example: "“{b}（{a}…）”: {a} is given as an example of {b}",
  conjunct: "“{a}” is a part of “{b}” (A及B)",
  nestedName: "the name “{a}” contains “{b}”: a subfield by its name",
  issued: "{a} issued this document ({number}), which states the measure “{b}”",
  tableRow: "a row of the 揭榜挂帅 table whose header is “{header}”",
} as const;

export type ReasonCode = keyof typeof REASONS;
export interface Why {
  code: ReasonCode;
  vars: Record<string, string | number>;
}

export const why = (code: ReasonCode, vars: Why["vars"] = {}): Why => ({ code, vars });

/** The English sentence of a reason (API and CLI); `extra` adds what the proposal's flags say. */
export function explain(
  w: Why,
  extra: { close?: { name: string; score: number } | null; inferred?: boolean } = {},
): string {
  let text: string = REASONS[w.code].replace(/\{(\w+)\}/g, (_, k: string) => String(w.vars[k] ?? ""));
  if (extra.close) text += `; close to the existing ${extra.close.name} (similarity ${extra.close.score})`;
  if (extra.inferred) text += "; inferred, the sentence does not state it";
  return text;
}
