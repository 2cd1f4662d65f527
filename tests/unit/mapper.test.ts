import { describe, expect, it } from "vitest";
import { intersectIds } from "../../server/features/graph/graph.service";
import { toGraphLink, toGraphNode } from "../../server/shared/entity-mapper";

describe("entity mapper", () => {
  it("splits stored properties into fields, props and provenance", () => {
    const node = toGraphNode(
      {
        id: "ent:a",
        kind: "Enterprise",
        name: "甲",
        nameEn: "A",
        local: true,
        district: "天元区",
        source: "public",
        url: "http://x",
        tier: "B",
        asOf: "2025-01-01",
      },
      3,
    );
    expect(node).toEqual({
      id: "ent:a",
      kind: "Enterprise",
      name: "甲",
      nameEn: "A",
      degree: 3,
      props: { local: true, district: "天元区" },
      provenance: { source: "public", url: "http://x", tier: "B", asOf: "2025-01-01" },
    });
  });

  it("never invents provenance: a node without a source is reported as imported, not as fact", () => {
    expect(toGraphNode({ id: "x:y", kind: "Technology", name: "t" }).provenance.source).toBe("import");
  });

  it("maps links and keeps their provenance", () => {
    const link = toGraphLink({
      id: "L",
      type: "SUPPLIES",
      source: "a",
      target: "b",
      props: { id: "L", product: "粉末", source: "illustrative", asOf: "2026-01-01", note: "demo" },
    });
    expect(link.props).toEqual({ product: "粉末" });
    expect(link.provenance).toEqual({ source: "illustrative", asOf: "2026-01-01", note: "demo" });
  });
});

describe("intersectIds", () => {
  it("treats null as unrestricted", () => {
    expect(intersectIds(null, null)).toBeNull();
    expect(intersectIds(["a"], null)).toEqual(["a"]);
    expect(intersectIds(null, ["b"])).toEqual(["b"]);
    expect(intersectIds(["a", "b", "c"], ["c", "a"])).toEqual(["a", "c"]);
  });
});
