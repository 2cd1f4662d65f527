import { describe, expect, it } from "vitest";
import { placeLabels, type LabelCandidate } from "../../client/charts/force/label-lod";

// Small views label every node; a crowd is resolved by placement (two rings of spots around the node), and
// only when every spot is taken may a label touch another: then the one that covers the fewest.

const overlappingPairs = (placed: { x: number; y: number }[], width: number) => {
  let pairs = 0;
  for (let i = 0; i < placed.length; i++)
    for (let j = i + 1; j < placed.length; j++)
      if (Math.abs(placed[i]!.x - placed[j]!.x) < width && Math.abs(placed[i]!.y - placed[j]!.y) < 16) pairs++;
  return pairs;
};

describe("labels placed around their nodes in small views", () => {
  const pile = (n: number): LabelCandidate[] =>
    Array.from({ length: n }, (_, i) => ({ id: `n${i}`, x: 400, y: 300, r: 5, width: 80, priority: n - i }));

  it("finds a free spot for each of six labels on one point", () => {
    const placed = placeLabels(pile(6), { width: 800, height: 600, placement: "around", all: true, padding: 0 });
    expect(placed).toHaveLength(6);
    expect(overlappingPairs(placed, 80)).toBe(0);
  });

  it("keeps every label when the spots run out, each covering as few others as it can", () => {
    const placed = placeLabels(pile(30), { width: 800, height: 600, placement: "around", all: true, padding: 0 });
    expect(placed).toHaveLength(30);
    // Spread over the spots around the node rather than stacked under it (which would make 435 pairs).
    expect(overlappingPairs(placed, 80)).toBeLessThan(3 * 30);
  });
});
