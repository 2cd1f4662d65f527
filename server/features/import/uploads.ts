import { randomBytes } from "node:crypto";
import type { Request } from "express";
import type { ProgressResponse } from "../../contracts/import";
import { DomainError, notFound } from "../../contracts/errors";

export interface Upload {
  id: string;
  file: string;
  bytes: Uint8Array;
  by: string;
  createdAt: number;
  progress: ProgressResponse;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function tooLarge(size: number | null, max: number): DomainError {
  return new DomainError(
    "too_large",
    "FILE_TOO_LARGE",
    `${size ? `The file is ${mb(size)}; ` : "The file is too large; "}the largest file accepted is ${mb(max)} (IMPORT_MAX_MB). Split it into several files.`,
    { maxBytes: max, ...(size ? { size } : {}) },
  );
}

/** The raw request body, refused with 413 as soon as it is known to exceed `max` (the rest is discarded). */
export async function readBody(req: Request, max: number): Promise<Uint8Array> {
  if (/json/i.test(req.get("content-type") ?? "")) {
    throw new DomainError(
      "unsupported",
      "UNSUPPORTED_MEDIA_TYPE",
      "Send the file itself as the body with Content-Type: application/octet-stream",
    );
  }
  const declared = Number(req.get("content-length") ?? NaN);
  if (declared > max) throw tooLarge(declared, max);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw tooLarge(Number.isFinite(declared) ? declared : null, max);
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Uploaded files waiting for preview/apply, in memory for an hour (at most `maxUploads`, oldest dropped).
 * Each belongs to whoever uploaded it. One process; behind several app servers, use sticky sessions.
 */
export function uploadStore(options: { ttlMs?: number; maxUploads?: number } = {}) {
  const ttl = options.ttlMs ?? 3_600_000;
  const max = options.maxUploads ?? 8;
  const uploads = new Map<string, Upload>();

  function sweep() {
    const now = Date.now();
    for (const [id, upload] of uploads) if (upload.createdAt + ttl < now) uploads.delete(id);
    while (uploads.size > max) uploads.delete(uploads.keys().next().value!);
  }

  return {
    add(file: string, bytes: Uint8Array, by: string): Upload {
      const upload: Upload = {
        id: `upl_${randomBytes(10).toString("hex")}`,
        file,
        bytes,
        by,
        createdAt: Date.now(),
        progress: { phase: "idle", done: 0, total: 0 },
      };
      uploads.set(upload.id, upload);
      sweep();
      return upload;
    },
    get(id: string, by: string): Upload {
      sweep();
      const upload = uploads.get(id);
      if (!upload || upload.by !== by) throw notFound("Upload", id);
      return upload;
    },
  };
}

export type UploadStore = ReturnType<typeof uploadStore>;
