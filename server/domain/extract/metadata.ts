import type { Dictionary } from "./dictionary";
import type { DocumentMeta, Sentence } from "./types";

/** 文号: 株科办〔2025〕37号, 湘政发[2024]3号, 国办发（2023）12号. */
export const DOC_NUMBER = /[\u4e00-\u9fff]{1,10}[〔[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d{1,4}\s*号/;
const FULL_DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|((?:19|20)\d{2})-(\d{2})-(\d{2})/g;
const TITLE =
  /^(?:关于|[\u4e00-\u9fff]{2,30}关于).{2,80}(?:答复|通知|意见|报告|函|批复|决定|办法|方案|规划|纪要|公告|榜单|名单|提案|建议)$/;
const ISSUER_LINE = /^(.{2,30}?)(?:文件|办公室文件)$/;
const pad = (n: string) => n.padStart(2, "0");

/** A date only when the text states a full one (年月日); a year alone is not a document date. */
function statedDate(text: string): string | null {
  const dates = [...text.matchAll(FULL_DATE)].map((m) =>
    m[1] ? `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}` : `${m[4]}-${m[5]}-${m[6]}`,
  );
  const valid = dates.filter(
    (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
  );
  // The signing date closes a document: take the last stated one.
  return valid.at(-1) ?? null;
}

/** Title, 文号, issuer and date as the text states them; nothing is guessed. */
export function readMetadata(text: string, sentences: Sentence[], dict: Dictionary, sha256: string): DocumentMeta {
  const head = sentences.slice(0, 40);
  const title =
    head.find((s) => TITLE.test(s.text))?.text ??
    head.find(
      (s) =>
        s.text.length >= 6 &&
        !DOC_NUMBER.test(s.text) &&
        !ISSUER_LINE.test(s.text) &&
        /[\u4e00-\u9fff]/.test(s.text) &&
        !/^(?:同意公开|不予公开|主动公开|依申请公开|[A-Z]\s*类)$/.test(s.text),
    )?.text ??
    null;
  const number = DOC_NUMBER.exec(text)?.[0].replace(/\s+/g, "") ?? null;
  const issuerText = head.map((s) => ISSUER_LINE.exec(s.text)?.[1]).find(Boolean) ?? null;
  let issuer: DocumentMeta["issuer"] = null;
  if (issuerText) {
    const entry = dict.lookup(issuerText);
    issuer = { text: issuerText, id: entry && entry.others.length === 0 ? entry.node.id : null };
  }
  return { sha256, chars: text.length, title, number, date: statedDate(text), issuer };
}
