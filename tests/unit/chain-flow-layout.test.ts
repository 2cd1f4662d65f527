import { describe, expect, it } from "vitest";
import { flowLayout } from "../../client/charts/chain-flow/layout";

const seg = (id: string, order: number) => ({ id, order });
const columns = (layout: ReturnType<typeof flowLayout>) =>
  Object.fromEntries(layout.nodes.map((n) => [n.id, [n.column, n.row]]));

describe("chain flow layout", () => {
  it("puts each segment one column after its furthest upstream feeder, rows by order", () => {
    // power-semi shape: materials → substrate → design → fab, materials → fab, fab → packaging
    const layout = flowLayout(
      [seg("fab", 4), seg("materials", 1), seg("design", 3), seg("substrate", 2), seg("packaging", 5), seg("apps", 6)],
      [
        ["materials", "substrate"],
        ["materials", "fab"],
        ["substrate", "design"],
        ["design", "fab"],
        ["fab", "packaging"],
        ["packaging", "apps"],
      ],
    );
    expect(columns(layout)).toEqual({
      materials: [0, 0],
      substrate: [1, 0],
      design: [2, 0],
      fab: [3, 0],
      packaging: [4, 0],
      apps: [5, 0],
    });
    expect(layout.edges.every((e) => !e.back)).toBe(true);
  });

  it("stacks parallel segments and survives FEEDS cycles and self-loops", () => {
    const layout = flowLayout(
      [seg("a", 1), seg("b", 2), seg("c", 3), seg("d", 4)],
      [
        ["a", "b"],
        ["a", "c"],
        ["b", "d"],
        ["c", "d"],
        ["d", "a"],
        ["c", "c"],
      ],
    );
    expect(columns(layout)).toEqual({ a: [0, 0], b: [1, 0], c: [1, 1], d: [2, 0] });
    expect(layout.edges.filter((e) => e.back)).toEqual([{ from: "d", to: "a", back: true }]);
    expect(layout.edges).toHaveLength(5);
  });

  it("ignores links to segments outside the chain and lays out an empty chain as nothing", () => {
    expect(flowLayout([seg("a", 1)], [["a", "elsewhere"]]).edges).toEqual([]);
    expect(flowLayout([], [])).toEqual({ nodes: [], edges: [], width: 0, height: 0 });
  });
});
