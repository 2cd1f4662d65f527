// A chain's gap report as CSV for Excel/WPS, through the shared encoder (server/contracts/csv.ts) with every
// cell quoted (WPS reads long Chinese cells more reliably that way).
import type { GapsResponse } from "../../contracts/chains";
import { csvCell as encodeCell, toCsv as encodeCsv, type CsvValue } from "../../contracts/csv";

const STATUS_ZH = { missing: "缺链", weak: "弱链", broken: "断链", strong: "强链" } as const;

export const csvCell = (value: string | number): string => encodeCell(value, { quoteAll: true });
export const toCsv = (rows: CsvValue[][]): string => encodeCsv(rows, { quoteAll: true });

export function gapsCsv(report: GapsResponse): string {
  const orgs = new Map(report.orgs.map((o) => [o.id, o]));
  const label = (id: string) => {
    const org = orgs.get(id);
    if (!org) return id;
    return `${org.name} (${id})${org.provenance.source === "illustrative" ? " [示例 illustrative]" : ""}`;
  };
  const list = (ids: string[]) => ids.map(label).join("; ");
  const header = [
    "chain 产业链",
    "order 序号",
    "stage 环节位置",
    "segment id",
    "segment 环节",
    "segment (en)",
    "status 诊断",
    "reasons 依据",
    "local enterprises 本地企业",
    "research 本地科研机构",
    "non-local (ignored) 外地机构",
    "linked neighbours 上下游关联",
    "single points of failure 单点风险",
    "remedies 对策 (kind, strategy, score)",
    "required technologies 所需技术",
  ];
  const rows = report.segments.map((s) => [
    report.chain.name,
    s.order,
    s.stage,
    s.id,
    s.name,
    s.nameEn ?? "",
    `${s.status} ${STATUS_ZH[s.status]}`,
    s.reasons.join("; "),
    list(s.enterprises),
    list(s.research),
    list(s.evidence.nonLocal),
    s.evidence.links.map((l) => `${label(l.source)} ${l.type} ${label(l.target)}`).join("; "),
    list(s.spof),
    s.remedies.map((r) => `${label(r.orgId)} (${r.kind}, ${r.strategy}, ${r.score})`).join("; "),
    s.techs.join("; "),
  ]);
  return toCsv([header, ...rows]);
}
