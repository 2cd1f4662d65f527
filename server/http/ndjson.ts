// Newline-delimited JSON written as it is produced (application/x-ndjson): one JSON value per line, each
// flushed through the compression middleware at once, so a client reads and draws the first lines while the
// server is still producing the rest. Back-pressure: waits for "drain" when the socket's buffer is full.
import type { Request, Response } from "express";

export const NDJSON = "application/x-ndjson";

/** The client asked for NDJSON by its Accept header (and not for JSON first). */
export function acceptsNdjson(req: Request): boolean {
  return String(req.headers.accept ?? "").includes(NDJSON);
}

export function ndjsonWriter(res: Response) {
  let started = false;
  const flushable = res as Response & { flush?: () => void };
  return {
    async line(value: unknown): Promise<void> {
      if (!started) {
        res.status(200);
        res.setHeader("Content-Type", `${NDJSON}; charset=utf-8`);
        res.setHeader("Cache-Control", "private, no-cache");
        res.setHeader("X-Content-Type-Options", "nosniff");
        started = true;
      }
      const ok = res.write(`${JSON.stringify(value)}\n`);
      flushable.flush?.();
      if (!ok && !res.destroyed)
        await new Promise<void>((resolve) => {
          res.once("drain", () => resolve());
          res.once("close", () => resolve()); // the client went away: stop waiting
        });
    },
    /** Whether anything was written (after that, an error can only end the stream, not become a JSON error). */
    get started() {
      return started;
    },
    end: () => new Promise<void>((resolve) => res.end(() => resolve())),
  };
}
