import { describe, expect, it } from "vitest";
import { routeSteps, routeText } from "../../client/views/explore/path-route";

const links = new Map([
  ["l1", { source: "a", target: "b", type: "COLLABORATES_WITH" }],
  ["l2", { source: "b", target: "c", type: "SUPPLIES" }],
  ["l3", { source: "d", target: "c", type: "SUPPLIES" }],
]);
const names: Record<string, string> = { a: "甲", b: "乙", c: "丙", d: "丁" };
const rel = (type: string) => ({ COLLABORATES_WITH: "合作", SUPPLIES: "供应" })[type] ?? type;

describe("shortest path as a readable route", () => {
  it("lists each step with the relationship in the language's words", () => {
    expect(routeText({ nodes: ["a", "b", "c"], links: ["l1", "l2"] }, links, (id) => names[id]!, rel)).toBe(
      "甲 →合作→ 乙 →供应→ 丙",
    );
  });
  it("turns the arrow when the relationship points against the route", () => {
    expect(routeSteps({ nodes: ["c", "d"], links: ["l3"] }, links)).toEqual([
      { from: "c", to: "d", type: "SUPPLIES", forward: false },
    ]);
    expect(routeText({ nodes: ["b", "c", "d"], links: ["l2", "l3"] }, links, (id) => names[id]!, rel)).toBe(
      "乙 →供应→ 丙 ←供应← 丁",
    );
  });
});
