import { describe, expect, it } from "vitest";
import type { GraphViewResponse, PathsResponse, ViewNode } from "../../server/contracts/graph";
import type { GraphLink } from "../../server/contracts/common";
import { composeGraph, mergeGraphs } from "../../client/views/explore/graph-model";
import { csvCell, toCsv } from "../../server/contracts/csv";
import { moveIndex, nextSort, sortRows, type Column } from "../../client/views/explore/table-model";
import { DEFAULT_STATE, type ViewState } from "../../client/state/view-state";
import { pathsToGraph } from "../../server/features/graph/path.service";
import { toFacets } from "../../server/features/graph/graph.service";

const node = (id: string, kind: ViewNode["kind"] = "Enterprise", extra: Partial<ViewNode> = {}): ViewNode => ({
  id,
  kind,
  name: id,
  degree: 1,
  props: {},
  provenance: { source: "public" },
  ...extra,
});
const link = (source: string, target: string, type = "COLLABORATES_WITH", source_ = "public"): GraphLink => ({
  id: `${type}:${source}->${target}`,
  source,
  target,
  type,
  props: {},
  provenance: { source: source_ as "public" },
});
const graph = (nodes: ViewNode[], links: GraphLink[]): GraphViewResponse => ({
  nodes,
  links,
  meta: { truncated: false },
});
const fetched = (base: GraphViewResponse, extra: Partial<Parameters<typeof composeGraph>[0]> = {}) => ({
  base,
  expansions: [],
  path: null,
  chainScope: null,
  ...extra,
});
const ids = (g: { nodes: { id: string }[] }) => g.nodes.map((n) => n.id);

describe("composing the visible graph", () => {
  const base = graph(
    [
      node("f"),
      node("t", "Technology"),
      node("u", "University", { props: { district: "天元区" } }),
      node("e", "Enterprise", { props: { district: "石峰区" } }),
      node("ill", "Enterprise", { provenance: { source: "illustrative" } }),
    ],
    [
      link("f", "t", "HAS_CAPABILITY"),
      link("f", "u"),
      link("e", "t", "HAS_CAPABILITY"),
      link("f", "ill", "SUPPLIES", "illustrative"),
    ],
  );
  const state = (s: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, ...s });

  it("merges base and expansions once each, in first-seen order", () => {
    const merged = mergeGraphs([base, graph([node("u"), node("new")], [link("f", "u"), link("u", "new")])]);
    expect(ids(merged)).toEqual(["f", "t", "u", "e", "ill", "new"]);
    expect(merged.links.filter((l) => l.id === "COLLABORATES_WITH:f->u")).toHaveLength(1);
  });

  it("filters kinds, sources and relationship types, and drops links whose ends are gone", () => {
    const g = composeGraph(
      fetched(base),
      state({ kinds: ["Enterprise", "Technology"], sources: ["public"], rels: ["HAS_CAPABILITY"] }),
    );
    expect(ids(g)).toEqual(["f", "t", "e"]);
    expect(g.links.map((l) => l.type)).toEqual(["HAS_CAPABILITY", "HAS_CAPABILITY"]);
  });

  it("always keeps the focus and the path, and removes hidden nodes", () => {
    const g = composeGraph(fetched(base), state({ focus: "f", kinds: ["Technology"], hide: ["t"] }));
    expect(ids(g)).toEqual(["f"]);
    const path: PathsResponse = {
      ...graph([node("f"), node("u", "University")], [link("f", "u")]),
      paths: [{ nodes: ["f", "u"], links: ["COLLABORATES_WITH:f->u"] }],
      hops: 1,
    };
    const withPath = composeGraph(fetched(base, { path }), state({ kinds: ["Technology"], rels: ["HAS_CAPABILITY"] }));
    expect(ids(withPath)).toEqual(["f", "t", "u"]);
    expect(withPath.links.map((l) => l.id)).toContain("COLLABORATES_WITH:f->u");
    expect(withPath.pathNodes).toEqual(new Set(["f", "u"]));
  });

  it("a district filter keeps that district's organisations and what they link to", () => {
    const g = composeGraph(fetched(base), state({ districts: ["石峰区"] }));
    expect(ids(g)).toEqual(["t", "e"]);
  });

  it("a chain scope narrows a focus view to the chain's nodes", () => {
    expect(ids(composeGraph(fetched(base, { chainScope: new Set(["t", "u"]) }), state({ focus: "f" })))).toEqual([
      "f",
      "t",
      "u",
    ]);
  });
});

describe("table model", () => {
  const rows = [
    { n: "株洲", d: 3 },
    { n: "长沙", d: null },
    { n: "北京", d: 10 },
    { n: "Apple", d: 3 },
  ];
  const byName: Column<(typeof rows)[number]> = { key: "n", value: (r) => r.n };
  const byDegree: Column<(typeof rows)[number]> = { key: "d", value: (r) => r.d, numeric: true };

  it("sorts numbers numerically with empty cells last in both directions, ties stable", () => {
    expect(sortRows(rows, byDegree, "desc").map((r) => r.n)).toEqual(["北京", "株洲", "Apple", "长沙"]);
    expect(sortRows(rows, byDegree, "asc").map((r) => r.n)).toEqual(["株洲", "Apple", "北京", "长沙"]);
  });

  it("sorts Chinese names by pinyin", () => {
    expect(sortRows(rows.slice(0, 3), byName, "asc").map((r) => r.n)).toEqual(["北京", "长沙", "株洲"]);
  });

  it("clicking a header flips its direction; numbers start descending", () => {
    expect(nextSort(null, byDegree)).toEqual({ key: "d", dir: "desc" });
    expect(nextSort({ key: "d", dir: "desc" }, byDegree)).toEqual({ key: "d", dir: "asc" });
    expect(nextSort({ key: "d", dir: "desc" }, byName)).toEqual({ key: "n", dir: "asc" });
  });

  it("moves through rows with the keyboard within bounds", () => {
    expect(moveIndex(0, "ArrowUp", 10, 5)).toBe(0);
    expect(moveIndex(8, "ArrowDown", 10, 5)).toBe(9);
    expect(moveIndex(9, "ArrowDown", 10, 5)).toBe(9);
    expect(moveIndex(2, "PageDown", 10, 5)).toBe(7);
    expect(moveIndex(5, "End", 10, 5)).toBe(9);
    expect(moveIndex(5, "Home", 10, 5)).toBe(0);
    expect(moveIndex(0, "x", 10, 5)).toBeNull();
    expect(moveIndex(0, "ArrowDown", 0, 5)).toBeNull();
  });
});

describe("CSV export", () => {
  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("株洲中车")).toBe("株洲中车");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(null)).toBe("");
  });

  it("quotes commas, quotes and newlines, ends lines with CRLF and starts with a BOM", () => {
    const text = toCsv([
      ["a,b", 'say "hi"', "line\nbreak"],
      [1, true, undefined],
    ]);
    expect(text).toBe('\uFEFF"a,b","say ""hi""","line\nbreak"\r\n1,true,\r\n');
  });
});

describe("path and facet mapping (server, pure)", () => {
  const stored = (id: string) => ({
    node: { id, kind: "Enterprise", name: id, source: "public" },
    degree: 2,
    capabilities: 1,
  });
  const rel = (a: string, b: string) => ({
    id: `R:${a}->${b}`,
    type: "COLLABORATES_WITH",
    source: a,
    target: b,
    props: { source: "reply", quote: "引述原文" },
  });

  it("turns path rows into one graph plus ordered id lists and the hop count", () => {
    const out = pathsToGraph([
      { nodes: [stored("a"), stored("m"), stored("b")], links: [rel("a", "m"), rel("m", "b")] },
      { nodes: [stored("a"), stored("n"), stored("b")], links: [rel("a", "n"), rel("b", "n")] },
    ]);
    expect(out.nodes.map((n) => n.id)).toEqual(["a", "m", "b", "n"]);
    expect(out.links).toHaveLength(4);
    expect(out.paths).toEqual([
      { nodes: ["a", "m", "b"], links: ["R:a->m", "R:m->b"] },
      { nodes: ["a", "n", "b"], links: ["R:a->n", "R:b->n"] },
    ]);
    expect(out.hops).toBe(2);
    expect(out.nodes[0]!.capabilities).toBe(1);
    expect(out.links[0]!.provenance).toEqual({ source: "reply", quote: "引述原文" });
    expect(pathsToGraph([]).hops).toBeNull();
  });

  it("drops facet values outside the vocabulary", () => {
    const facets = toFacets({
      chains: [{ id: "c", name: "链", nameEn: null, segments: 2 }],
      districts: [{ name: "天元区", count: 3 }],
      kinds: [
        { kind: "Enterprise", count: 2 },
        { kind: "Alien", count: 1 },
      ],
      types: [
        { type: "SUPPLIES", count: 1 },
        { type: "LOVES", count: 1 },
      ],
      sources: [
        { source: "reply", count: 1 },
        { source: "rumour", count: 1 },
      ],
    });
    expect(facets).toEqual({
      chains: [{ id: "c", name: "链", segments: 2 }],
      districts: [{ name: "天元区", count: 3 }],
      kinds: [{ kind: "Enterprise", count: 2 }],
      types: [{ type: "SUPPLIES", count: 1 }],
      sources: [{ source: "reply", count: 1 }],
    });
  });
});
