import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateChain, labelsOnly } from "../../server/domain/gaps/rules";
import { GAP_FIXTURES as FIXTURES, gapFixture as fixture } from "../setup/gap-fixtures";

const M = "no-local-enterprise";
const STRONG_NO_TECH = ["multiple-enterprises", "no-required-technologies"];

// Expected labels worked out by hand from each fixture and the rules as published (not from the code).
const EXPECTED: Record<string, Record<string, [string, string[]]>> = {
  missing: {
    "m-empty": ["missing", [M]], // the only organisation is a non-local platform
    "m-research-in": ["missing", [M, "research-only"]], // a local university placed in S
    "m-research-cap": ["missing", [M, "research-only"]], // a local institute holding S's technology (not in S)
    "m-nonlocal": ["missing", [M]], // only a non-local enterprise
  },
  weak: {
    "w-single": ["weak", ["single-source"]],
    "w-nocap": ["weak", ["no-enterprise-capability"]],
    "w-both": ["weak", ["single-source", "no-enterprise-capability"]],
    "w-research-cap": ["weak", ["no-enterprise-capability"]], // a university holding it does not count
  },
  broken: {
    up: ["broken", ["no-neighbour-link"]], // its links go to a non-local enterprise and a university only
    mid: ["strong", ["multiple-enterprises", "enterprise-capability", "linked-to-neighbour"]],
    down: ["strong", [...STRONG_NO_TECH, "linked-to-neighbour"]], // the link points into it (either direction)
  },
  precedence: {
    "p-missing-over-weak": ["missing", [M, "research-only"]],
    "p-weak-over-broken": ["weak", ["single-source"]], // also unlinked to its neighbour: weak wins
    "p-hub": ["broken", ["no-neighbour-link"]],
    "p-broken-over-strong": ["broken", ["no-neighbour-link"]], // linked, but not to a neighbour segment
  },
  "empty-chain": {},
  "no-technologies": {
    "nt-two": ["strong", [...STRONG_NO_TECH, "no-feeds-neighbour"]],
    "nt-one": ["weak", ["single-source"]],
  },
  "non-local": {
    "nl-a": ["weak", ["single-source"]], // two non-local enterprises do not lift it
    "nl-b": ["broken", ["no-neighbour-link"]], // connected only through a non-local enterprise
    "nl-c": ["broken", ["no-neighbour-link"]],
    "nl-d": ["missing", [M]], // a non-local university is not research-only
  },
  "feeds-cycle": {
    "c-a": ["strong", [...STRONG_NO_TECH, "linked-to-neighbour"]],
    "c-b": ["strong", [...STRONG_NO_TECH, "linked-to-neighbour"]],
    "c-c": ["broken", ["no-neighbour-link"]],
    "c-d": ["broken", ["no-neighbour-link"]], // its self-loop does not make it its own neighbour
  },
  isolated: {
    iso: ["strong", ["multiple-enterprises", "enterprise-capability", "no-feeds-neighbour"]],
    "iso-single": ["weak", ["single-source"]],
  },
  "spof-remedies": {
    "s-pair": ["strong", ["multiple-enterprises", "enterprise-capability", "linked-to-neighbour"]],
    "s-fab": ["strong", ["multiple-enterprises", "enterprise-capability", "linked-to-neighbour"]],
    "s-single": ["weak", ["single-source"]],
    "s-gap": ["missing", [M, "research-only"]],
  },
  "vertical-integration": {
    "v-up": ["strong", [...STRONG_NO_TECH, "vertical-integration"]],
    "v-down": ["strong", [...STRONG_NO_TECH, "vertical-integration"]],
    "v-x": ["broken", ["no-neighbour-link"]], // the shared enterprise is not local
    "v-y": ["broken", ["no-neighbour-link"]],
  },
};

describe("gap rules on hand-made instances", () => {
  it("has a fixture file for every expectation and vice versa", () => {
    const files = fs
      .readdirSync(FIXTURES)
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.replace(/\.json$/, ""));
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))("%s", (name, expected) => {
    const labels = labelsOnly(evaluateChain(fixture(name)));
    expect(labels.map((l) => l.id)).toEqual(fixture(name).segments.map((s) => s.id));
    expect(Object.fromEntries(labels.map((l) => [l.id, [l.status, l.reasons]]))).toEqual(expected);
  });
});

describe("evidence", () => {
  it("lists the links and the vertically integrated enterprises that were counted", () => {
    const [up, mid] = evaluateChain(fixture("broken"));
    expect(up!.evidence.links).toEqual([]);
    expect(up!.evidence.neighbours).toEqual([{ id: "mid", direction: "down" }]);
    expect(up!.evidence.neighbourEnterprises).toEqual(["e3", "e4"]);
    expect(mid!.evidence.links).toEqual([["e4", "e5", "SUPPLIES"]]);
    expect(mid!.evidence.nonLocal).toEqual(["far"]);
    expect(mid!.evidence.research).toEqual(["uni"]);
    const [vUp] = evaluateChain(fixture("vertical-integration"));
    expect(vUp!.evidence.integrated).toEqual(["e2"]);
  });

  it("reports FEEDS neighbours in both directions once, and ignores self-loops", () => {
    const results = evaluateChain(fixture("feeds-cycle"));
    const byId = Object.fromEntries(results.map((r) => [r.id, r.evidence.neighbours]));
    expect(byId["c-b"]).toEqual([
      { id: "c-a", direction: "up" },
      { id: "c-c", direction: "both" },
    ]);
    expect(byId["c-a"]).toEqual([
      { id: "c-b", direction: "down" },
      { id: "c-c", direction: "up" },
    ]);
    expect(byId["c-d"]).toEqual([{ id: "c-c", direction: "down" }]);
  });

  it("evaluates only the segments in scope (neighbours from other chains still count)", () => {
    const labels = labelsOnly(evaluateChain(fixture("broken"), ["down"]));
    expect(labels).toEqual([{ id: "down", status: "strong", reasons: [...STRONG_NO_TECH, "linked-to-neighbour"] }]);
  });
});
