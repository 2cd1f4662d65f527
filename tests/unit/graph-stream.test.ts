import { afterEach, describe, expect, it, vi } from "vitest";
import { lines, streamGraph } from "../../client/api/graph-stream";
import { ApiError } from "../../client/api/http";

// The explorer's NDJSON reader. The server side (real Neo4j, real HTTP) is tested in tests/api/graph-payload;
// here the byte stream is built by hand so lines can be cut at any byte.

const provenance = { source: "illustrative" };
const node = (id: string) => ({ id, kind: "Enterprise", name: id, degree: 1, props: {}, provenance });
const body = (text: string, cuts: number[]) => {
  const bytes = new TextEncoder().encode(text);
  const edges = [0, ...cuts, bytes.length];
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i + 1 < edges.length; i++) controller.enqueue(bytes.slice(edges[i], edges[i + 1]));
      controller.close();
    },
  });
};
const respond = (text: string, cuts: number[] = []) =>
  vi.stubGlobal("fetch", async () => new Response(body(text, cuts), { status: 200 }));

afterEach(() => vi.unstubAllGlobals());

describe("graph stream reader", () => {
  it("yields whole lines however the bytes are cut, including inside a multi-byte character", async () => {
    const text = '{"a":"株洲"}\n{"b":2}\n\n{"c":3}';
    const cutInsideChar = new TextEncoder().encode('{"a":"株').length - 1;
    for (const cuts of [[], [1], [cutInsideChar], [5, 6, 12, 13]]) {
      const got: string[] = [];
      for await (const line of lines(body(text, cuts))) got.push(line);
      expect(got).toEqual(['{"a":"株洲"}', '{"b":2}', '{"c":3}']);
    }
  });

  it("hands over the nodes received so far before the links, then the whole view", async () => {
    const seen: number[] = [];
    respond(
      [
        JSON.stringify({ nodes: [node("a"), node("b")] }),
        JSON.stringify({ nodes: [node("c")] }),
        JSON.stringify({ links: [{ id: "l1", source: "a", target: "c", type: "SUPPLIES", props: {}, provenance }] }),
        JSON.stringify({ meta: { truncated: false, total: 3 } }),
      ].join("\n") + "\n",
      [30, 95],
    );
    const view = await streamGraph({ chain: "chain:x" }, (nodes) => seen.push(nodes.length));
    expect(seen).toEqual([2, 3]);
    expect(view.nodes.map((n) => n.id)).toEqual(["a", "b", "c"]);
    expect(view.links).toHaveLength(1);
    expect(view.meta?.total).toBe(3);
  });

  it("a stream without its meta line is cut short: STREAM_CUT, not a partial view", async () => {
    respond(JSON.stringify({ nodes: [node("a")] }) + "\n");
    const error = await streamGraph({}, () => {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("STREAM_CUT");
  });

  it("a refused request is the server's error, as for JSON", async () => {
    vi.stubGlobal(
      "fetch",
      async () =>
        new Response(JSON.stringify({ error: { code: "NOT_FOUND", message: "no such chain" } }), { status: 404 }),
    );
    const error = await streamGraph({ chain: "chain:none" }, () => {}).catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(404);
    expect((error as ApiError).code).toBe("NOT_FOUND");
  });
});
