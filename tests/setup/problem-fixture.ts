/** A small valid problem (榜单) body for tests that need one of their own; the caller deletes it after the run. */
export function problemBody(name: string, statement: string) {
  return {
    name,
    statement,
    poster: "ent:lifang",
    requires: [{ tech: "tech:na-ion-battery", weight: 1 }],
    budget: 1,
    selfFundingRatio: 1,
    deadline: "2027-01-01",
    leadKinds: ["Enterprise"],
  };
}
