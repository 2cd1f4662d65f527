import express, { type RequestHandler } from "express";

/** JSON bodies nested deeper than this are refused before parsing (400 BODY_TOO_DEEP). */
export const MAX_JSON_DEPTH = 64;

/** Deepest `[`/`{` nesting of JSON text, strings skipped; stops counting once past `limit`. */
export function jsonDepth(text: Buffer, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

class BodyTooDeep extends Error {
  readonly type = "entity.too.deep";
  readonly status = 400;
  constructor(readonly limit: number) {
    super(`The JSON body is nested more than ${limit} levels deep`);
  }
}

/**
 * express.json with a nesting limit checked on the raw bytes before JSON.parse, so a body of 100,000 `[` or
 * objects 5,000 deep is a 400 and never reaches the parser's or zod's recursion (which would overflow the stack).
 */
export function jsonBody(options: { limit: string; maxDepth?: number }): RequestHandler {
  const maxDepth = options.maxDepth ?? MAX_JSON_DEPTH;
  return express.json({
    limit: options.limit,
    verify: (_req, _res, buffer) => {
      if (jsonDepth(buffer, maxDepth) > maxDepth) throw new BodyTooDeep(maxDepth);
    },
  });
}
