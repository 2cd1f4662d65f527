import http from "node:http";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../setup/test-db";

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

/** A raw GET that does not decompress, so the test sees the bytes on the wire. */
function rawGet(path: string, acceptEncoding: string): Promise<{ encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${app.url}${path}`, { headers: { "accept-encoding": acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

describe("compressed responses", () => {
  it("sends the graph gzip- or brotli-encoded when the client accepts it, and the same JSON inside", async () => {
    const plain = await rawGet("/api/graph", "identity");
    expect(plain.encoding).toBeUndefined();
    const gzip = await rawGet("/api/graph", "gzip");
    expect(gzip.encoding).toBe("gzip");
    expect(gzip.body.length).toBeLessThan(plain.body.length / 3);
    expect(JSON.parse(zlib.gunzipSync(gzip.body).toString("utf8"))).toEqual(JSON.parse(plain.body.toString("utf8")));
    const br = await rawGet("/api/graph", "br");
    expect(br.encoding).toBe("br");
    expect(JSON.parse(zlib.brotliDecompressSync(br.body).toString("utf8")).nodes.length).toBeGreaterThan(50);
  });
});
