import { lineColumn, tokenize, type Token } from "../../contracts/cypher-lexer";

// First of three safety layers for analysts' Cypher (then EXPLAIN must say queryType "r", then the query
// runs in a READ transaction). It works by ALLOW-list on tokens (keywords inside strings, comments or
// `quoted identifiers` never count):
// - the statement, each UNION branch and each subquery body must begin with a reading clause (MATCH,
//   OPTIONAL MATCH, WITH, UNWIND, RETURN, CALL) — so SHOW …, TERMINATE …, EXPLAIN/PROFILE, CYPHER options and
//   every administration command are refused wherever they start;
// - no keyword of a clause outside the reading set may appear anywhere (write clauses, LOAD CSV, USE,
//   IN TRANSACTIONS, SHOW, TERMINATE, FINISH …);
// - CALL names one of an explicit list of read procedures, or opens a subquery;
// - only Neo4j's built-in functions (no plugin namespaces); one statement.

export type RefusalReason =
  "write-clause" | "clause" | "load-csv" | "use" | "in-transactions" | "multiple-statements" | "procedure" | "function";

export interface Refusal {
  reason: RefusalReason;
  keyword: string;
  offset: number;
  line: number;
  column: number;
}

const WRITE_WORDS = new Set([
  "CREATE",
  "MERGE",
  "SET",
  "DELETE",
  "REMOVE",
  "DETACH",
  "DROP",
  "FOREACH",
  "INSERT",
  "GRANT",
  "DENY",
  "REVOKE",
  "ALTER",
  "RENAME",
  "DEALLOCATE",
  "REALLOCATE",
]);

/** Clause keywords that are not reading clauses (refused wherever they stand as a keyword). */
const OTHER_CLAUSES = new Set(["SHOW", "TERMINATE", "FINISH", "EXPLAIN", "PROFILE", "CYPHER"]);

/** What a statement, a UNION branch or a subquery body may begin with. */
const READ_STARTS = new Set(["MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CALL"]);

/** Keywords that open a subquery with `{` (its body then begins with a reading clause, or is a pattern). */
const SUBQUERY_OPENERS = new Set(["CALL", "EXISTS", "COUNT", "COLLECT"]);

/** The read procedures an analyst may CALL, and nothing else (lower case). */
export const ALLOWED_PROCEDURES = new Set([
  "db.labels",
  "db.relationshiptypes",
  "db.propertykeys",
  "db.schema.visualization",
  "db.index.fulltext.querynodes",
]);

/** Namespaces of Neo4j's built-in functions; any other namespaced function (apoc.*, gds.*) is a plugin. */
const FUNCTION_NAMESPACES = new Set([
  "db",
  "point",
  "date",
  "datetime",
  "localdatetime",
  "localtime",
  "time",
  "duration",
  "vector",
]);

const isWord = (token: Token | undefined, word?: string) =>
  token?.kind === "word" && (word === undefined || token.text.toUpperCase() === word);
const isPunct = (token: Token | undefined, text: string) => token?.kind === "punct" && token.text === text;

/** A word used as a keyword, not as `n.set`, `:Create`, `$delete` or a map key `{remove: 1}`. */
function asKeyword(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (isPunct(prev, ".") || isPunct(prev, ":")) return false;
  return !isPunct(tokens[i + 1], ":");
}

/** `a.b.c` starting at i (words or `quoted` parts): its lower-cased name and the index after it. */
function qualifiedName(tokens: Token[], i: number): { name: string; parts: number; next: number } {
  const parts: string[] = [];
  let j = i;
  while (tokens[j] && (tokens[j]!.kind === "word" || tokens[j]!.kind === "quoted")) {
    parts.push(tokens[j]!.text);
    if (!isPunct(tokens[j + 1], ".")) {
      j++;
      break;
    }
    j += 2;
  }
  return { name: parts.join(".").toLowerCase(), parts: parts.length, next: j };
}

/** The statement without a trailing `;` (Neo4j takes exactly one statement per query). */
export function withoutTrailingSemicolon(text: string): string {
  const tokens = tokenize(text);
  const last = tokens[tokens.length - 1];
  return last && isPunct(last, ";") ? text.slice(0, last.offset).trimEnd() : text;
}

/** Indexes of the tokens that begin a query part: the statement, after UNION [ALL|DISTINCT], a subquery body. */
function queryStarts(tokens: Token[]): Set<number> {
  const starts = new Set<number>(tokens.length ? [0] : []);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isWord(token, "UNION") && asKeyword(tokens, i)) {
      const next = isWord(tokens[i + 1], "ALL") || isWord(tokens[i + 1], "DISTINCT") ? i + 2 : i + 1;
      starts.add(next);
    }
    if (isPunct(token, "{")) {
      // CALL { … }, CALL (x) { … }, EXISTS { … }, COUNT { … }, COLLECT { … }; a map literal's `{` is left alone.
      let back = i - 1;
      if (isPunct(tokens[back], ")")) {
        for (let depth = 0; back >= 0; back--) {
          if (isPunct(tokens[back], ")")) depth++;
          if (isPunct(tokens[back], "(") && --depth === 0) break;
        }
        back--;
      }
      const opener = tokens[back];
      const first = tokens[i + 1];
      if (
        opener &&
        isWord(opener) &&
        SUBQUERY_OPENERS.has(opener.text.toUpperCase()) &&
        isWord(first) &&
        !isPunct(tokens[i + 2], ":")
      )
        starts.add(i + 1);
    }
  }
  return starts;
}

export function guardCypher(text: string): Refusal | null {
  const tokens = tokenize(text);
  const refuse = (reason: RefusalReason, token: Token, keyword = token.text): Refusal => ({
    reason,
    keyword,
    offset: token.offset,
    ...lineColumn(text, token.offset),
  });
  const starts = queryStarts(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isPunct(token, ";") && i < tokens.length - 1) return refuse("multiple-statements", token, ";");
    if (starts.has(i) && token.kind !== "word") return refuse("clause", token, token.text || "(empty)");
    if (token.kind !== "word" || !asKeyword(tokens, i)) continue;
    const upper = token.text.toUpperCase();
    if (WRITE_WORDS.has(upper)) return refuse("write-clause", token, upper);
    if (upper === "LOAD") return refuse("load-csv", token, "LOAD CSV");
    if (upper === "USE") return refuse("use", token, "USE");
    if (upper === "TRANSACTIONS" || upper === "TRANSACTION")
      return refuse(
        isWord(tokens[i - 1], "IN") ? "in-transactions" : "clause",
        token,
        isWord(tokens[i - 1], "IN") ? "IN TRANSACTIONS" : upper,
      );
    if (OTHER_CLAUSES.has(upper)) return refuse("clause", token, upper);
    if (starts.has(i) && !READ_STARTS.has(upper)) return refuse("clause", token, upper);
    if (upper === "CALL") {
      const next = tokens[i + 1];
      if (isPunct(next, "{") || isPunct(next, "(")) continue; // a subquery, checked token by token like the rest
      const { name } = qualifiedName(tokens, i + 1);
      if (!ALLOWED_PROCEDURES.has(name)) return refuse("procedure", next ?? token, name || "CALL");
      continue;
    }
    if (isPunct(tokens[i - 1], ".")) continue;
    const call = qualifiedName(tokens, i);
    if (call.parts > 1 && isPunct(tokens[call.next], "(") && !isWord(tokens[i - 1], "CALL")) {
      const namespace = call.name.split(".")[0]!;
      if (!FUNCTION_NAMESPACES.has(namespace)) return refuse("function", token, call.name);
    }
  }
  return null;
}
