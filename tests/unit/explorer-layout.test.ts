import { describe, expect, it } from "vitest";
import { chainLayout, COLUMN_WIDTH, type ChainNodeInput } from "../../client/charts/chain/layout";
import { placeLabels, type LabelCandidate } from "../../client/charts/force/label-lod";
import {
  createForceLayout,
  everyNthTick,
  seedPositions,
  ticksFor,
  type LayoutLink,
  type LayoutNode,
} from "../../client/charts/force/layout";
import { boundsOf, fitTransform } from "../../client/charts/force/viewport";
import { seededRandom } from "../../server/contracts/random";

function randomGraph(seed: number, n: number, perNode = 2) {
  const r = seededRandom(seed);
  const nodes: LayoutNode[] = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, radius: 4 + Math.floor(r() * 6) }));
  const links: LayoutLink[] = [];
  for (let i = 1; i < n; i++)
    for (let k = 0; k < perNode && k < i; k++)
      links.push({ id: `l${i}-${k}`, source: `n${i}`, target: `n${Math.floor(r() * i)}` });
  return { nodes, links };
}

function settle(seed: number, n: number) {
  const { nodes, links } = randomGraph(seed, n);
  const sim = createForceLayout(nodes, links, 7);
  sim.tick(300);
  return nodes.map((node) => [node.x!, node.y!]);
}

describe("force layout", () => {
  it("is deterministic for the same graph and seed", () => {
    expect(settle(3, 120)).toEqual(settle(3, 120));
  });

  it("separates nodes: no two centres closer than their radii after settling", () => {
    const { nodes, links } = randomGraph(5, 80);
    createForceLayout(nodes, links, 7).tick(300);
    let overlaps = 0;
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        if (Math.hypot(a.x! - b.x!, a.y! - b.y!) < (a.radius + b.radius) * 0.9) overlaps++;
      }
    expect(overlaps).toBe(0);
  });

  it("throttles a force to every n-th tick and spends fewer ticks on big graphs", () => {
    const calls: number[] = [];
    const force = Object.assign((alpha: number) => void calls.push(alpha), { initialize: () => calls.push(-1) });
    const throttled = everyNthTick(force, 3);
    throttled.initialize!([], () => 0);
    for (let i = 0; i < 7; i++) throttled(i);
    expect(calls).toEqual([-1, 0, 3, 6]);
    expect([ticksFor(300), ticksFor(1000), ticksFor(5000), ticksFor(10000)]).toEqual([300, 200, 120, 90]);
  });

  it("stays deterministic on a big graph (throttled collision)", () => {
    const run = () => {
      const { nodes, links } = randomGraph(21, 2100, 1);
      createForceLayout(nodes, links, 7).tick(6);
      return nodes.slice(0, 50).map((n) => [n.x, n.y]);
    };
    expect(run()).toEqual(run());
  });

  it("keeps pinned nodes where they were pinned", () => {
    const { nodes, links } = randomGraph(9, 50);
    Object.assign(nodes[3]!, { fx: 500, fy: -200 });
    createForceLayout(nodes, links, 7).tick(200);
    expect([nodes[3]!.x, nodes[3]!.y]).toEqual([500, -200]);
  });

  it("seeds new nodes next to a placed neighbour and keeps known ones (mental map)", () => {
    const known = new Map([["a", { x: 100, y: 100 }]]);
    const out = seedPositions(
      [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "lonely" }],
      [
        { source: "a", target: "b" },
        { source: "b", target: "c" },
      ],
      known,
    );
    expect(out.get("a")).toEqual({ x: 100, y: 100 });
    const b = out.get("b")!;
    expect(Math.hypot(b.x - 100, b.y - 100)).toBeGreaterThanOrEqual(40);
    expect(Math.hypot(b.x - 100, b.y - 100)).toBeLessThan(80);
    expect(out.has("c")).toBe(true);
    expect(out.has("lonely")).toBe(false);
    expect(seedPositions([{ id: "a" }, { id: "b" }], [{ source: "a", target: "b" }], known)).toEqual(
      seedPositions([{ id: "a" }, { id: "b" }], [{ source: "a", target: "b" }], known),
    );
  });
});

describe("label level of detail", () => {
  const candidates = (seed: number, n: number): LabelCandidate[] => {
    const r = seededRandom(seed);
    return Array.from({ length: n }, (_, i) => ({
      id: `n${i}`,
      x: r() * 800,
      y: r() * 600,
      r: 2 + r() * 10,
      width: 40 + r() * 120,
      priority: Math.floor(r() * 50),
    }));
  };

  it("never places two overlapping labels", () => {
    const all = candidates(11, 600);
    const placed = placeLabels(all, { width: 800, height: 600, max: 1000 });
    expect(placed.length).toBeGreaterThan(20);
    const byId = new Map(all.map((c) => [c.id, c]));
    const boxes = placed.map((p) => {
      const c = byId.get(p.id)!;
      return [p.x - c.width / 2, p.y, p.x + c.width / 2, p.y + 16];
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a[0]! < b[2]! && a[2]! > b[0]! && a[1]! < b[3]! && a[3]! > b[1]!).toBe(false);
      }
  });

  it("prefers important labels, skips small nodes and respects the cap", () => {
    const all = candidates(12, 300);
    const vip = { id: "vip", x: 400, y: 300, r: 1, width: 100, priority: 1e7 };
    const placed = placeLabels([...all, vip], { width: 800, height: 600, max: 25, minRadius: 6, important: 1e6 });
    expect(placed[0]!.id).toBe("vip");
    expect(placed.length).toBeLessThanOrEqual(25);
    const small = new Set(all.filter((c) => c.r < 6).map((c) => c.id));
    expect(placed.some((p) => small.has(p.id))).toBe(false);
  });
});

describe("viewport", () => {
  it("fits bounds centred with padding and clamps the scale", () => {
    const b = boundsOf([
      { x: -100, y: -50 },
      { x: 100, y: 50, radius: 0 },
    ]);
    expect(b).toEqual({ x0: -100, y0: -50, x1: 100, y1: 50 });
    const f = fitTransform(b, 440, 300, { padding: 20, maxScale: 5 });
    expect(f.k).toBeCloseTo(2);
    expect(f.x).toBeCloseTo(220);
    expect(f.y).toBeCloseTo(150);
    expect(fitTransform(b, 4400, 3000, { maxScale: 2 }).k).toBe(2);
    expect(fitTransform(null, 100, 100)).toEqual({ x: 50, y: 50, k: 1 });
    const top = fitTransform(b, 440, 300, { padding: 20, maxScale: 1, alignTop: true });
    expect(top.y + -50 * top.k).toBeCloseTo(20);
  });
});

describe("chain layout", () => {
  const seg = (id: string, order: number, stage: string, chainId = "chain:x"): ChainNodeInput => ({
    id,
    kind: "Segment",
    label: id,
    degree: 3,
    chainId,
    order,
    stage,
  });
  const org = (id: string, degree: number, kind = "Enterprise"): ChainNodeInput => ({ id, kind, label: id, degree });
  const nodes = [
    { id: "chain:x", kind: "Chain", label: "X", degree: 9 },
    seg("s3", 3, "DOWN"),
    seg("s1", 1, "UP"),
    seg("s2", 2, "MID"),
    org("a", 5),
    org("b", 9),
    org("c", 1, "University"),
    org("both", 2),
    { id: "t1", kind: "Technology", label: "t1", degree: 2 },
    { id: "p1", kind: "Policy", label: "p1", degree: 1 },
    { id: "island", kind: "Project", label: "i", degree: 0 },
  ];
  const links = [
    { source: "s1", target: "chain:x", type: "PART_OF" },
    { source: "s2", target: "chain:x", type: "PART_OF" },
    { source: "s3", target: "chain:x", type: "PART_OF" },
    { source: "a", target: "s2", type: "IN_SEGMENT" },
    { source: "b", target: "s2", type: "IN_SEGMENT" },
    { source: "c", target: "s3", type: "IN_SEGMENT" },
    { source: "both", target: "s3", type: "IN_SEGMENT" },
    { source: "both", target: "s1", type: "IN_SEGMENT" },
    { source: "s3", target: "t1", type: "REQUIRES" },
    { source: "p1", target: "chain:x", type: "SUPPORTS" },
  ];

  it("orders segment columns upstream → downstream and stacks organisations in their segment's column, hubs first", () => {
    const { positions, decor } = chainLayout(nodes, links);
    expect(decor.lanes).toHaveLength(1);
    expect(decor.lanes[0]!.columns.map((c) => c.segmentId)).toEqual(["s1", "s2", "s3"]);
    const x = (id: string) => positions.get(id)!.x;
    const y = (id: string) => positions.get(id)!.y;
    expect(x("s1")).toBeLessThan(x("s2"));
    expect(x("s2")).toBeLessThan(x("s3"));
    expect([x("a"), x("b")]).toEqual([x("s2"), x("s2")]);
    expect(y("b")).toBeLessThan(y("a"));
    expect(x("c")).toBe(x("s3"));
    expect(x("both")).toBe(x("s1"));
    const { alsoIn } = chainLayout(nodes, links);
    expect([...alsoIn]).toEqual([["both", 1]]);
    expect(y("a")).toBeGreaterThan(y("s2"));
  });

  it("puts technologies under their columns, related nodes in a last column, unrelated ones below", () => {
    const { positions, decor } = chainLayout(nodes, links);
    const lane = decor.lanes[0]!;
    expect(positions.get("t1")!.y).toBeGreaterThan(positions.get("c")!.y);
    expect(positions.get("t1")!.x).toBe(positions.get("s3")!.x);
    expect(lane.relatedX).toBe(3 * COLUMN_WIDTH);
    expect(positions.get("p1")!.x).toBe(lane.relatedX);
    expect(positions.get("island")!.y).toBeGreaterThan(lane.y1);
    expect(positions.get("chain:x")!.x).toBeLessThan(positions.get("s1")!.x);
  });

  it("gives a crowded related column whole-width sub-columns grouped by kind, and staggers technologies in three rows", () => {
    const related = Array.from({ length: 20 }, (_, i) => ({
      id: `r${String(i).padStart(2, "0")}`,
      kind: i % 2 ? "Policy" : "Project",
      label: `r${i}`,
      degree: 1,
    }));
    const techs = ["u1", "u2", "u3", "u4"].map((id) => ({ id, kind: "Technology", label: id, degree: 1 }));
    const { positions, decor } = chainLayout(
      [...nodes, ...related, ...techs],
      [
        ...links,
        ...related.map((r) => ({ source: r.id, target: "chain:x", type: "SUPPORTS" })),
        ...techs.map((t) => ({ source: "s2", target: t.id, type: "REQUIRES" })),
      ],
    );
    const lane = decor.lanes[0]!;
    const xs = [...new Set(related.map((r) => positions.get(r.id)!.x))].sort((a, b) => a - b);
    expect(xs).toEqual([lane.relatedX, lane.relatedX! + COLUMN_WIDTH]);
    const projects = related.filter((r) => r.kind === "Project").map((r) => positions.get(r.id)!);
    const policies = related.filter((r) => r.kind === "Policy").map((r) => positions.get(r.id)!);
    expect(Math.max(...policies.map((p) => p.x))).toBeLessThanOrEqual(Math.min(...projects.map((p) => p.x)));
    expect(new Set(["t1", ...techs.map((t) => t.id)].map((id) => positions.get(id)!.y)).size).toBe(3);
    expect(lane.x1).toBeGreaterThan(lane.relatedX! + COLUMN_WIDTH);
  });

  it("is deterministic and gives each chain its own lane", () => {
    const more = [
      ...nodes,
      { id: "chain:y", kind: "Chain", label: "Y", degree: 1 },
      seg("y1", 1, "UP", "chain:y"),
      org("d", 1),
    ];
    const moreLinks = [...links, { source: "d", target: "y1", type: "IN_SEGMENT" }];
    const a = chainLayout(more, moreLinks);
    expect(a.decor.lanes.map((l) => l.chainId)).toEqual(["chain:x", "chain:y"]);
    expect(a.positions.get("d")!.y).toBeGreaterThan(a.decor.lanes[0]!.y1);
    expect([...chainLayout(more, moreLinks).positions]).toEqual([...a.positions]);
  });
});

describe("label obstacles", () => {
  it("slides a label at the edge back on screen", () => {
    const [left] = placeLabels([{ id: "l", x: 5, y: 100, r: 5, width: 80, priority: 1 }], {
      width: 800,
      height: 600,
      padding: 2,
    });
    expect(left!.x - 42).toBeCloseTo(0);
    const [right] = placeLabels([{ id: "r", x: 798, y: 100, r: 5, width: 80, priority: 1 }], {
      width: 800,
      height: 600,
      padding: 2,
    });
    expect(right!.x + 42).toBeCloseTo(800);
  });

  it("keeps ordinary labels off big nodes but lets important ones through", () => {
    const obstacle = [350, 300, 450, 340] as const;
    const plain = { id: "plain", x: 400, y: 290, r: 5, width: 60, priority: 10 };
    const vip = { id: "vip", x: 400, y: 290, r: 5, width: 60, priority: 2e6 };
    expect(placeLabels([plain], { width: 800, height: 600, obstacles: [obstacle] })).toEqual([]);
    expect(
      placeLabels([vip], { width: 800, height: 600, obstacles: [obstacle], important: 1e6 }).map((p) => p.id),
    ).toEqual(["vip"]);
    expect(placeLabels([plain], { width: 800, height: 600 }).map((p) => p.id)).toEqual(["plain"]);
  });
});

describe("labels in small views", () => {
  it("places a crowded label beside or above its node instead of dropping it, still without overlaps", () => {
    // three nodes in a row 30 px apart: under each other their labels would collide
    const row = ["a", "b", "c"].map((id, i) => ({ id, x: 300 + i * 30, y: 300, r: 6, width: 70, priority: 10 - i }));
    expect(placeLabels(row, { width: 800, height: 600 }).length).toBeLessThan(3);
    const around = placeLabels(row, { width: 800, height: 600, placement: "around" });
    expect(around.map((p) => p.id).sort()).toEqual(["a", "b", "c"]);
    const boxes = around.map((p) => [p.x - 37, p.y, p.x + 37, p.y + 16]);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a[0]! < b[2]! && a[2]! > b[0]! && a[1]! < b[3]! && a[3]! > b[1]!).toBe(false);
      }
  });

  it("labels every node when asked to, even where no free spot is left", () => {
    const pile = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, x: 400, y: 300, r: 4, width: 90, priority: i }));
    expect(placeLabels(pile, { width: 800, height: 600, placement: "around", all: true })).toHaveLength(12);
  });
});
