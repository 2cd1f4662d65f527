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
  "report.docx.problem": "一、榜单",
  "consortium.status.proposed": "拟组建",
  "source.app": "应用内录入",
};
const t = (key: string, vars: Record<string, string | number> = {}) =>
  (dict[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ""));
const name = (x: { name: string }) => x.name;

async function unzip(doc: Parameters<typeof toBuffer>[0]) {
  const files = unzipSync(new Uint8Array(await toBuffer(doc)));
  const rels = files["word/_rels/document.xml.rels"] ? strFromU8(files["word/_rels/document.xml.rels"]!) : "";
  const document = strFromU8(files["word/document.xml"]!);
  // pictures: the PNG files in word/media that the document's drawings embed (r:embed → relationship → file)
  const embedded = [...document.matchAll(/r:embed="([^"]+)"/g)].map((m) => {
    const target = new RegExp(`Id="${m[1]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[1]}"`).exec(rels);
    return target ? `word/${target[1] ?? target[2]}` : `missing ${m[1]}`;
  });
  return {
    document,
    footnotes: files["word/footnotes.xml"] ? strFromU8(files["word/footnotes.xml"]!) : "",
    media: Object.keys(files).filter((f) => /^word\/media\/.+\.png$/.test(f)),
    embedded,
    file: (name: string) => files[name],
  };
}
/** Headings as written: the text of each paragraph styled Heading1/Heading2. */
const headings = (xml: string) =>
  [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading\d"\/>(.*?)<\/w:p>/gs)].map((m) =>
    [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
  );
// A real 1×1 PNG (the browser rasterises the SVG drawings; here any PNG stands in for one).
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    "base64",
  ),
);
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
    const panorama = { data: PNG, width: 960, height: 480 };
    const { document, footnotes, media, embedded, file } = await unzip(
      chainReportDocx(report, t, name, "2026-12-06", panorama),
    );
    expect(document).toContain("测试产业链 诊断报告");
    expect(headings(document)).toEqual(["一、各环节诊断", "谁在维系这条链", "report.docx.method"]);
    // the panorama is a picture in the file, embedded by the document, scaled to the text width (600 px)
    expect(media).toHaveLength(1);
    expect(embedded).toEqual(media);
    expect([...file(media[0]!)!]).toEqual([...PNG]);
    expect(document).toContain(`cx="${600 * 9525}" cy="${300 * 9525}"`);
    expect(document).toContain("report.docx.figure.panorama");
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
    const graph = { data: PNG, width: 520, height: 260 };
    const { document, footnotes, media, embedded } = await unzip(
      matchReportDocx(problem as never, candidates as never, build as never, saved as never, t, name, "2026-12-06", [
        graph,
      ]),
    );
    expect(headings(document)).toEqual([
      "一、榜单",
      "report.docx.consortia",
      "三、已保存的联合体",
      "report.docx.candidates",
    ]);
    expect(media).toHaveLength(1);
    expect(embedded).toEqual(media);
    expect(document).toContain(`cx="${520 * 9525}" cy="${260 * 9525}"`); // small enough: not enlarged
    // one row per table line: facts (header + 4), consortia (header + 1), saved (header + 1), candidates (header + 1)
    expect((document.match(/<w:tr[ >]/g) ?? []).length).toBe(5 + 2 + 2 + 2);
    expect(document).toContain("测试榜单 匹配报告");
    expect(document).toContain("三、已保存的联合体");
    expect(document).toContain("甲牵头 · 测试榜单");
    expect(document).toContain("拟组建");
    expect(footnotes).toContain("planner");
  });
});
