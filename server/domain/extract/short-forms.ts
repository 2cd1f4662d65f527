// Rule-built short forms of legal and formal names: the forms a document actually uses.
import { LEGAL_SUFFIX, PLACE_PREFIX } from "../../contracts/short-name";

const QUOTES = /[《》“”「」"]/g;
/** A qualifier in brackets at the end: （功率半导体）, （或技术创新中心）. */
const TRAILING_QUALIFIER = /[（(][^（）()]*[）)]$/;
const HAN = /[\u4e00-\u9fff]/;

const tidy = (s: string) => s.trim();

/** Short forms of one name by rule; the name itself is not included. */
export function shortForms(name: string, kind: string): string[] {
  const out = new Set<string>();
  const add = (s: string) => {
    const v = tidy(s);
    if (v && v !== name) out.add(v);
  };
  const unquoted = name.replace(QUOTES, "");
  add(unquoted);
  const unqualified = unquoted.replace(TRAILING_QUALIFIER, "");
  add(unqualified);
  // “市级科技重大专项：材料智能化…” → its head before the colon.
  const head = unqualified.split(/[：:]/)[0]!;
  if (head !== unqualified) add(head);
  for (const base of [unqualified, head]) {
    const noLegal = base.replace(LEGAL_SUFFIX, "");
    if (noLegal !== base) {
      add(noLegal);
      // …科技 / …新能源科技: companies are also called without 科技 (湖南立方新能源科技 → 立方新能源).
      add(noLegal.replace(/科技$/, ""));
    }
    for (const v of [base, noLegal]) {
      const noPlace = v.replace(PLACE_PREFIX, "");
      if (noPlace !== v) {
        add(noPlace);
        add(noPlace.replace(/科技$/, ""));
      }
    }
  }
  // A qualifier that is itself a name in use: 智能工厂（标准自动化+智能制造）, …示范（依托优势产业）.
  const qualifier = /[（(]([^（）()]+)[）)]$/.exec(unquoted)?.[1];
  if (qualifier && !/^或/.test(qualifier) && !/[、，]/.test(qualifier)) add(qualifier);
  // A quoted part of a name: “企业出题、院所解题、政府助题”联合攻关模式.
  for (const m of name.matchAll(/“([^“”]{6,})”/g)) add(m[1]!);
  // A name that is two names: 中低压功率器件产业化（株洲）项目／8英寸碳化硅功率器件晶圆线.
  for (const part of unquoted.split(/[／/]/)) if (part !== unquoted) add(part);
  // Departments drop 市/省: 市发改委 → 发改委.
  if (kind === "GovernmentBody" && /^[市省][\u4e00-\u9fff]{2,}$/.test(name)) add(name.slice(1));
  // Technologies named “A与B”: a list in running text names A alone (工业控制与嵌入式系统 → 工业控制).
  if (kind === "Technology")
    for (const part of unqualified.split(/[与及和]/).slice(0, 1)) if (part !== unqualified) add(part);
  // Chains: 功率半导体产业链 is written 功率半导体产业 in running text.
  if (kind === "Chain" && /产业链$/.test(unqualified)) add(unqualified.replace(/链$/, ""));
  // Short forms must still say something: at least three Han characters (or a Latin token of 3+).
  return [...out].filter((s) => (HAN.test(s) ? [...s].filter((c) => HAN.test(c)).length >= 3 : s.length >= 3));
}

/** The name with place prefix and legal form removed — how a new candidate is compared with the dictionary. */
/** 株洲联诚集团 → 联诚集团 (any length left). */
export function withoutPlace(name: string): string {
  return name.replace(/^(?:湖南省|湖南|株洲市|株洲)(?=[\u4e00-\u9fff]{2,})/, "");
}

/** Qualifier-free name of a node: what a numbered item's heading abbreviates. */
export function plainName(name: string): string {
  return name.replace(QUOTES, "").replace(TRAILING_QUALIFIER, "");
}

export function coreName(name: string): string {
  return name
    .replace(QUOTES, "")
    .replace(LEGAL_SUFFIX, "")
    .replace(/(?:公司|集团)$/, "")
    .replace(PLACE_PREFIX, "")
    .replace(/科技$/, "");
}
