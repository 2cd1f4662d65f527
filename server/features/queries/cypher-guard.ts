import { lineColumn, tokenize, type Token } from "../../contracts/cypher-lexer";

// First of three safety layers for analysts' Cypher (then EXPLAIN must say queryType "r", then the query
// runs in a READ transaction). This one refuses what EXPLAIN cannot see as a write: LOAD CSV and outside-
// reaching procedures plan as reads, USE switches databases, IN TRANSACTIONS commits on its own. It also
// refuses write clauses outright so the message names the keyword. It works on tokens, so keywords inside
// strings, comments or `quoted identifiers` never count.

export type RefusalReason = "write-clause" | "load-csv" | "use" | "in-transactions" | "multiple-statements" | "procedure" | "function";

export interface Refusal {
  reason: RefusalReason;
  keyword: string;
  line: number;
  column: number;
}

const WRITE_WORDS = new Set([
  "CREATE", "MERGE", "SET", "DELETE", "REMOVE", "DETACH", "DROP", "FOREACH", "INSERT",
  "GRANT", "DENY", "REVOKE", "ALTER", "RENAME", "TERMINATE", "DEALLOCATE", "REALLOCATE",
]);

/** Read-only procedures an analyst may CALL (schema introspection, full-text search, the server version). */
export const ALLOWED_PROCEDURES = new Set([
  "db.labels", "db.relationshiptypes", "db.propertykeys", "db.index.fulltext.querynodes",
  "db.index.fulltext.queryrelationships", "db.schema.visualization", "db.schema.nodetypeproperties",
  "db.schema.reltypeproperties", "dbms.components",
]);

/** Namespaces of Neo4j's built-in functions; any other namespaced function (apoc.*, gds.*) is a plugin. */
const FUNCTION_NAMESPACES = new Set(["db", "point", "date", "datetime", "localdatetime", "localtime", "time", "duration", "vector"]);

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

export function guardCypher(text: string): Refusal | null {
  const tokens = tokenize(text);
  const refuse = (reason: RefusalReason, token: Token, keyword = token.text): Refusal => ({ reason, keyword, ...lineColumn(text, token.offset) });
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isPunct(token, ";") && i < tokens.length - 1) return refuse("multiple-statements", token, ";");
    if (token.kind !== "word" || !asKeyword(tokens, i)) continue;
    const upper = token.text.toUpperCase();
    if (WRITE_WORDS.has(upper)) return refuse("write-clause", token, upper);
    if (upper === "LOAD") return refuse("load-csv", token, "LOAD CSV");
    if (upper === "USE") return refuse("use", token, "USE");
    if (upper === "TRANSACTIONS") return refuse("in-transactions", token, "IN TRANSACTIONS");
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
