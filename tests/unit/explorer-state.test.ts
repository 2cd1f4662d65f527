import { describe, expect, it } from "vitest";
import { seededRandom } from "../../server/contracts/random";
import { parseViewState, serializeViewState, stateUrl } from "../../client/state/url-codec";
import { loadHistory, saveHistory } from "../../client/state/history-storage";
import { chainsInView } from "../../client/views/explore/panorama-scope";
import { UndoHistory } from "../../client/state/undo-history";
import * as act from "../../client/state/view-actions";
import {
  ALL_BASES,
  ALL_KINDS,
  ALL_RELS,
  ALL_SOURCES,
  DEFAULT_STATE,
  isMeaningfulChange,
  type ViewState,
} from "../../client/state/view-state";

const parse = (query: string) => parseViewState(new URLSearchParams(query));
const roundTrip = (state: ViewState) => parseViewState(new URLSearchParams(serializeViewState(state)));

/** A random but valid state, from a seed (so a failure is reproducible). */
function randomState(seed: number): ViewState {
  const r = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(r() * items.length)]!;
  const some = <T>(items: readonly T[]) => (r() < 0.5 ? null : items.filter(() => r() < 0.5).slice(0, 5));
  const id = () => `ent:n${Math.floor(r() * 1000)}`;
  const ids = [...new Set(Array.from({ length: 1 + Math.floor(r() * 4) }, id))];
  const nonEmpty = <T>(list: T[] | null) => (list && list.length ? list : null);
  return {
    focus: r() < 0.5 ? id() : null,
    depth: 1 + Math.floor(r() * 3),
    chain: r() < 0.3 ? "chain:power-semi" : null,
    nodes: r() < 0.3 ? ids : null,
    layout: pick(["force", "chain", "panorama"] as const),
    sel: r() < 0.5 ? id() : null,
    kinds: nonEmpty(some(ALL_KINDS)),
    rels: nonEmpty(some(ALL_RELS)),
    sources: nonEmpty(some(ALL_SOURCES)),
    bases: nonEmpty(some(ALL_BASES)),
    districts: r() < 0.3 ? ["天元区", "石峰区"] : null,
    exp: ids.map((e, i) => ({ id: e, pages: 1 + (i % 3), types: i % 2 ? ["HAS_CAPABILITY", "SUPPLIES"] : null })),
    hide: r() < 0.5 ? [id() + "h"] : [],
    pins: r() < 0.5 ? [{ id: id(), x: Math.round(r() * 800 - 400), y: Math.round(r() * 800 - 400) }] : [],
    path: r() < 0.4 ? { from: "ent:a", to: "ent:b", hops: 1 + Math.floor(r() * 6), all: r() < 0.5 } : null,
    size: pick(["degree", "capabilities"] as const),
    mode: pick(["graph", "table"] as const),
  };
}

describe("URL <-> view state", () => {
  it("round-trips 200 random states exactly", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const state = randomState(seed);
      expect(roundTrip(state)).toEqual(state);
    }
  });

  it("writes nothing for the default view and keeps the stable cross-page keys", () => {
    expect(serializeViewState(DEFAULT_STATE)).toEqual([]);
    const url = stateUrl(new URL("http://x/explore?lang=en"), {
      ...DEFAULT_STATE,
      focus: "ent:crrc-times-semi",
      depth: 2,
      chain: "chain:rail",
      layout: "chain",
      sel: "tech:igbt",
      nodes: ["a:b", "c:d"],
    });
    expect(url).toBe(
      "/explore?focus=ent:crrc-times-semi&depth=2&chain=chain:rail&nodes=a:b,c:d&layout=chain&sel=tech:igbt&lang=en",
    );
  });

  it("reads the documented cross-page URL", () => {
    const s = parse("focus=ent:a&depth=3&chain=chain:rail&layout=chain&sel=ent:b&nodes=ent:a,ent:b&lang=en");
    expect(s).toMatchObject({
      focus: "ent:a",
      depth: 3,
      chain: "chain:rail",
      layout: "chain",
      sel: "ent:b",
      nodes: ["ent:a", "ent:b"],
    });
  });

  it("is forgiving: bad values fall back to defaults instead of breaking the link", () => {
    const s = parse(
      "depth=9&layout=spiral&kinds=Spaceship,Enterprise&rels=LOVES&src=rumour&pin=ent:a~x~1,ent:b~3~4&exp=ent:a~0,bad id&path=ent:a&hops=99&view=nope&focus=has space",
    );
    expect(s.depth).toBe(3);
    expect(s.layout).toBe("force");
    expect(s.kinds).toEqual(["Enterprise"]);
    expect(s.rels).toBeNull();
    expect(s.sources).toBeNull();
    expect(s.pins).toEqual([{ id: "ent:b", x: 3, y: 4 }]);
    expect(s.exp).toEqual([{ id: "ent:a", pages: 1, types: null }]);
    expect(s.path).toBeNull();
    expect(s.mode).toBe("graph");
    expect(s.focus).toBeNull();
  });

  it("parses expansions with pages and relationship types, dropping duplicates", () => {
    expect(parse("exp=ent:a~3~HAS_CAPABILITY.SUPPLIES,ent:a,tech:b~HAS_CAPABILITY").exp).toEqual([
      { id: "ent:a", pages: 3, types: ["HAS_CAPABILITY", "SUPPLIES"] },
      { id: "tech:b", pages: 1, types: ["HAS_CAPABILITY"] },
    ]);
  });
});

describe("undo history", () => {
  it("undoes and redoes in order, and a new step drops the redo branch", () => {
    const h = new UndoHistory("a");
    h.push("b");
    h.push("c");
    expect(h.undo()).toBe("b");
    expect(h.undo()).toBe("a");
    expect(h.undo()).toBeNull();
    expect(h.redo()).toBe("b");
    h.push("d");
    expect(h.canRedo).toBe(false);
    expect(h.current).toBe("d");
    expect(h.undo()).toBe("b");
  });

  it("replace changes the present without a step, and the oldest steps fall off past the limit", () => {
    const h = new UndoHistory(0, 3);
    for (let i = 1; i <= 5; i++) h.push(i);
    h.replace(50);
    expect([h.undo(), h.undo(), h.undo(), h.undo()]).toEqual([4, 3, 2, null]);
    expect(h.redo()).toBe(3);
  });
});

describe("undo history across a reload (sessionStorage)", () => {
  const storage = () => {
    const items = new Map<string, string>();
    return {
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      items,
    };
  };
  const focus: ViewState = { ...DEFAULT_STATE, focus: "ent:crrc-times-semi" };
  const expanded: ViewState = {
    ...focus,
    exp: [{ id: "ent:crrc-times-electric", types: null, pages: 1 }],
    sel: "ent:crrc-times-electric",
  };
  const chain: ViewState = { ...expanded, layout: "chain", chain: "chain:power-semi" };

  it("restores past and future steps when the reloaded view is the saved present", () => {
    const store = storage();
    const h = new UndoHistory<ViewState>(DEFAULT_STATE);
    h.push(focus);
    h.push(expanded);
    h.push(chain);
    h.undo();
    saveHistory(store, h);
    const back = loadHistory(store, expanded)!;
    expect(back.current).toEqual(expanded);
    expect(back.redo()).toEqual(chain);
    expect(back.undo()).toEqual(expanded);
    expect(back.undo()).toEqual(focus);
    expect(back.undo()).toEqual(DEFAULT_STATE);
    expect(back.canUndo).toBe(false);
  });

  it("starts afresh for another view, and for stored text it cannot read", () => {
    const store = storage();
    const h = new UndoHistory<ViewState>(DEFAULT_STATE);
    h.push(focus);
    saveHistory(store, h);
    expect(loadHistory(store, expanded)).toBeNull();
    store.setItem("chainatlas.explore.history", "{not json");
    expect(loadHistory(store, focus)).toBeNull();
    store.setItem("chainatlas.explore.history", JSON.stringify({ present: "focus=x" }));
    expect(loadHistory(store, { ...DEFAULT_STATE, focus: "x" })).toBeNull();
  });
});

describe("view actions", () => {
  const base: ViewState = { ...DEFAULT_STATE, focus: "f" };

  it("expand adds an expansion, showMore pages it, a different type filter restarts paging", () => {
    let s = act.expand(base, "a");
    expect(s.exp).toEqual([{ id: "a", types: null, pages: 1 }]);
    s = act.showMore(act.showMore(s, "a"), "a");
    expect(s.exp[0]!.pages).toBe(3);
    s = act.expand(s, "a", ["SUPPLIES"]);
    expect(s.exp).toEqual([{ id: "a", types: ["SUPPLIES"], pages: 1 }]);
  });

  it("collapse removes an expansion, else hides the leaves hanging only on the node (never the focus)", () => {
    const visible = {
      nodes: [],
      links: [
        { source: "h", target: "l1" },
        { source: "h", target: "l2" },
        { source: "l2", target: "x" },
        { source: "f", target: "h" },
      ],
    };
    expect(act.collapse(act.expand(base, "h"), "h", visible).exp).toEqual([]);
    const collapsed = act.collapse({ ...base, sel: "l1" }, "h", visible);
    expect(collapsed.hide).toEqual(["l1"]);
    expect(collapsed.sel).toBe("h");
    expect(act.collapse(base, "x", { nodes: [], links: [{ source: "x", target: "f" }] })).toBe(base);
  });

  it("hide removes the node's expansion and pin and never hides the focus", () => {
    const s = act.hideNode(act.pin(act.expand(base, "a"), "a", 1, 2), "a");
    expect(s.hide).toEqual(["a"]);
    expect(s.exp).toEqual([]);
    expect(s.pins).toEqual([]);
    expect(act.hideNode(base, "f")).toBe(base);
  });

  it("focusing starts a new exploration but keeps the filters", () => {
    const s = act.focusOn({ ...act.expand(base, "a"), kinds: ["Enterprise"], hide: ["z"] }, "b");
    expect(s).toMatchObject({ focus: "b", sel: "b", exp: [], hide: [], kinds: ["Enterprise"] });
  });

  it("toggles list filters where null means all", () => {
    let s = act.toggleFilter(DEFAULT_STATE, "sources", "illustrative", ALL_SOURCES);
    expect(s.sources).toEqual(ALL_SOURCES.filter((x) => x !== "illustrative")); // every source but the one toggled off
    s = act.toggleFilter(s, "sources", "illustrative", ALL_SOURCES);
    expect(s.sources).toBeNull();
    s = act.toggleChoice(DEFAULT_STATE, "districts", "天元区");
    expect(s.districts).toEqual(["天元区"]);
    expect(act.toggleChoice(s, "districts", "天元区").districts).toBeNull();
  });

  it("separates meaningful steps (history entries) from small ones", () => {
    expect(isMeaningfulChange(base, act.expand(base, "a"))).toBe(true);
    expect(isMeaningfulChange(base, act.setLayout(base, "chain"))).toBe(true);
    expect(isMeaningfulChange(base, act.select(base, "a"))).toBe(false);
    expect(isMeaningfulChange(base, act.pin(base, "a", 1, 1))).toBe(false);
    expect(isMeaningfulChange(base, { ...base, mode: "table" })).toBe(false);
  });
});

describe("the panorama layout's chains", () => {
  const seg = (id: string, chainId: string) => ({ id, kind: "Segment" as const, props: { chainId } });
  it("draws the chosen chain, else the chains whose segments are in view, most segments first", () => {
    const nodes: Parameters<typeof chainsInView>[1] = [
      seg("seg:a1", "chain:a"),
      seg("seg:b1", "chain:b"),
      seg("seg:b2", "chain:b"),
      { id: "chain:c", kind: "Chain", props: {} },
      { id: "ent:x", kind: "Enterprise", props: { chainId: "chain:z" } },
    ];
    expect(chainsInView(null, nodes)).toEqual(["chain:b", "chain:a", "chain:c"]);
    expect(chainsInView("chain:rail", nodes)).toEqual(["chain:rail"]);
    expect(chainsInView(null, [nodes[4]!])).toEqual([]);
  });
  it("keeps the layout in the URL", () => {
    expect(parse("layout=panorama").layout).toBe("panorama");
    expect(serializeViewState({ ...DEFAULT_STATE, layout: "panorama" })).toEqual([["layout", "panorama"]]);
  });
});
