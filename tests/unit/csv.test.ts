import { describe, expect, it } from "vitest";
import { csvCell, neutralizeFormula, toCsv } from "../../server/contracts/csv";

describe("the one CSV encoder", () => {
  it.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+86 731", "'+86 731"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", '"\'\rcmd"'],
    ["a=b", "a=b"],
    ["'=already", "'=already"],
  ])("neutralises formulas: %j → %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("keeps numbers and booleans as they are, and null/undefined empty", () => {
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(0.25)).toBe("0.25");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("quotes commas, quotes, line breaks and edge white space, doubling quotes", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell(" padded ")).toBe('" padded "');
    expect(csvCell("株洲中车")).toBe("株洲中车");
  });

  it("quotes every cell when asked", () => {
    expect(csvCell("x", { quoteAll: true })).toBe('"x"');
    expect(csvCell(7, { quoteAll: true })).toBe('"7"');
    expect(csvCell("=1", { quoteAll: true })).toBe('"\'=1"');
  });

  it("writes a BOM and CRLF rows, and can leave the BOM out", () => {
    expect(
      toCsv([
        ["a", 1],
        ["b", null],
      ]),
    ).toBe("\uFEFFa,1\r\nb,\r\n");
    expect(toCsv([["a"]], { bom: false })).toBe("a\r\n");
    expect(toCsv([])).toBe("\uFEFF");
  });

  it("neutralizeFormula is idempotent", () => {
    expect(neutralizeFormula(neutralizeFormula("=x"))).toBe("'=x");
  });
});
