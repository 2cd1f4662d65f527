import { DocumentReadError, type DocumentFormat } from "../../domain/extract/decode";
import { docxText } from "../../domain/extract/docx";

/** DOCX is read (text, paragraphs, tables as tab-separated rows); PDF is not yet: a clear 415. */
export async function readRichDocument(format: Exclude<DocumentFormat, "txt">, bytes: Uint8Array): Promise<string> {
  if (format === "docx") {
    const text = docxText(bytes);
    if (!text.trim()) throw new DocumentReadError("EMPTY_DOCUMENT", "The Word document has no text");
    return text;
  }
  throw new DocumentReadError("UNSUPPORTED_TYPE", "PDF documents are not read yet; copy the text and paste it, or save it as TXT");
}
