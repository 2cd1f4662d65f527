// The short form of an organisation's formal name, by rule: without the place prefix and the legal form
// (株洲中车时代电气股份有限公司 → 中车时代电气). Shared by the document extractor (server/domain/extract, which
// builds its aliases from these rules) and the client (mini-graph labels): pure, no I/O.

/** Place prefixes a name in use drops (株洲中车时代电气… → 中车时代电气…). */
export const PLACE_PREFIX = /^(?:湖南省|湖南|株洲市|株洲|长沙市|长沙|中国|国家)(?=[\u4e00-\u9fff]{3,})/;
/** Legal-form suffixes (…股份有限公司 → …). Longest first. */
export const LEGAL_SUFFIX =
  /(?:集团股份有限公司|集团有限责任公司|集团有限公司|股份有限公司|有限责任公司|有限公司|科技有限公司)$/;

/**
 * How people write a firm's name in running text: legal form and place prefix removed; the name itself when
 * neither is there, or when what is left would say too little (fewer than three characters).
 */
export function shortName(name: string): string {
  const short = name.trim().replace(LEGAL_SUFFIX, "").replace(PLACE_PREFIX, "");
  return [...short].length >= 3 ? short : name.trim();
}
