import { z } from "zod";
import { GraphViewResponse } from "../../server/contracts/graph";
import { ApiError, apiErrorOf, queryString, requestHeaders } from "./http";

// GET /api/graph as NDJSON (docs/scale.md, "Stream"): lines of {"nodes":[…]} as soon as the server has read
// them, then {"links":[…]}, then {"meta":…}. The explorer draws the first nodes while the rest is on its way;
// the whole view is then checked against the same contract as the JSON answer. No meta line = cut short.

const Line = z.union([
  z.object({ nodes: GraphViewResponse.shape.nodes }),
  z.object({ links: GraphViewResponse.shape.links }),
  z.object({ meta: GraphViewResponse.shape.meta.unwrap() }),
]);

const cutShort = () => new ApiError(0, "STREAM_CUT", "the graph stream ended before its last line");

/** Splits a byte stream into its lines (a line may arrive in pieces, or several in one chunk). */
export async function* lines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let rest = "";
  for (;;) {
    const { done, value } = await reader.read();
    rest += decoder.decode(value, { stream: !done });
    const parts = rest.split("\n");
    rest = parts.pop() ?? "";
    for (const part of parts) if (part.trim()) yield part;
    if (done) break;
  }
  if (rest.trim()) yield rest;
}

/**
 * The view, streamed: `onNodes` gets every node received so far each time a batch arrives (before any link).
 * Resolves to the whole view; a failed request throws the server's ApiError, a cut stream STREAM_CUT.
 */
export async function streamGraph(
  query: Parameters<typeof queryString>[0],
  onNodes: (nodes: GraphViewResponse["nodes"]) => void,
  signal?: AbortSignal,
): Promise<GraphViewResponse> {
  let response: Response;
  try {
    response = await fetch(`/api/graph${queryString({ ...query, stream: true })}`, {
      headers: { ...requestHeaders("GET", false), accept: "application/x-ndjson" },
      signal,
      credentials: "same-origin",
    });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiError(0, "NETWORK", (error as Error).message);
  }
  if (!response.ok || !response.body) {
    const payload: unknown = await response.json().catch(() => null);
    throw apiErrorOf(response.status, response.statusText, payload);
  }
  const view: GraphViewResponse = { nodes: [], links: [] };
  let ended = false;
  const received = lines(response.body);
  for (;;) {
    let next: IteratorResult<string>;
    try {
      next = await received.next();
    } catch (error) {
      if ((error as Error).name === "AbortError") throw error;
      throw cutShort(); // the connection dropped mid-way (the server cuts a stream when a read fails)
    }
    if (next.done) break;
    const line = Line.parse(JSON.parse(next.value)); // a line off the contract fails like a JSON answer would
    if ("nodes" in line) {
      view.nodes.push(...line.nodes);
      onNodes(view.nodes);
    } else if ("links" in line) view.links.push(...line.links);
    else {
      view.meta = line.meta;
      ended = true;
    }
  }
  if (!ended) throw cutShort();
  return GraphViewResponse.parse(view);
}
