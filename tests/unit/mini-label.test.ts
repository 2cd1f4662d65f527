import { describe, expect, it } from "vitest";
import { labelRoom, miniLabel, textWidth } from "../../client/charts/consortium/labels";
import { shortName } from "../../server/contracts/short-name";

// Names in the small consortium graphs: sibling firms (时代电气, 时代半导体) must not be drawn the same.

describe("short names by rule", () => {
  it("drops the place prefix and the legal form", () => {
    expect(shortName("株洲中车时代电气股份有限公司")).toBe("中车时代电气");
    expect(shortName("株洲中车时代半导体有限公司")).toBe("中车时代半导体");
    expect(shortName("湖南三安半导体有限责任公司")).toBe("三安半导体");
    expect(shortName("中南大学")).toBe("中南大学");
  });
  it("keeps the name when too little would be left", () => {
    expect(shortName("株洲有限公司")).toBe("株洲有限公司");
  });
});

describe("mini-graph labels", () => {
  const electric = "株洲中车时代电气股份有限公司";
  const semi = "株洲中车时代半导体有限公司";
  it("uses the full name when it fits", () => {
    expect(miniLabel("中南大学", 100)).toEqual(["中南大学"]);
    expect(miniLabel(electric, 400)).toEqual([electric]);
  });
  it("uses the short form when the full name does not fit", () => {
    expect(miniLabel(electric, 80)).toEqual(["中车时代电气"]);
    expect(miniLabel(semi, 80)).toEqual(["中车时代半导体"]);
  });
  it("wraps onto two lines rather than cutting, and siblings stay apart", () => {
    const a = miniLabel(electric, 45);
    const b = miniLabel(semi, 45);
    expect(a).toEqual(["中车时代", "电气"]);
    expect(b).toEqual(["中车时代", "半导体"]);
    expect(a.join("")).not.toBe(b.join(""));
    for (const line of [...a, ...b]) expect(textWidth(line, 11)).toBeLessThanOrEqual(45);
  });
  it("ends with an ellipsis only when two lines are not enough", () => {
    const lines = miniLabel("国家先进轨道交通装备创新中心有限公司", 34);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
    expect(lines.join("").includes("…")).toBe(true);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(34);
    expect(miniLabel("中车时代电气", 100).join("")).not.toContain("…");
  });
  it("breaks Latin names at a space", () => {
    expect(miniLabel("Zhuzhou CRRC Times Electric Co., Ltd.", 90)).toEqual(["Zhuzhou CRRC", "Times…"]);
  });
  it("gives each label the room up to its nearest neighbour in the row", () => {
    const room = labelRoom(
      [
        { id: "a", role: "member", x: 100, y: 100 },
        { id: "b", role: "lead", x: 160, y: 100 },
        { id: "t", role: "tech", x: 130, y: 200 },
      ],
      400,
    );
    expect(room.get("a")).toBe(52);
    expect(room.get("b")).toBe(52);
    expect(room.get("t")).toBe(150);
  });
});
