import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { chainReportDocx } from "../../client/reports/chain-report-docx";
import { toBuffer } from "../../client/reports/docx-kit";
import { matchReportDocx } from "../../client/reports/match-report-docx";
import type { GapsResponse } from "../../server/contracts/chains";

// The Word exports open as Word files: unzip them and read word/document.xml (and the footnotes).
const dict: Record<string, string> = {
  "chains.report.title": "{chain} 诊断报告",
  "report.docx.segments": "一、各环节诊断",
  "chains.holders.title": "谁在维系这条链",
  "chains.status.missing": "缺链",
  "chains.status.strong": "强链",
  "source.reply": "答复原文",
  "source.public": "公开资料",
  "report.docx.matchTitle": "{problem} 匹配报告",
  "report.docx.saved": "三、已保存的联合体",
  "consortium.status.proposed": "拟组建",
  "source.app": "应用内录入",
};
const t = (key: string, vars: Record<string, string | number> = {}) =>
  (dict[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ""));
const name = (x: { name: string }) => x.name;

async function unzip(doc: Parameters<typeof toBuffer>[0]) {
  const files = unzipSync(new Uint8Array(await toBuffer(doc)));
  return {
    document: strFromU8(files["word/document.xml"]!),
    footnotes: files["word/footnotes.xml"] ? strFromU8(files["word/footnotes.xml"]!) : "",
  };
}
const seg = (id: string, order: number, status: "missing" | "strong", enterprises: string[], nonLocal: string[]) => ({
  id,
  name: `环节${order}`,
  stage: "UP" as const,
  order,
  techs: [],
  status,
  reasons: [],
  enterprises,
  research: [],
  spof: [],
  spofDetail: [],
  remedies:
    status === "missing"
      ? [
          {
            orgId: "ent:b",
            kind: "attract" as const,
            strategy: "fill" as const,
            score: 50,
            reason: "",
            basis: { techs: [], adjacent: [], present: true, ties: [] },
          },
        ]
      : [],
  evidence: { capable: [], neighbours: [], neighbourEnterprises: [], links: [], integrated: [], nonLocal },
});

describe("DOCX reports", () => {
  it("writes the chain gap report with its headings, one table row per segment and sources as footnotes", async () => {
    const report = {
      chain: { id: "chain:x", name: "测试产业链" },
      counts: { missing: 1, weak: 0, broken: 0, strong: 1 },
      segments: [seg("s1", 1, "strong", ["ent:a"], []), seg("s2", 2, "missing", [], ["ent:b"])],
      holders: { articulation: [], betweenness: [{ orgId: "ent:a", score: 0.054 }] },
      orgs: [
        {
          id: "ent:a",
          name: "株洲甲公司",
          kind: "Enterprise",
          local: true,
          provenance: { source: "reply", quote: "甲公司已建成产线" },
        },
        {
          id: "ent:b",
          name: "长沙乙公司",
          kind: "Enterprise",
          local: false,
          provenance: { source: "public", url: "https://example.org/b" },
        },
      ],
      technologies: [],
    } as unknown as GapsResponse;
    const { document, footnotes } = await unzip(chainReportDocx(report, t, name, "2026-12-06"));
    expect(document).toContain("测试产业链 诊断报告");
    expect(document).toContain("一、各环节诊断");
    expect(document).toContain("谁在维系这条链");
    expect(document).toContain("1. 环节1");
    expect(document).toContain("2. 环节2");
    expect(document).toMatch(/<w:tbl>/);
    expect((document.match(/<w:tr[ >]/g) ?? []).length).toBe(3 + 2); // segment table: header + 2; holders: header + 1
    expect(document).toContain("w:footnoteReference");
    expect(footnotes).toContain("甲公司已建成产线");
    expect(footnotes).toContain("https://example.org/b");
  });

  it("writes the match report with the saved consortia", async () => {
    const problem = {
      id: "prob:x",
      name: "测试榜单",
      statement: "说明",
      deadline: "2027-01-01",
      budget: 100,
      requires: [{ id: "tech:t", name: "技术甲", weight: 2 }],
      provenance: { source: "app", by: "planner", asOf: "2026-12-06", file: "ui" },
    };
    const build = {
      exact: true,
      holders: 1,
      poolSize: 2,
      orgs: [{ id: "ent:a", name: "株洲甲公司" }],
      consortia: [
        {
          lead: "ent:a",
          members: [{ id: "ent:a", name: "株洲甲公司", role: "lead" }],
          covered: ["tech:t"],
          uncovered: [],
          coveredWeight: 2,
          totalWeight: 2,
        },
      ],
    };
    const saved = [
      {
        id: "cons:1",
        name: "甲牵头 · 测试榜单",
        status: "proposed",
        members: [{ id: "ent:a", name: "株洲甲公司", role: "lead" }],
        provenance: { source: "app", by: "planner", asOf: "2026-12-06", file: "ui" },
      },
    ];
    const parts = {
      coverage: { score: 1 },
      evidence: { score: 1 },
      proximity: { score: 1 },
      locality: { score: 1 },
      load: { score: 1 },
    };
    const candidates = {
      solvers: [{ id: "ent:a", name: "株洲甲公司", kind: "Enterprise", solverScore: 0.9, components: parts }],
      leads: [],
    };
    const { document, footnotes } = await unzip(
      matchReportDocx(problem as never, candidates as never, build as never, saved as never, t, name, "2026-12-06"),
    );
    expect(document).toContain("测试榜单 匹配报告");
    expect(document).toContain("三、已保存的联合体");
    expect(document).toContain("甲牵头 · 测试榜单");
    expect(document).toContain("拟组建");
    expect(footnotes).toContain("planner");
  });
});
