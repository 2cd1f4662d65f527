const SPECIAL_ALL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const SPECIAL_ONE = /[+\-&|!(){}[\]^"~*?:\\/]/;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Turn what a planner types into a safe Lucene query for the CJK full-text index. Special characters are
 * escaped (a name with brackets or a colon is just text); plain Latin/digit words are lower-cased and get
 * a trailing * so suggestions work while typing ("Semic" → semic*; wildcard terms skip the analyzer, hence
 * the lower-casing); CJK runs are left to the bigram analyzer. Words are ANDed so "中车 半导体" narrows.
 * Returns null when nothing searchable is left (e.g. the input was only punctuation).
 */
export function toLuceneQuery(input: string): string | null {
  const terms = input
    .trim()
    .split(/\s+/)
    .filter((word) => word.replace(SPECIAL_ALL, "").length > 0)
    .map((word) => {
      const escaped = word.replace(SPECIAL_ALL, (c) => `\\${c}`);
      const plain = !CJK.test(word) && !SPECIAL_ONE.test(word);
      return plain ? `${escaped.toLowerCase()}*` : escaped;
    });
  return terms.length > 0 ? terms.join(" AND ") : null;
}
