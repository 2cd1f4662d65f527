import { describe, expect, it } from "vitest";
import { toGraphNode } from "../../server/shared/entity-mapper";
import { autoMap } from "../../server/features/import/mapping";
import { citationClaim, citedHeader, mergedClaims } from "../../server/features/import/citations";
import { ENTITIES } from "../../server/features/import/entities";

describe("claims on property values", () => {
  it("reads the stored JSON claims and appended checks into one map; the plain value stays a property", () => {
    const node = toGraphNode({
      id: "chain:x",
      kind: "Chain",
      name: "链",
      carbideFirms: "279家",
      source: "reply",
      basis: "stated",
      quote: "原文",
      asOf: "2025",
      claims: JSON.stringify({
        carbideFirms: [{ source: "public", basis: "stated", url: "https://a.example/1", tier: "B" }],
      }),
      checks: [
        JSON.stringify({
          property: "carbideFirms",
          source: "public",
          url: "https://a.example/2",
          asOf: "2026-12-06",
          by: "ana",
        }),
        JSON.stringify({ source: "public", url: "https://a.example/3", asOf: "2026-12-06", by: "ana" }),
      ],
    });
    expect(node.props).toEqual({ carbideFirms: "279家" });
    expect(node.provenance).toMatchObject({ source: "reply", basis: "stated", asOf: "2025" });
    expect(node.claims?.carbideFirms?.map((c) => c.url)).toEqual(["https://a.example/1", "https://a.example/2"]);
    expect(node.claims?.carbideFirms?.[1]?.check).toBe(true);
    expect(node.claims?.["*"]?.[0]).toMatchObject({ url: "https://a.example/3", by: "ana", check: true });
  });

  it("ignores a broken claims string instead of failing the node", () => {
    expect(
      toGraphNode({ id: "t:x", kind: "Technology", name: "x", source: "import", claims: "{not json" }).claims,
    ).toBeUndefined();
  });
});

describe("import citations (a source column per value)", () => {
  it("maps '<field> 来源' and '<field> source' headers to source:<field>", () => {
    expect(citedHeader("营收来源")).toBe("营收");
    expect(citedHeader("namesource")).toBe("name");
    expect(citedHeader("来源")).toBeNull();
    const entity = ENTITIES.find((e) => e.key === "organisations") ?? ENTITIES[0]!;
    const field = entity.fields[0]!;
    expect(autoMap([field.zh, `${field.zh} 来源`], entity)).toEqual([field.key, `source:${field.key}`]);
  });

  it("turns a URL into the claim's url and other text into its note", () => {
    const ctx = { file: "f.csv", row: 3, asOf: "2026-12-06", by: "ana" };
    expect(citationClaim("https://x.example/a", ctx)).toMatchObject({
      source: "import",
      basis: "stated",
      url: "https://x.example/a",
      row: 3,
    });
    expect(citationClaim("2024年报", ctx)).toMatchObject({ note: "2024年报" });
  });

  it("drops the claims of values the import changes and adds the file's", () => {
    const before = {
      claims: JSON.stringify({
        revenue: [{ source: "public", url: "https://old" }],
        staff: [{ source: "public", url: "https://keep" }],
      }),
    };
    const merged = JSON.parse(mergedClaims(before, ["revenue"], {}).claims!);
    expect(Object.keys(merged)).toEqual(["staff"]);
    expect(mergedClaims(null, [], {})).toEqual({ claims: null });
    const cited = JSON.parse(
      mergedClaims(before, ["revenue"], { revenue: [{ source: "import", file: "f", url: "https://new" }] }).claims!,
    );
    expect(cited.revenue[0].url).toBe("https://new");
  });
});
