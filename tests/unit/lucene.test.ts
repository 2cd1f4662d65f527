import { describe, expect, it } from "vitest";
import { toLuceneQuery } from "../../server/features/search/lucene";

describe("toLuceneQuery", () => {
  it("prefixes Latin words (lower-cased) and leaves CJK to the analyzer", () => {
    expect(toLuceneQuery("Semic")).toBe("semic*");
    expect(toLuceneQuery("中车时代")).toBe("中车时代");
    expect(toLuceneQuery("CRRC 半导体")).toBe("crrc* AND 半导体");
  });

  it("escapes every Lucene special character so input is always text", () => {
    expect(toLuceneQuery("a:b")).toBe("a\\:b");
    expect(toLuceneQuery("(IGBT)")).toBe("\\(IGBT\\)");
    expect(toLuceneQuery("x AND y")).toBe("x* AND and* AND y*");
  });

  it("returns null when nothing searchable is left", () => {
    expect(toLuceneQuery("   ")).toBeNull();
    expect(toLuceneQuery("* ? :")).toBeNull();
  });
});
