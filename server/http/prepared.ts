// A JSON response built once and sent many times: the body, a weak ETag from its content, and its gzip and
// brotli forms made on first demand and kept with it. A route returns a PreparedJson (see mountRoutes) to get
// ETag/304 and precompressed bodies; the compression middleware leaves an already encoded body alone.
import { createHash } from "node:crypto";
import type { Request, Response } from "express";
import zlib from "node:zlib";

export class PreparedJson {
  readonly etag: string;
  private gzipped: Buffer | undefined;
  private brotli: Buffer | undefined;

  constructor(readonly body: Buffer) {
    this.etag = `W/"${createHash("sha1").update(body).digest("base64url")}"`;
  }

  static of(value: unknown): PreparedJson {
    return new PreparedJson(Buffer.from(JSON.stringify(value)));
  }

  /** Bytes held (the plain body and any compressed forms made so far), for a cache's size budget. */
  get bytes(): number {
    return this.body.length + (this.gzipped?.length ?? 0) + (this.brotli?.length ?? 0);
  }

  gzip(): Buffer {
    return (this.gzipped ??= zlib.gzipSync(this.body, { level: 6 }));
  }

  br(): Buffer {
    // Quality 5: close to the best ratio on JSON at a small fraction of quality 11's time (done once per body).
    return (this.brotli ??= zlib.brotliCompressSync(this.body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: this.body.length,
      },
    }));
  }
}

/** The encodings a request accepts with a non-zero q (`br;q=0` refuses brotli). */
function accepted(req: Request): Set<string> {
  const header = String(req.headers["accept-encoding"] ?? "");
  const out = new Set<string>();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name && (!q || Number(q.slice(2)) > 0)) out.add(name);
  }
  return out;
}

/** If-None-Match lists this ETag (weak comparison, `*` included): the client's copy is current. */
export function isFresh(req: Request, etag: string): boolean {
  const header = req.headers["if-none-match"];
  if (!header) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || strip(tag) === strip(etag));
}

/**
 * Send a prepared body: 304 when the client's ETag matches, else the smallest encoding the client accepts.
 * `no-cache`: a browser keeps the copy but asks each time (a 304 costs a few bytes), so a write shows at once.
 */
export function sendPrepared(req: Request, res: Response, prepared: PreparedJson, status = 200): void {
  res.setHeader("ETag", prepared.etag);
  res.setHeader("Cache-Control", "private, no-cache");
  res.setHeader("Vary", "Accept-Encoding");
  if (status === 200 && isFresh(req, prepared.etag)) {
    res.status(304).end();
    return;
  }
  const encodings = accepted(req);
  const [encoding, body] =
    prepared.body.length < 1024
      ? ["identity", prepared.body]
      : encodings.has("br")
        ? ["br", prepared.br()]
        : encodings.has("gzip")
          ? ["gzip", prepared.gzip()]
          : ["identity", prepared.body];
  res.status(status);
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
  res.setHeader("Content-Length", String(body.length));
  res.end(body);
}
