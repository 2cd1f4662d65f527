import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseQueryFile } from "../../server/features/queries/query-header";
import { loadLibrary, QueryLibraryError } from "../../server/features/queries/query-registry";

const GOOD = `// @id sample
// @title.zh 样例
// @title.en Sample
// @description.zh 说明
// @description.en About it
// @category chain
// @view bar | x: name | y: n
// @param chain: chainId = chain:rail | label: 产业链 / Chain
// @param segment: segmentId? | suggest: segments(chain)
// @param top: int = 10 | min: 1 | max: 50
// @param level: string = national | options: national, provincial
// a free comment
MATCH (s:Segment)-[:PART_OF]->(c:Chain {id: $chain})
WHERE ($segment IS NULL OR s.id = $segment) AND s.level = $level
RETURN s.name AS name, 1 AS n LIMIT $top
`;

function without(line: string, text = GOOD) {
  return text
    .split("\n")
    .filter((l) => !l.startsWith(line))
    .join("\n");
}

describe("query header parser", () => {
  it("parses every field, typed defaults, options and a cascading suggestion", () => {
    const q = parseQueryFile(GOOD);
    expect(q.id).toBe("sample");
    expect(q.title).toEqual({ zh: "样例", en: "Sample" });
    expect(q.view).toBe("bar");
    expect(q.bar).toEqual({ x: "name", y: "n" });
    expect(q.params.map((p) => [p.name, p.type, p.default, p.optional])).toEqual([
      ["chain", "chainId", "chain:rail", false],
      ["segment", "segmentId", null, true],
      ["top", "int", 10, false],
      ["level", "string", "national", false],
    ]);
    expect(q.params[0]!.label).toEqual({ zh: "产业链", en: "Chain" });
    expect(q.params[0]!.suggest).toEqual({ source: "chains" });
    expect(q.params[1]!.suggest).toEqual({ source: "segments", dependsOn: "chain" });
    expect(q.params[2]).toMatchObject({ min: 1, max: 50 });
    expect(q.params[3]!.options).toEqual(["national", "provincial"]);
    expect(q.text.startsWith("MATCH")).toBe(true);
    expect(q.text).not.toContain("@param");
  });

  it.each([
    ["a missing English title", without("// @title.en"), /title/],
    ["an unknown type", GOOD.replace("top: int", "top: integer"), /unknown type "integer"/],
    ["a non-integer default", GOOD.replace("int = 10", "int = 1.5"), /not an integer/],
    [
      "a bool default that is not true/false",
      GOOD.replace("// @param top", "// @param flag: bool = yes\n// @param top"),
      /not true or false/,
    ],
    [
      "an unknown header key",
      GOOD.replace("// @category chain", "// @category chain\n// @owner me"),
      /unknown header "@owner"/,
    ],
    ["an unknown category", GOOD.replace("@category chain", "@category misc"), /@category/],
    ["a bar view without columns", GOOD.replace("@view bar | x: name | y: n", "@view bar"), /bar view needs/],
    ["a parameter used but not declared", without("// @param top"), /\$top is used but not declared/],
    [
      "a parameter declared but not used",
      GOOD.replace("LIMIT $top", "LIMIT 5"),
      /declared but the statement never uses \$top/,
    ],
    ["a required parameter without a default", GOOD.replace("top: int = 10", "top: int"), /needs a default/],
    [
      "a dependency on a non-chain parameter",
      GOOD.replace("segments(chain)", "segments(top)"),
      /not a chainId parameter/,
    ],
    ["a default outside its options", GOOD.replace("string = national", "string = county"), /not one of its options/],
    ["a malformed option", GOOD.replace("| min: 1", "| min 1"), /expected "key: value"/],
    ["a header without a statement", GOOD.split("MATCH")[0]!, /no statement/],
    ["a duplicate @id", GOOD.replace("// @category", "// @id other\n// @category"), /appears twice/],
  ])("rejects %s", (_what, text, message) => {
    expect(() => parseQueryFile(text)).toThrow(message);
  });
});

describe("query library", () => {
  it("loads the shipped queries: at least 15, ids match file names, every view and category is used sensibly", () => {
    const queries = loadLibrary();
    expect(queries.length).toBeGreaterThanOrEqual(15);
    expect(new Set(queries.map((q) => q.view))).toEqual(new Set(["table", "graph", "bar"]));
    for (const q of queries) expect(q.description.zh.length).toBeGreaterThan(10);
  });

  it("stops with a message naming the malformed file", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "queries-"));
    fs.writeFileSync(path.join(dir, "sample.cypher"), GOOD);
    fs.writeFileSync(
      path.join(dir, "broken.cypher"),
      GOOD.replace("@id sample", "@id broken").replace("top: int", "top: integer"),
    );
    expect(() => loadLibrary(dir)).toThrow(QueryLibraryError);
    expect(() => loadLibrary(dir)).toThrow(/cypher\/queries\/broken\.cypher: line 10: unknown type/);
    fs.writeFileSync(path.join(dir, "broken.cypher"), GOOD);
    expect(() => loadLibrary(dir)).toThrow(/broken\.cypher: @id "sample" must match the file name/);
    fs.writeFileSync(
      path.join(dir, "broken.cypher"),
      GOOD.replace("@id sample", "@id broken").replace("RETURN s.name", "SET s.x = 1 RETURN s.name"),
    );
    expect(() => loadLibrary(dir)).toThrow(/broken\.cypher: refused by the read-only guard \(write-clause SET\)/);
    fs.rmSync(dir, { recursive: true });
  });
});

describe("result columns in the header", () => {
  it("parses titles, vocabularies and own values, and refuses a column the statement never returns", () => {
    const head =
      "// @id x\n// @title.zh 甲\n// @title.en A\n// @description.zh 甲\n// @description.en A\n// @category data\n// @view table\n";
    const parsed = parseQueryFile(
      `${head}// @column stage: 环节位置 / Stage | vocab: stage\n// @column what: 类别 / What | values: node=节点/Node, link=关系/Link\nRETURN 'UP' AS stage, 'node' AS what`,
    );
    expect(parsed.columns).toEqual({
      stage: { title: { zh: "环节位置", en: "Stage" }, vocab: "stage" },
      what: {
        title: { zh: "类别", en: "What" },
        values: { node: { zh: "节点", en: "Node" }, link: { zh: "关系", en: "Link" } },
      },
    });
    expect(() => parseQueryFile(`${head}// @column missing: 缺 / Missing\nRETURN 1 AS one`)).toThrow(/never returns/);
    expect(() => parseQueryFile(`${head}// @column one: 一 / One | vocab: colour\nRETURN 1 AS one`)).toThrow(
      /vocab must be one of/,
    );
  });

  it("gives every column of every library query a Chinese and an English title", async () => {
    const { resultColumns } = await import("./helpers/return-columns");
    for (const query of loadLibrary()) {
      for (const column of resultColumns(query.text)) {
        expect({ query: query.id, column, title: query.columns?.[column]?.title.zh ?? null }).not.toMatchObject({
          title: null,
        });
      }
    }
  });
});
