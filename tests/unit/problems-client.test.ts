import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { layoutConsortium } from "../../client/charts/consortium/layout";
import { boardOrder, isOverdue, localToday } from "../../client/views/problems/overdue";
import { pageFor } from "../../client/views/problems/pages";
import { csvCell } from "../../server/contracts/csv";
import { matchReportCsv } from "../../client/views/problems/report-csv";
import { REPO_ROOT } from "../../server/db/local/paths";

const shape = {
  lead: "ent:b",
  members: [
    { id: "ent:a", covers: ["t1"] },
    { id: "ent:b", covers: ["t1", "t2"] },
    { id: "uni:c", covers: [] },
  ],
  covered: ["t1", "t2"],
  uncovered: ["t3"],
  tree: [
    { a: "ent:a", b: "ent:b", distance: 2, path: ["ent:a", "ent:x", "ent:b"] },
    { a: "ent:b", b: "uni:c", distance: 10, path: [] },
  ],
};

describe("consortium graph layout", () => {
  const layout = layoutConsortium(shape, 500, 250);
  const at = new Map(layout.nodes.map((n) => [n.id, n]));

  it("places every member, the partner a tie runs through, and every technology, inside the box", () => {
    expect([...at.keys()].sort()).toEqual(["ent:a", "ent:b", "ent:x", "t1", "t2", "t3", "uni:c"]);
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(500);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(250);
    }
    expect(at.get("ent:b")!.role).toBe("lead");
    expect(at.get("ent:x")!.role).toBe("via");
    expect(at.get("t3")!.role).toBe("gap");
    expect(at.get("ent:x")!.y).toBeLessThan(at.get("ent:a")!.y);
    expect(at.get("t1")!.y).toBeGreaterThan(at.get("ent:a")!.y);
  });

  it("draws the tie path hop by hop, marks unconnected pairs with their distance, and links coverage", () => {
    expect(layout.links.filter((l) => l.kind === "tie")).toEqual([
      { source: "ent:a", target: "ent:x", kind: "tie" },
      { source: "ent:x", target: "ent:b", kind: "tie" },
    ]);
    expect(layout.links.filter((l) => l.kind === "unconnected")).toEqual([
      { source: "ent:b", target: "uni:c", kind: "unconnected", label: "10" },
    ]);
    expect(layout.links.filter((l) => l.kind === "covers")).toHaveLength(3);
  });

  it("is deterministic and puts the lead in the middle", () => {
    expect(layoutConsortium(shape, 500, 250)).toEqual(layout);
    const xs = ["ent:a", "ent:b", "uni:c"].map((id) => at.get(id)!.x).sort((a, b) => a - b);
    expect(at.get("ent:b")!.x).toBe(xs[1]);
  });
});

describe("report CSV", () => {
  it("quotes commas, quotes and newlines, and defuses formulas", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(null)).toBe("");
  });

  it("writes one row per problem, consortium and candidate, with a BOM for spreadsheets", () => {
    const component = { score: 0.5, evidence: [] };
    const candidate = {
      id: "ent:a",
      name: "甲,公司",
      kind: "Enterprise",
      local: true,
      eligible: true,
      canLead: true,
      solverScore: 0.7,
      leadScore: 0.6,
      components: {
        coverage: { ...component, weight: 3, techs: ["t1"] },
        evidence: { ...component, level: 2, projects: [], platforms: [] },
        proximity: { ...component, hops: 1, isPoster: false, directTies: [] },
        locality: { ...component, local: true },
        load: { ...component, openConsortia: [] },
      },
    };
    const problem = {
      id: "prob:x",
      name: "题",
      deadline: "2026-01-01",
      budget: 10,
      provenance: { source: "illustrative" },
    };
    const build = {
      exact: true,
      consortia: [
        {
          lead: "ent:a",
          members: [{ name: "甲,公司", role: "lead" }],
          coveredWeight: 3,
          totalWeight: 4,
          size: 1,
          cost: 0,
          uncovered: ["t2"],
        },
      ],
    };
    const csv = matchReportCsv(
      problem as never,
      { solvers: [candidate], leads: [candidate] } as never,
      build as never,
      (key) => key,
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trim().split("\r\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]).toContain("csv.section");
    expect(lines[2]).toMatch(/^consortium,1,ent:a,"\*甲,公司",,0.75,/);
    expect(lines[3]).toMatch(/^solver,1,ent:a,"甲,公司",Enterprise,0.7,0.5/);
  });
});

describe("/problems routes", () => {
  it.each([
    ["/problems", { page: "board" }],
    ["/problems/", { page: "board" }],
    ["/problems/new", { page: "new" }],
    ["/problems/prob:rail-green-power-device", { page: "detail", id: "prob:rail-green-power-device" }],
    ["/problems/prob%3Ax/edit", { page: "edit", id: "prob:x" }],
    ["/problems/prob:x/report", { page: "report", id: "prob:x" }],
  ])("%s", (pathname, page) => {
    expect(pageFor(pathname)).toEqual(page);
  });
});

describe("problems i18n", () => {
  const read = (lang: string) =>
    JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "client", "i18n", lang, "problems.json"), "utf8")) as Record<
      string,
      string
    >;
  const zh = read("zh");
  const en = read("en");
  const common = {
    ...JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "client", "i18n", "zh", "common.json"), "utf8")),
    ...zh,
  };

  it("has every key in both languages, with the same placeholders", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh))
      expect((en[key]!.match(/\{\w+\}/g) ?? []).sort(), key).toEqual((zh[key]!.match(/\{\w+\}/g) ?? []).sort());
  });

  it("defines every literal key the problem pages use", () => {
    const dir = path.join(REPO_ROOT, "client", "views", "problems");
    const sources = [
      ...fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".ts"))
        .map((f) => path.join(dir, f)),
      path.join(REPO_ROOT, "client", "charts", "consortium", "render.ts"),
    ];
    const used = sources.flatMap((file) =>
      [...fs.readFileSync(file, "utf8").matchAll(/\bt\("([a-zA-Z][\w.]+)"/g)].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter((key) => !(key in common))).toEqual([]);
  });
});

describe("overdue problems", () => {
  const p = (id: string, status: string, deadline: string | null) => ({ id, status, deadline });
  it("marks only open problems whose deadline is before today", () => {
    expect(isOverdue(p("a", "open", "2026-06-30"), "2026-12-06")).toBe(true);
    expect(isOverdue(p("b", "open", "2026-12-06"), "2026-12-06")).toBe(false); // due today is not late yet
    expect(isOverdue(p("c", "matched", "2020-01-01"), "2026-12-06")).toBe(false);
    expect(isOverdue(p("d", "open", null), "2026-12-06")).toBe(false);
  });
  it("lists overdue open problems last, each group in the server's order", () => {
    const list = [
      p("late1", "open", "2026-01-01"),
      p("ok1", "open", "2027-01-01"),
      p("late2", "open", "2026-02-01"),
      p("done", "matched", "2025-01-01"),
    ];
    expect(boardOrder(list, "2026-12-06").map((x) => x.id)).toEqual(["ok1", "done", "late1", "late2"]);
  });
  it("formats today as a calendar date", () => {
    expect(localToday(new Date(2026, 11, 6, 23, 59))).toBe("2026-12-06");
  });
});
