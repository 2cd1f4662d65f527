export type TextEncoding = "utf-8" | "gb18030" | "utf-16le";

/**
 * Which encoding a text file is in: a BOM says so (UTF-8, or UTF-16LE as Excel's "Unicode text" writes it);
 * otherwise a file that is valid UTF-8 is UTF-8, and anything else is taken as GB18030 — the superset of GBK
 * that Excel in China writes for "CSV (逗号分隔)".
 */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return "gb18030";
  }
}

/** Decode with the chosen (or detected) encoding; a BOM is dropped. */
export function decodeText(bytes: Uint8Array, choice: "auto" | TextEncoding): { text: string; encoding: TextEncoding } {
  const encoding = choice === "auto" ? detectEncoding(bytes) : choice;
  const text = new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding };
}
