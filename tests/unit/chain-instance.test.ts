import { describe, expect, it } from "vitest";
import { evaluateChain } from "../../server/domain/gaps/rules";
import { buildInstance, scopeOf } from "../../server/features/chains/chain-instance";
import type { ChainData } from "../../server/features/chains/chains.repo";

const segment = (id: string, chainId: string, order: number, feeds: string[] = []) => ({
  id,
  name: id,
  nameEn: null,
  stage: "MID" as const,
  order,
  chainId,
  techs: [{ id: "t", name: "T", nameEn: null }],
  feeds,
});

// Rows as the repo returns them from Neo4j: unsorted, with a duplicate link and a link leaving the set.
const data: ChainData = {
  segments: [
    segment("b2", "chain:b", 1),
    segment("a2", "chain:a", 2),
    segment("a1", "chain:a", 1, ["a2", "b2", "elsewhere"]),
  ],
  orgs: [
    { id: "y", kind: "Enterprise", local: true, segments: ["a2", "a2"], capabilities: ["t"] },
    { id: "x", kind: "Enterprise", local: true, segments: ["a1"], capabilities: ["t", "t"] },
    { id: "w", kind: "Enterprise", local: true, segments: ["a1"], capabilities: [] },
    { id: "park", kind: "Park", local: true, segments: ["a1"], capabilities: [] },
    { id: "unknown", kind: "Enterprise", local: null, segments: ["a1"], capabilities: [] },
  ],
  links: [
    { source: "x", target: "y", type: "COLLABORATES_WITH" },
    { source: "x", target: "y", type: "COLLABORATES_WITH" },
    { source: "x", target: "outside", type: "SUPPLIES" },
  ],
};

describe("building the gap instance from Neo4j rows", () => {
  const loaded = buildInstance(data);

  it("orders segments by chain and flow, keeps FEEDS inside the instance, drops kinds the rules ignore", () => {
    expect(loaded.instance.segments.map((s) => s.id)).toEqual(["a1", "a2", "b2"]);
    expect(loaded.instance.feeds).toEqual([
      ["a1", "a2"],
      ["a1", "b2"],
    ]);
    expect(loaded.instance.orgs.map((o) => o.id)).toEqual(["unknown", "w", "x", "y"]);
    expect(loaded.instance.orgs.find((o) => o.id === "unknown")!.local).toBe(false);
    expect(loaded.instance.orgs.find((o) => o.id === "y")!.segments).toEqual(["a2"]);
    expect(scopeOf(loaded, "chain:a")).toEqual(["a1", "a2"]);
  });

  it("keeps one link per pair and type, only among its organisations", () => {
    expect(loaded.instance.links).toEqual([["x", "y", "COLLABORATES"]]);
    const [a1] = evaluateChain(loaded.index, ["a1"]);
    expect(a1!.evidence.links).toEqual([["x", "y", "COLLABORATES"]]);
    expect(a1!.evidence.nonLocal).toEqual(["unknown"]);
  });
});
