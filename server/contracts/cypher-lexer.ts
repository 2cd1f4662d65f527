// A small Cypher tokenizer (pure, shared with the client). It is not a parser: it only needs to know what
// is a comment, a string, a quoted identifier, a parameter, a word or punctuation, so the guard can look for
// clauses without being fooled by `'CREATE'` in a string or `// DELETE` in a comment.

export type TokenKind = "word" | "quoted" | "string" | "param" | "number" | "punct";

export interface Token {
  kind: TokenKind;
  /** Words keep their spelling; quoted identifiers and strings are unquoted; params drop the `$`. */
  text: string;
  /** Offset in the source text (for messages and the editor). */
  offset: number;
}

const WORD_START = /[A-Za-z_\u00C0-\uFFFF]/;
const WORD_PART = /[A-Za-z0-9_\u00C0-\uFFFF]/;

function readQuoted(source: string, start: number, quote: string): { text: string; end: number } {
  let text = "";
  let i = start + 1;
  while (i < source.length) {
    const c = source[i]!;
    if (c === "\\" && quote !== "`") {
      text += source[i + 1] ?? "";
      i += 2;
      continue;
    }
    if (c === quote) {
      if (quote === "`" && source[i + 1] === "`") {
        text += "`";
        i += 2;
        continue;
      }
      return { text, end: i + 1 };
    }
    text += c;
    i++;
  }
  return { text, end: source.length }; // unterminated: the database will report the syntax error
}

/** Tokens of a Cypher text, comments dropped. Never throws: odd input yields odd tokens, not exceptions. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "/" && source[i + 1] === "/") {
      const end = source.indexOf("\n", i);
      i = end === -1 ? source.length : end + 1;
    } else if (c === "/" && source[i + 1] === "*") {
      const end = source.indexOf("*/", i + 2);
      i = end === -1 ? source.length : end + 2;
    } else if (c === "'" || c === '"' || c === "`") {
      const { text, end } = readQuoted(source, i, c);
      tokens.push({ kind: c === "`" ? "quoted" : "string", text, offset: i });
      i = end;
    } else if (c === "$") {
      let j = i + 1;
      if (source[j] === "`") {
        const { text, end } = readQuoted(source, j, "`");
        tokens.push({ kind: "param", text, offset: i });
        i = end;
        continue;
      }
      while (j < source.length && WORD_PART.test(source[j]!)) j++;
      tokens.push({ kind: "param", text: source.slice(i + 1, j), offset: i });
      i = Math.max(j, i + 1);
    } else if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (
        j < source.length &&
        /[0-9a-fA-FxXoO._eE]/.test(source[j]!) &&
        !(source[j] === "." && source[j + 1] === ".")
      )
        j++;
      tokens.push({ kind: "number", text: source.slice(i, j), offset: i });
      i = j;
    } else if (WORD_START.test(c)) {
      let j = i + 1;
      while (j < source.length && WORD_PART.test(source[j]!)) j++;
      tokens.push({ kind: "word", text: source.slice(i, j), offset: i });
      i = j;
    } else {
      tokens.push({ kind: "punct", text: c, offset: i });
      i++;
    }
  }
  return tokens;
}

/** The `$parameters` a text uses, in order of first use (what the editor's parameter panel offers). */
export function parameterNames(source: string): string[] {
  const names: string[] = [];
  for (const token of tokenize(source))
    if (token.kind === "param" && token.text && !names.includes(token.text)) names.push(token.text);
  return names;
}

/** 1-based line and column of an offset. */
export function lineColumn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

export interface ComplexityLimits {
  /** Longest text accepted (characters). */
  maxLength: number;
  /** Deepest nesting of ( [ { accepted. */
  maxDepth: number;
}

export interface TooComplex {
  reason: "length" | "depth";
  limit: number;
  /** Where the limit was crossed (for depth: the bracket that went one level too deep). */
  offset: number;
  line: number;
  column: number;
}

/**
 * Refuse a text before the database parses it when it is too long or nests brackets too deeply (Neo4j's
 * parser can overflow its stack on deep nesting and never answer). Brackets in strings and comments do not count.
 */
export function tooComplex(source: string, limits: ComplexityLimits): TooComplex | null {
  if (source.length > limits.maxLength)
    return {
      reason: "length",
      limit: limits.maxLength,
      offset: limits.maxLength,
      ...lineColumn(source, limits.maxLength),
    };
  let depth = 0;
  for (const token of tokenize(source)) {
    if (token.kind !== "punct") continue;
    if (token.text === "(" || token.text === "[" || token.text === "{") {
      depth++;
      if (depth > limits.maxDepth)
        return { reason: "depth", limit: limits.maxDepth, offset: token.offset, ...lineColumn(source, token.offset) };
    } else if (token.text === ")" || token.text === "]" || token.text === "}") {
      depth = Math.max(0, depth - 1);
    }
  }
  return null;
}
