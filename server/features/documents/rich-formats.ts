import { DocumentReadError, type DocumentFormat } from "../../domain/extract/decode";
import { docxText } from "../../domain/extract/docx";
import { pdfText } from "./pdf-text";

/** DOCX (paragraphs, tables as tab-separated rows) and PDF (its text layer). */
export async function readRichDocument(format: Exclude<DocumentFormat, "txt">, bytes: Uint8Array): Promise<string> {
  const text = format === "docx" ? docxText(bytes) : await pdfText(bytes);
  if (!text.trim()) throw new DocumentReadError("EMPTY_DOCUMENT", `The ${format.toUpperCase()} document has no text`);
  return text.replace(/\r\n?/g, "\n");
}
