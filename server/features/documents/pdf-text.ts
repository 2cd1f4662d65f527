import { DocumentReadError } from "../../domain/extract/decode";

/**
 * The text layer of a PDF (pdfjs-dist, loaded on the first PDF): items in reading order, a line break where
 * pdf.js marks one, a blank line between pages. A PDF without any text (a scan) is refused: no OCR.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let doc;
  try {
    // verbosity 0: errors only (no font warnings on stdout); no eval, no font faces: text only.
    doc = await getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw new DocumentReadError("UNREADABLE_DOCUMENT", `The PDF could not be read (${(error as Error).message})`);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
    }
    const text = pages.join("\n\n");
    if (!text.trim())
      throw new DocumentReadError(
        "NO_TEXT_LAYER",
        "no text layer — OCR is not supported (this PDF is a scan or images only)",
      );
    return text;
  } finally {
    await doc.destroy();
  }
}
