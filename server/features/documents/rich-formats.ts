import { DocumentReadError, type DocumentFormat } from "../../domain/extract/decode";

/** DOCX and PDF: not read yet (no reader library is installed); refused with a clear 415. */
export async function readRichDocument(format: Exclude<DocumentFormat, "txt">, _bytes: Uint8Array): Promise<string> {
  throw new DocumentReadError("UNSUPPORTED_TYPE", `${format.toUpperCase()} documents are not read yet; upload the text as TXT or paste it`);
}
