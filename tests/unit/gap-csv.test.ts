import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "../../server/features/chains/gaps-csv";

describe("gap report CSV", () => {
  it.each([
    ["=SUM(A1)", `"'=SUM(A1)"`],
    ["+86 731", `"'+86 731"`],
    ["-1", `"'-1"`],
    ["@cmd", `"'@cmd"`],
    ["\tx", `"'\tx"`],
    ['中车 "时代", 株洲', `"中车 ""时代"", 株洲"`],
    ["a=b", `"a=b"`],
    [7, `"7"`],
  ])("quotes %j as %s", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("starts with a BOM and ends rows with CRLF", () => {
    expect(
      toCsv([
        ["a", "b"],
        ["c", "d"],
      ]),
    ).toBe('\uFEFF"a","b"\r\n"c","d"\r\n');
  });
});
