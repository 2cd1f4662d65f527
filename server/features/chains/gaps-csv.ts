// A chain's gap report as CSV for Excel/WPS: UTF-8 with BOM (so Chinese opens correctly), CRLF, every cell
// quoted, and cells that a spreadsheet would run as a formula (= + - @, tab, CR) neutralised with a quote.
import type { GapsResponse } from "../../contracts/chains";

const STATUS_ZH = { missing: "缺链", weak: "弱链", broken: "断链", strong: "强链" } as const;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number): string {
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(rows: (string | number)[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

export function gapsCsv(report: GapsResponse): string {
  const orgs = new Map(report.orgs.map((o) => [o.id, o]));
  const label = (id: string) => {
    const org = orgs.get(id);
    if (!org) return id;
    return `${org.name} (${id})${org.provenance.source === "illustrative" ? " [示例 illustrative]" : ""}`;
  };
  const list = (ids: string[]) => ids.map(label).join("; ");
  const header = [
    "chain 产业链", "order 序号", "stage 环节位置", "segment id", "segment 环节", "segment (en)", "status 诊断", "reasons 依据",
    "local enterprises 本地企业", "research 本地科研机构", "non-local (ignored) 外地机构", "linked neighbours 上下游关联",
    "single points of failure 单点风险", "remedies 对策 (kind, strategy, score)", "required technologies 所需技术",
  ];
  const rows = report.segments.map((s) => [
    report.chain.name, s.order, s.stage, s.id, s.name, s.nameEn ?? "", `${s.status} ${STATUS_ZH[s.status]}`, s.reasons.join("; "),
    list(s.enterprises), list(s.research), list(s.evidence.nonLocal),
    s.evidence.links.map((l) => `${label(l.source)} ${l.type} ${label(l.target)}`).join("; "),
    list(s.spof),
    s.remedies.map((r) => `${label(r.orgId)} (${r.kind}, ${r.strategy}, ${r.score})`).join("; "),
    s.techs.join("; "),
  ]);
  return toCsv([header, ...rows]);
}
