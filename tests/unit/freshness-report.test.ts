import { describe, expect, it } from "vitest";
import { ageInYears, endOf, isStale, lastKnown } from "../../server/contracts/freshness";
import { freshnessReport, type FactInput } from "../../server/domain/freshness/report";
import { parseEnv } from "../../server/config/env";

const now = new Date("2026-12-06T00:00:00Z");
const fact = (id: string, asOf: string | null, extra: Partial<FactInput> = {}): FactInput => ({
  id,
  kind: "Enterprise",
  isLink: false,
  name: id,
  source: "public",
  tier: "B",
  basis: "stated",
  url: null,
  asOf,
  checks: [],
  ...extra,
});

describe("fact age", () => {
  it("measures from the end of a partial date, so age is never overstated", () => {
    expect(endOf("2014").toISOString().slice(0, 10)).toBe("2014-12-31");
    expect(endOf("2024-02").toISOString().slice(0, 10)).toBe("2024-02-29");
    expect(endOf("2022-11-30").toISOString().slice(0, 10)).toBe("2022-11-30");
    expect(isStale("2023", now, 3)).toBe(false); // 2023-12-31 is under 3 years before 2026-12-06
    expect(isStale("2022", now, 3)).toBe(true);
    expect(isStale(undefined, now, 3)).toBe(false);
    expect(ageInYears("2030", now)).toBe(0);
  });

  it("counts a confirming re-verification as newer, an 'outdated' one not", () => {
    expect(lastKnown("2014", [{ source: "import", asOf: "2026-12-01", check: true, outcome: "confirmed" }])).toBe(
      "2026-12-01",
    );
    expect(lastKnown("2014", [{ source: "import", asOf: "2026-12-01", check: true, outcome: "outdated" }])).toBe(
      "2014",
    );
  });
});

describe("freshness report", () => {
  const facts = [
    fact("a", "2010-05-13"),
    fact("b", null),
    fact("c", "2026-01"),
    fact("d", "2014", { tier: "C" }),
    fact("e", "2015", { checks: [{ source: "import", asOf: "2026-11-30", check: true }] }),
  ];

  it("puts stale facts first (oldest first), then undated, then the rest, and counts per source tier and kind", () => {
    const report = freshnessReport(facts, [], { now, staleAfterYears: 3, limit: 10 });
    expect(report.facts.map((f) => [f.id, f.stale])).toEqual([
      ["a", true],
      ["d", true],
      ["b", false],
      ["c", false],
      ["e", false],
    ]);
    expect(report.totals).toEqual({ facts: 5, stale: 2, undated: 1 });
    expect(report.groups.find((g) => g.tier === "B")).toMatchObject({
      total: 4,
      stale: 1,
      undated: 1,
      oldest: "2010-05-13",
    });
    expect(freshnessReport(facts, [], { now, staleAfterYears: 20, limit: 10 }).totals.stale).toBe(0);
    expect(
      freshnessReport(facts, [], { now, staleAfterYears: 3, limit: 10, tier: "C" }).facts.map((f) => f.id),
    ).toEqual(["d"]);
  });

  it("names projects past their planned date with nothing newer, and those whose status is stale", () => {
    const projects = [
      { id: "p1", name: "p1", status: "ongoing", plannedBy: "2022-12", asOf: "2022-11-30", url: null, checks: [] },
      { id: "p2", name: "p2", status: "ongoing", plannedBy: "2022-12", asOf: "2023-03", url: null, checks: [] },
      { id: "p3", name: "p3", status: "planned", plannedBy: "2027", asOf: "2026-01", url: null, checks: [] },
    ];
    const overdue = freshnessReport([], projects, { now, staleAfterYears: 3, limit: 10 }).overdueProjects;
    expect(overdue.map((p) => [p.id, p.reason])).toEqual([
      ["p1", "planned-date-passed"],
      ["p2", "status-stale"],
    ]);
  });
});

describe("STALE_AFTER_YEARS", () => {
  it("defaults to 3 and refuses a non-positive value, naming the variable", () => {
    expect(parseEnv({}).STALE_AFTER_YEARS).toBe(3);
    expect(parseEnv({ STALE_AFTER_YEARS: "5" }).STALE_AFTER_YEARS).toBe(5);
    expect(() => parseEnv({ STALE_AFTER_YEARS: "0" })).toThrow(/STALE_AFTER_YEARS/);
    expect(() => parseEnv({ STALE_AFTER_YEARS: "soon" })).toThrow(/STALE_AFTER_YEARS/);
  });
});
