import type { Request } from "express";
import { DomainError } from "../../contracts/errors";

export const DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;

/** What an upload carried: a file's bytes and name, or pasted text. */
export type Upload = { kind: "file"; bytes: Uint8Array; file: string } | { kind: "text"; text: string; title?: string };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const tooLarge = (max: number, size?: number) =>
  new DomainError(
    "too_large",
    "DOCUMENT_TOO_LARGE",
    `${size ? `The document is ${mb(size)}; ` : "The document is too large; "}the largest accepted is ${mb(max)}`,
    { maxBytes: max, ...(size ? { size } : {}) },
  );

/**
 * Read (and forget) the rest of a refused body, up to a few times the limit, so the client that is still sending
 * receives the 413 instead of a reset connection; a body larger still is cut off.
 */
async function discard(req: Request, max: number): Promise<void> {
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 4 * max) return;
  }
}

async function rawBody(req: Request, max: number): Promise<Buffer> {
  const limit = max + 64 * 1024; // multipart framing may add a little
  const declared = Number(req.get("content-length") ?? NaN);
  if (declared > limit) {
    await discard(req, max);
    throw tooLarge(max, declared);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      await discard(req, max);
      throw tooLarge(max);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The first file part of a multipart/form-data body (field "file"), or a "text" field of pasted text. */
function multipart(body: Buffer, boundary: string): Upload {
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  let text: string | null = null;
  while (at >= 0) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === "--") break;
    const next = body.indexOf(delimiter, start);
    if (next < 0) break;
    const part = body.subarray(start + 2, next - 2); // skip CRLF after the delimiter and before the next
    const split = part.indexOf("\r\n\r\n");
    if (split >= 0) {
      const headers = part.subarray(0, split).toString("utf8");
      const content = part.subarray(split + 4);
      const name = /name="([^"]*)"/i.exec(headers)?.[1];
      const filename = /filename\*?=(?:UTF-8'')?"?([^";\r\n]*)"?/i.exec(headers)?.[1];
      if (filename !== undefined)
        return { kind: "file", bytes: new Uint8Array(content), file: decodeURIComponent(filename) || "upload" };
      if (name === "text") text = content.toString("utf8");
    }
    at = next;
  }
  if (text !== null) return { kind: "text", text };
  throw new DomainError("invalid", "NO_FILE", "The multipart body has no file part (field “file”) and no “text” field");
}

/**
 * The document of a POST /api/documents: multipart/form-data (a file part or a “text” field), JSON
 * {text, title?} of pasted text (parsed by express.json), or the raw bytes of the file (?file=name).
 */
export async function readUpload(
  req: Request,
  fileName: string | undefined,
  max = DOCUMENT_MAX_BYTES,
): Promise<Upload> {
  const type = (req.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("application/json")) {
    const body = req.body as { text?: unknown; title?: unknown } | undefined;
    if (typeof body?.text !== "string")
      throw new DomainError("invalid", "VALIDATION_FAILED", "Invalid body field 'text': pasted text is a JSON string");
    if (Buffer.byteLength(body.text) > max) throw tooLarge(max, Buffer.byteLength(body.text));
    return {
      kind: "text",
      text: body.text,
      ...(typeof body.title === "string" && body.title.trim() ? { title: body.title.trim().slice(0, 300) } : {}),
    };
  }
  if (type.startsWith("multipart/form-data")) {
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (!boundary) throw new DomainError("invalid", "VALIDATION_FAILED", "multipart/form-data without a boundary");
    const upload = multipart(await rawBody(req, max), boundary);
    if (upload.kind === "file" && upload.bytes.length > max) throw tooLarge(max, upload.bytes.length);
    return upload;
  }
  if (
    type &&
    !/^(application\/octet-stream|text\/plain|application\/pdf|application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document)/.test(
      type,
    )
  ) {
    throw new DomainError(
      "unsupported",
      "UNSUPPORTED_MEDIA_TYPE",
      `Content-Type ${type} is not a document this app reads; send TXT, DOCX or PDF (raw bytes or multipart), or JSON {text}`,
    );
  }
  const bytes = await rawBody(req, max);
  if (bytes.length > max) throw tooLarge(max, bytes.length);
  return {
    kind: "file",
    bytes: new Uint8Array(bytes),
    file: fileName ?? (type.startsWith("text/plain") ? "document.txt" : "document"),
  };
}
