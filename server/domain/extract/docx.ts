// DOCX → text without a converter library: the zip is read with fflate (already a dependency) and only
// word/document.xml is inflated, after its declared size passed the zip-bomb limit (a lying header cannot
// grow the output: fflate inflates into a buffer of the declared size).
import { unzipSync } from "fflate";
import { DocumentReadError } from "./decode";

/** Largest word/document.xml inflated (XML is several times the text it holds; the text limit is 5 MB). */
export const DOCX_MAX_XML_BYTES = 40 * 1024 * 1024;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e] ?? m),
  );

/**
 * The text of a Word document: one line per paragraph; a table row is one line with its cells separated by
 * tabs (so a 揭榜挂帅 榜单 reads as a table); line breaks and tabs kept.
 */
export function docxText(bytes: Uint8Array, maxXml = DOCX_MAX_XML_BYTES): string {
  let xml: Uint8Array | undefined;
  try {
    xml = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== "word/document.xml") return false;
        if (file.originalSize > maxXml) {
          throw new DocumentReadError(
            "TOO_LARGE",
            `The Word document unpacks to ${(file.originalSize / 1048576).toFixed(0)} MB of XML (limit ${maxXml / 1048576} MB); it may be a zip bomb`,
          );
        }
        return true;
      },
    })["word/document.xml"];
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    throw new DocumentReadError(
      "UNREADABLE_DOCUMENT",
      `The file is not a readable Word document (${(error as Error).message})`,
    );
  }
  if (!xml)
    throw new DocumentReadError("UNSUPPORTED_TYPE", "The zip file is not a Word document (no word/document.xml)");
  const source = new TextDecoder("utf-8").decode(xml);
  let out = "";
  let inText = false;
  let cellDepth = 0;
  for (const m of source.matchAll(/<(\/?)(w:p|w:t|w:tab|w:br|w:cr|w:tr|w:tc)(?=[\s>/])[^>]*?(\/?)>|([^<]+)|<[^>]*>/g)) {
    const [, close, tag, selfClose, chars] = m;
    if (chars !== undefined) {
      if (inText) out += decode(chars);
      continue;
    }
    if (!tag) continue;
    if (tag === "w:t") inText = !close && !selfClose;
    else if (tag === "w:tab" && !close) out += "\t";
    else if ((tag === "w:br" || tag === "w:cr") && !close) out += cellDepth ? " " : "\n";
    else if (tag === "w:tc") cellDepth += close ? -1 : selfClose ? 0 : 1;
    else if (tag === "w:p" && close) out += cellDepth ? " " : "\n";
    if (tag === "w:tc" && close) out = `${out.replace(/ +$/, "")}\t`;
    if (tag === "w:tr" && close) out = `${out.replace(/\t$/, "")}\n`;
  }
  return out.replace(/\n{3,}/g, "\n\n");
}
