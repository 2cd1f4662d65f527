// Bytes → text for the formats read without a library (plain text in UTF-8, UTF-16 or GBK/GB18030).
import { createHash } from "node:crypto";

export type DocumentFormat = "txt" | "docx" | "pdf";
export type ReadProblem =
  "EMPTY_DOCUMENT" | "UNSUPPORTED_TYPE" | "BAD_ENCODING" | "NO_TEXT_LAYER" | "UNREADABLE_DOCUMENT" | "TOO_LARGE";

/** Why a document cannot be read; the service maps `problem` to an HTTP status. */
export class DocumentReadError extends Error {
  constructor(
    readonly problem: ReadProblem,
    message: string,
  ) {
    super(message);
    this.name = "DocumentReadError";
  }
}

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** What the bytes are, by content first (a renamed file still reads), then by the file's extension. */
export function detectDocumentFormat(bytes: Uint8Array, fileName: string): DocumentFormat {
  if (bytes.length === 0) throw new DocumentReadError("EMPTY_DOCUMENT", "The document is empty");
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "pdf"; // %PDF
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (/\.(xlsx|pptx|zip|jar|odt)$/i.test(fileName))
      throw new DocumentReadError("UNSUPPORTED_TYPE", `${fileName} is not a Word document; upload TXT, DOCX or PDF`);
    return "docx";
  }
  const binary: [number[], string][] = [
    [[0xd0, 0xcf, 0x11, 0xe0], "an old Word/Excel 97–2003 file (.doc/.xls): save it as .docx or PDF"],
    [[0x89, 0x50, 0x4e, 0x47], "a PNG image (a scan): OCR is not supported"],
    [[0xff, 0xd8, 0xff], "a JPEG image (a scan): OCR is not supported"],
    [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
    [[0x1f, 0x8b], "a gzip archive"],
    [[0x7b, 0x5c, 0x72, 0x74, 0x66], "an RTF file: save it as .docx or TXT"],
  ];
  for (const [sig, what] of binary)
    if (startsWith(bytes, sig)) throw new DocumentReadError("UNSUPPORTED_TYPE", `The file is ${what}`);
  if (/\.(docx?|pdf|xlsx?|pptx?|png|jpe?g|zip)$/i.test(fileName))
    throw new DocumentReadError(
      "UNSUPPORTED_TYPE",
      `${fileName} does not look like what its name says; upload TXT, DOCX or PDF`,
    );
  // Plain text never holds NUL bytes (except UTF-16, which starts with its BOM).
  const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
  if (!utf16 && bytes.subarray(0, 8192).includes(0))
    throw new DocumentReadError("UNSUPPORTED_TYPE", "The file is binary, not text; upload TXT, DOCX or PDF");
  return "txt";
}

/** Share of characters a Chinese or English document is made of (Han, ASCII, CJK punctuation, full-width forms). */
function plausible(text: string): number {
  if (!text) return 1;
  let good = 0;
  for (const ch of text)
    if (
      // eslint-disable-next-line no-control-regex -- tab, LF and CR are the control characters real text has
      /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u206f\x09\x0a\x0d\x20-\x7e\u00b7\u00d7\u2160-\u217f\u2460-\u24ff]/.test(
        ch,
      )
    )
      good++;
  return good / [...text].length;
}

/**
 * Text files: a BOM says UTF-8 or UTF-16; otherwise valid UTF-8 is UTF-8 and anything else is read as GB18030
 * (the superset of GBK). Text that decodes into something not Chinese/English (another code page, binary) is
 * refused with the reason rather than stored as mojibake.
 */
export function decodeTextDocument(bytes: Uint8Array): {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030";
} {
  let encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030";
  if (startsWith(bytes, [0xff, 0xfe])) encoding = "utf-16le";
  else if (startsWith(bytes, [0xfe, 0xff])) encoding = "utf-16be";
  else {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      encoding = "utf-8";
    } catch {
      encoding = "gb18030";
    }
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentReadError(
      "BAD_ENCODING",
      `The text is neither UTF-8 nor GBK/GB18030 (it does not decode as ${encoding}); save it as UTF-8 and upload again`,
    );
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const share = plausible(text.slice(0, 20_000));
  if (share < 0.9) {
    throw new DocumentReadError(
      "BAD_ENCODING",
      `The text does not read as Chinese or English in ${encoding} (${Math.round(share * 100)}% readable characters); it may be in another encoding (Big5, Shift-JIS…). Save it as UTF-8 and upload again`,
    );
  }
  if (!text.trim()) throw new DocumentReadError("EMPTY_DOCUMENT", "The document has no text");
  return { text, encoding };
}
