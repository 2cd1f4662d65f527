import { describe, expect, it } from "vitest";
import { applyWhatIf, whatIf } from "../../server/domain/gaps/whatif";
import type { GapInstance } from "../../server/domain/gaps/instance";
import { gapFixture } from "../setup/gap-fixtures";

describe("what-if", () => {
  it("removing an enterprise turns its segments worse and drops its links", () => {
    const instance = gapFixture("spof-remedies");
    const snapshot = structuredClone(instance);
    const result = whatIf(instance, { removeOrgs: ["z", "p"], addCapabilities: [] });
    expect(result.changes).toEqual([
      // s-pair reached s-fab only through p's supply link
      {
        id: "s-pair",
        from: "strong",
        to: "broken",
        reasonsBefore: ["multiple-enterprises", "enterprise-capability", "linked-to-neighbour"],
        reasonsAfter: ["no-neighbour-link"],
      },
      {
        id: "s-fab",
        from: "strong",
        to: "weak",
        reasonsBefore: ["multiple-enterprises", "enterprise-capability", "linked-to-neighbour"],
        reasonsAfter: ["no-enterprise-capability"],
      },
      {
        id: "s-single",
        from: "weak",
        to: "missing",
        reasonsBefore: ["single-source"],
        reasonsAfter: ["no-local-enterprise"],
      },
    ]);
    expect(result.after.find((l) => l.id === "s-gap")).toEqual(result.before.find((l) => l.id === "s-gap"));
    expect(instance).toEqual(snapshot);
    expect(applyWhatIf(instance, { removeOrgs: ["p"], addCapabilities: [] }).links.some((l) => l.includes("p"))).toBe(
      false,
    );
  });

  it("granting a capability can lift a weak segment, and a no-op changes nothing", () => {
    const instance = gapFixture("weak");
    const lifted = whatIf(instance, { removeOrgs: [], addCapabilities: [{ orgId: "b", techId: "t2" }] });
    expect(lifted.changes).toEqual([
      {
        id: "w-nocap",
        from: "weak",
        to: "strong",
        reasonsBefore: ["no-enterprise-capability"],
        reasonsAfter: ["multiple-enterprises", "enterprise-capability", "no-feeds-neighbour"],
      },
    ]);
    const partial = whatIf(instance, { removeOrgs: [], addCapabilities: [{ orgId: "d", techId: "t3" }] });
    expect(partial.changes.map((c) => [c.id, c.from, c.to, c.reasonsAfter])).toEqual([
      ["w-both", "weak", "weak", ["single-source"]],
    ]);
    expect(whatIf(instance, { removeOrgs: [], addCapabilities: [] }).changes).toEqual([]);
  });

  it("settling an outside firm locally fills a missing segment (补链) without touching the input", () => {
    const instance: GapInstance = {
      segments: [
        { id: "s-sub", name: "substrate", order: 1, techs: ["t-sub"] },
        { id: "s-dev", name: "devices", order: 2, techs: [] },
      ],
      feeds: [["s-sub", "s-dev"]],
      orgs: [
        { id: "far", kind: "Enterprise", local: false, segments: ["s-sub"], capabilities: ["t-sub"] },
        { id: "d1", kind: "Enterprise", local: true, segments: ["s-dev"], capabilities: [] },
        { id: "d2", kind: "Enterprise", local: true, segments: ["s-dev"], capabilities: [] },
      ],
      links: [["far", "d1", "SUPPLIES"]],
    };
    const snapshot = structuredClone(instance);
    const result = whatIf(instance, {
      removeOrgs: [],
      addCapabilities: [],
      settle: [{ orgId: "far", segmentId: "s-sub" }],
    });
    expect(result.changes.map((c) => [c.id, c.from, c.to, c.reasonsAfter])).toEqual([
      ["s-sub", "missing", "weak", ["single-source"]],
      ["s-dev", "broken", "strong", ["multiple-enterprises", "no-required-technologies", "linked-to-neighbour"]],
    ]);
    expect(instance).toEqual(snapshot);
    const moved = applyWhatIf(instance, {
      removeOrgs: [],
      addCapabilities: [],
      settle: [{ orgId: "d1", segmentId: "s-sub" }],
    });
    expect(moved.orgs.find((o) => o.id === "d1")).toMatchObject({ local: true, segments: ["s-dev", "s-sub"] });
  });
});
