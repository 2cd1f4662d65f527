import type { Dictionary } from "./dictionary";
import { coreName } from "./short-forms";
import { explain, why, type Why } from "./reasons";
import type { ProblemProposal } from "./types";

const reasoned = (w: Why) => ({ reason: explain(w), why: w });

type Column = "seq" | "title" | "owner" | "indicators" | "bounty" | "deadline";
const HEADERS: [Column, RegExp][] = [
  ["seq", /^(?:序号|编号|No\.?)$/i],
  ["owner", /需求单位|发榜单位|发布单位|需求方|出题单位/],
  ["indicators", /技术指标|指标|技术要求|需求内容|攻关内容/],
  ["bounty", /榜额|金额|资金|经费|奖励/],
  ["deadline", /期限|时限|完成时间|周期/],
  ["title", /名称|榜单|项目|需求|题目/],
];
const SEPARATOR = /^[\s|:：\-—=+]+$/;

function cells(line: string): string[] {
  const body = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  const parts = body.includes("|")
    ? body.split("|")
    : body.includes("\t")
      ? body.split("\t")
      : body.split(/\s{2,}|\u3000+/);
  return parts.map((c) => c.trim());
}

function columnOf(header: string): Column | null {
  return HEADERS.find(([, re]) => re.test(header))?.[0] ?? null;
}

/**
 * A 揭榜挂帅 榜单 in the text — a header row naming at least the title and two of 需求单位/技术指标/榜额/期限, then
 * one row per line (tab, | or wide spaces between cells) — becomes one problem proposal per row, quoting the row.
 */
export function proposeProblems(text: string, dict: Dictionary): ProblemProposal[] {
  const out: ProblemProposal[] = [];
  const lines: { start: number; text: string }[] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    lines.push({ start: at, text: line });
    at += line.length + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const header = cells(lines[i]!.text);
    if (header.length < 3) continue;
    const columns = header.map(columnOf);
    if (!columns.includes("title") || columns.filter((c) => c && c !== "title" && c !== "seq").length < 2) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (SEPARATOR.test(line.text) && line.text.trim()) continue;
      const row = cells(line.text);
      if (row.length < 2 || row.every((c) => !c)) break;
      const get = (c: Column) => row[columns.indexOf(c)] || null;
      const title = get("title");
      if (!title) continue;
      const ownerText = get("owner");
      const entry = ownerText ? (dict.lookup(ownerText) ?? dict.lookup(coreName(ownerText))) : null;
      const lead = line.text.length - line.text.trimStart().length;
      const quote = line.text.trim();
      const start = line.start + lead;
      out.push({
        id: `p${out.length + 1}`,
        key: `Problem|${title}`,
        title,
        owner: ownerText ? { text: ownerText, id: entry && !entry.others.length ? entry.node.id : null } : null,
        indicators: get("indicators"),
        bounty: get("bounty"),
        deadline: get("deadline"),
        quote,
        start,
        end: start + quote.length,
        confidence: 0.8,
        ...reasoned(why("tableRow", { header: lines[i]!.text.trim() })),
      });
      i = j;
    }
  }
  return out;
}
