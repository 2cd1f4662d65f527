import { describe, expect, it } from "vitest";
import { solve } from "../../server/domain/consortium";
import { bruteForce } from "./match/brute-force";
import { fixtures } from "./match/fixtures";

describe("consortium builder on hand-made instances with known optima", () => {
  const all = fixtures();

  it("has the cases the issue asks for", () => {
    const names = all.map((f) => f.name);
    for (const name of [
      "coverage-first",
      "size-breaks-coverage-tie",
      "cost-breaks-size-tie",
      "ids-break-cost-tie",
      "disconnected",
      "no-eligible-lead",
      "research-rule",
      "local-only",
      "lead-choice",
      "uncoverable",
    ])
      expect(names).toContain(name);
  });

  it.each(all.map((f) => [f.name, f] as const))("%s", (_name, fixture) => {
    const solution = solve(fixture.instance, { k: fixture.expected.top });
    expect({ consortia: solution.consortia, exact: solution.exact }, fixture.expected.why).toEqual(
      fixture.expected.output,
    );
    // The hand-written answer is also what trying every subset gives.
    expect(bruteForce(fixture.instance, fixture.expected.top)).toEqual(fixture.expected.output.consortia);
  });

  it("says why nothing is possible, and which technologies nobody holds", () => {
    const byName = new Map(all.map((f) => [f.name, f]));
    expect(solve(byName.get("no-eligible-lead")!.instance, { k: 3 }).reason).toBe("no_eligible_lead");
    expect(solve(byName.get("no-eligible-lead-local")!.instance, { k: 3 }).reason).toBe("no_eligible_lead");
    expect(solve(byName.get("max-size-too-small")!.instance, { k: 3 }).reason).toBe("max_size_too_small");
    expect(solve(byName.get("uncoverable")!.instance, { k: 1 }).uncoverable).toEqual(["Z"]);
    expect(solve(byName.get("nobody-covers")!.instance, { k: 1 }).uncoverable).toEqual(["X", "Y"]);
  });

  it("needs a research member only when asked", () => {
    const research = all.find((f) => f.name === "research-rule")!.instance;
    const relaxed = solve({ ...research, rules: { ...research.rules, requireResearchMember: false } }, { k: 1 });
    expect(relaxed.consortia[0]!.members).toEqual(["ent"]);
    const none = solve(
      { ...research, candidates: research.candidates.filter((c) => c.kind === "Enterprise"), ties: [] },
      { k: 1 },
    );
    expect(none.reason).toBe("no_research_member");
    expect(none.consortia).toEqual([]);
  });
});
