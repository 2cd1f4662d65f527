import { autocompletion, type CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { StreamLanguage } from "@codemirror/language";
import { cypher } from "@codemirror/legacy-modes/mode/cypher";
import { Prec } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { basicSetup } from "codemirror";
import type { SchemaResponse } from "../../../server/contracts/queries";
import { parameterNames } from "../../../server/contracts/cypher-lexer";

// CodeMirror 6 with the Cypher stream mode from @codemirror/legacy-modes and a completion source fed by
// GET /api/queries/schema: labels and relationship types after ":", property keys after ".", parameters
// after "$", keywords elsewhere. (@neo4j-cypher/codemirror 1.x is the old antlr4 stack; language-support 2
// is a pre-release — see docs/decisions/018.)

const KEYWORDS = [
  "MATCH",
  "OPTIONAL MATCH",
  "WHERE",
  "RETURN",
  "WITH",
  "ORDER BY",
  "LIMIT",
  "SKIP",
  "UNWIND",
  "DISTINCT",
  "AS",
  "AND",
  "OR",
  "NOT",
  "IN",
  "IS NULL",
  "IS NOT NULL",
  "CONTAINS",
  "STARTS WITH",
  "ENDS WITH",
  "CASE",
  "WHEN",
  "THEN",
  "ELSE",
  "END",
  "UNION",
  "CALL",
  "YIELD",
  "EXISTS",
  "COUNT",
  "COLLECT",
  "DESC",
  "ASC",
  "shortestPath",
  "count",
  "collect",
  "size",
  "coalesce",
  "toLower",
  "toString",
  "toInteger",
  "labels",
  "type",
  "nodes",
  "relationships",
  "length",
  "properties",
  "elementId",
  "sum",
  "avg",
  "min",
  "max",
  "round",
  "any",
  "all",
];

export interface CypherEditor {
  view: EditorView;
  text(): string;
  setText(text: string): void;
}

export function createCypherEditor(
  host: HTMLElement,
  options: { doc: string; onRun: () => void; onChange: () => void; schema: () => SchemaResponse | null },
): CypherEditor {
  function complete(context: CompletionContext): CompletionResult | null {
    const word = context.matchBefore(/[:.$]?[\p{L}\w]*/u);
    if (!word || (word.from === word.to && !context.explicit)) return null;
    const schema = options.schema();
    const first = word.text[0];
    const from = first === ":" || first === "." || first === "$" ? word.from + 1 : word.from;
    if (first === ":") {
      return {
        from,
        options: [
          ...(schema?.labels ?? []).map((label) => ({ label, type: "class" })),
          ...(schema?.relationshipTypes ?? []).map((label) => ({ label, type: "type" })),
        ],
      };
    }
    if (first === ".")
      return { from, options: (schema?.propertyKeys ?? []).map((label) => ({ label, type: "property" })) };
    if (first === "$")
      return {
        from,
        options: parameterNames(context.state.doc.toString()).map((label) => ({ label, type: "variable" })),
      };
    return { from, options: KEYWORDS.map((label) => ({ label, type: "keyword" })) };
  }

  // CodeMirror writes its styles into a <style> element: it carries the page's CSP nonce (see index.html).
  const nonce = document.querySelector<HTMLMetaElement>("meta[name=csp-nonce]")?.content;
  const view = new EditorView({
    parent: host,
    doc: options.doc,
    extensions: [
      nonce ? EditorView.cspNonce.of(nonce) : [],
      Prec.highest(
        keymap.of([
          {
            key: "Mod-Enter",
            run: () => {
              options.onRun();
              return true;
            },
          },
        ]),
      ),
      basicSetup,
      StreamLanguage.define(cypher),
      autocompletion({ override: [complete], activateOnTyping: true }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) options.onChange();
      }),
      EditorView.lineWrapping,
    ],
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    setText: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
  };
}
