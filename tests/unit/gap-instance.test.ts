import { describe, expect, it } from "vitest";
import { fieldPath, GapInstance } from "../../server/domain/gaps/instance";

const fields = (raw: unknown) => {
  const result = GapInstance.safeParse(raw);
  return result.success ? [] : result.error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
};
const org = (extra: Record<string, unknown> = {}) => ({
  id: "o",
  kind: "Enterprise",
  local: true,
  segments: ["s"],
  capabilities: [],
  ...extra,
});

describe("instance format", () => {
  it("accepts the issue's format and fills omitted lists", () => {
    const parsed = GapInstance.parse({ segments: [{ id: "s", name: "S", order: 1, stage: "UP" }] });
    expect(parsed).toEqual({
      segments: [{ id: "s", name: "S", order: 1, stage: "UP", techs: [] }],
      feeds: [],
      orgs: [],
      links: [],
    });
  });

  it.each([
    [{ segments: [{ id: "s" }], feeds: [["s", "x"]] }, "feeds[0][1]: unknown segment 'x'"],
    [{ segments: [{ id: "s" }], orgs: [org({ segments: ["nope"] })] }, "orgs[0].segments[0]: unknown segment 'nope'"],
    [
      { segments: [{ id: "s" }], orgs: [org()], links: [["o", "ghost", "SUPPLIES"]] },
      "links[0][1]: unknown organisation 'ghost'",
    ],
    [{ segments: [{ id: "s" }, { id: "s" }] }, "segments[1].id: duplicate segment id 's'"],
    [{ segments: [{ id: "s" }], orgs: [org({ local: "yes" })] }, "orgs[0].local"],
    [{ segments: [{ id: "s" }], orgs: [org({ capabilites: ["t"] })] }, "capabilites"],
    [{ segments: [{ id: "s" }], orgs: [org()], links: [["o", "o", "PARTNERS"]] }, "links[0][2]"],
    [{ segments: [{ id: "s", stage: "EARLY" }] }, "segments[0].stage"],
    [{ segment: [] }, "segments"],
  ])("rejects %j naming the field", (raw, expected) => {
    expect(fields(raw).join("\n")).toContain(expected);
  });
});
