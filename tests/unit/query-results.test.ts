import { describe, expect, it } from "vitest";
import { layoutBars } from "../../client/charts/bar/layout";
import { cellText, compareCells, nodeIds } from "../../client/views/queries/cells";
import { csvCell, toCsv } from "../../client/views/queries/csv";
import { lineDiff } from "../../client/views/queries/line-diff";

const node = (id: string, name: string, labels = ["Entity", "Org"]) => ({
  $: "node" as const,
  id,
  labels,
  name,
  nameEn: `${name}-en`,
});

describe("result cells", () => {
  it("read nodes by name, paths as arrows, lists joined", () => {
    expect(cellText(node("ent:a", "甲"))).toBe("甲");
    expect(cellText(node("ent:a", "甲"), "en")).toBe("甲-en");
    expect(cellText({ $: "path", nodes: [node("a", "甲"), node("b", "乙")], rels: [] })).toBe("甲 → 乙");
    expect(cellText(["a", 1, null])).toBe("a、1、");
    expect(cellText(true)).toBe("✓");
  });

  it("sort numbers numerically and nulls last", () => {
    expect([10, null, 9, 100].sort((a, b) => compareCells(a, b))).toEqual([9, 10, 100, null]);
  });

  it("collect domain node ids (not bookkeeping nodes) for the explorer link", () => {
    const rows = [
      [node("ent:a", "甲"), [node("ent:b", "乙")]],
      [{ $: "path", nodes: [node("ent:a", "甲"), node("tech:c", "丙")], rels: [] }, node("u-1", "q", ["SavedQuery"])],
    ];
    expect(nodeIds(rows)).toEqual(["ent:a", "ent:b", "tech:c"]);
  });
});

describe("CSV export", () => {
  it.each([
    ['=HYPERLINK("http://evil")', '"\'=HYPERLINK(""http://evil"")"'],
    ["+1+2", "'+1+2"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["plain, with comma", '"plain, with comma"'],
    ["株洲", "株洲"],
  ])("neutralises formulas and quotes %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("keeps negative numbers as numbers and writes a BOM, header and CRLF rows", () => {
    expect(csvCell(-5)).toBe("-5");
    expect(toCsv(["name", "n"], [[node("ent:a", "甲"), 3]])).toBe("\uFEFFname,n\r\n甲,3\r\n");
  });
});

describe("bar layout", () => {
  it("scales bars to the largest value and caps how many are drawn", () => {
    const layout = layoutBars(
      [
        { label: "a", value: 10 },
        { label: "b", value: 5 },
        { label: "c", value: 0 },
      ],
      { width: 200, barHeight: 20, gap: 5, maxBars: 2 },
    );
    expect(layout.bars.map((b) => [b.label, b.width, b.y])).toEqual([
      ["a", 200, 0],
      ["b", 100, 25],
    ]);
    expect(layout.hidden).toBe(1);
    expect(layout.height).toBe(45);
    expect(layoutBars([{ label: "z", value: 0 }], { width: 100 }).bars[0]!.width).toBe(0);
  });
});

describe("version diff", () => {
  it("marks removed and added lines around the unchanged ones", () => {
    expect(lineDiff("MATCH (n)\nWHERE n.local\nRETURN n", "MATCH (n)\nWHERE NOT n.local\nRETURN n\nLIMIT 5")).toEqual([
      { op: "same", text: "MATCH (n)" },
      { op: "del", text: "WHERE n.local" },
      { op: "add", text: "WHERE NOT n.local" },
      { op: "same", text: "RETURN n" },
      { op: "add", text: "LIMIT 5" },
    ]);
    expect(lineDiff("a", "a")).toEqual([{ op: "same", text: "a" }]);
  });
});
