import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { statementFiles } from "./helpers/statement-files";
import { CYPHER_DIR, stripComments } from "../../server/db/query";
import { searchTextOf, searchTextSet } from "../../server/shared/search-text";

// Decision 043: an entity's derived search text (`_search`) must never drift from its names. Every statement in
// cypher/ that writes a node's whole property map or its name, nameEn or aliases must end that write with the
// one definition, verbatim (searchTextSet). A new writer that forgets it fails here. Writes to nodes that are
// never :Entity are listed below, each with the reason.
const NOT_ENTITY: Record<string, Record<string, string>> = {
  "documents/create": { d: "a :Document (ingested text, never an :Entity)" },
  "import/stage-nodes": { s: "a staged side node (:_ImportNode, no :Entity); the flip computes the text" },
  "import/stage-links": { s: "a staged side node for a link (:_ImportLink), never an :Entity" },
  "migrate/replace-props": { n: "bookkeeping nodes (:User, :Session, :ApiToken, :AuditEntry) being sealed" },
  "saved-queries/create": { v: "a :QueryVersion of an analyst's saved query" },
  "saved-queries/add-version": { v: "a :QueryVersion of an analyst's saved query" },
};

const CLAUSE =
  /\b(SET|REMOVE|MATCH|OPTIONAL|WITH|WHERE|RETURN|UNWIND|CREATE|MERGE|CALL|ORDER|LIMIT|DELETE|DETACH|FOREACH|UNION|ON)\b/g;

/** Node variables a statement writes names to: `SET v = …`, `SET v += …`, `SET v.name|nameEn|aliases = …`,
 *  `REMOVE v.name…`, and `CREATE|MERGE (v:… {name: …})`; with the offset of the last such write. */
export function nameWrites(cypher: string): Map<string, number> {
  const code = stripComments(cypher);
  const found = new Map<string, number>();
  const note = (v: string, at: number) => {
    if (!rels.has(v)) found.set(v, Math.max(found.get(v) ?? 0, at));
  };
  const rels = new Set([...code.matchAll(/\[\s*([A-Za-z_]\w*)/g)].map((m) => m[1]!)); // relationship variables
  const starts = [...code.matchAll(CLAUSE)].map((m) => ({ word: m[1]!, at: m.index! }));
  starts.forEach(({ word, at }, i) => {
    const end = starts[i + 1]?.at ?? code.length;
    const body = code.slice(at + word.length, end);
    if (word === "SET") {
      for (const m of body.matchAll(/(?:^|,)\s*([A-Za-z_]\w*)\s*\+?=/g)) note(m[1]!, at);
      for (const m of body.matchAll(/(?:^|,)\s*([A-Za-z_]\w*)\.(name|nameEn|aliases)\s*=/g)) note(m[1]!, at);
    }
    if (word === "REMOVE") for (const m of body.matchAll(/([A-Za-z_]\w*)\.(name|nameEn|aliases)\b/g)) note(m[1]!, at);
    if (word === "CREATE" || word === "MERGE")
      for (const m of body.matchAll(/\(\s*([A-Za-z_]\w*)[^()]*\{[^}]*\b(name|nameEn|aliases)\s*:/g)) note(m[1]!, at);
  });
  return found;
}

describe("the derived search text (decision 043)", () => {
  it("every statement that writes an entity's names recomputes its search text after the write", () => {
    const missing: string[] = [];
    const excused = new Set<string>();
    let writers = 0;
    for (const name of statementFiles()) {
      const text = fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), "utf8");
      const code = stripComments(text);
      for (const [v, lastWrite] of nameWrites(text)) {
        if (NOT_ENTITY[name]?.[v]) {
          excused.add(`${name}:${v}`);
          continue;
        }
        const at = code.lastIndexOf(searchTextSet(v));
        if (at < lastWrite) missing.push(`${name}.cypher: ${v}`);
        else writers++;
      }
    }
    expect(missing).toEqual([]);
    const listed = Object.entries(NOT_ENTITY).flatMap(([file, vars]) => Object.keys(vars).map((v) => `${file}:${v}`));
    expect(listed.filter((entry) => !excused.has(entry))).toEqual([]); // no stale excuses
    expect(writers).toBeGreaterThanOrEqual(9); // seed, import flip, restore, documents, problems, consortia
  });

  it("finds writes of the kinds it claims to find (so the check above can fail)", () => {
    expect([...nameWrites("MATCH (n) SET n += $p RETURN n").keys()]).toEqual(["n"]);
    expect([...nameWrites("MATCH (a), (b) SET a.x = 1, b.aliases = [] RETURN a").keys()]).toEqual(["b"]);
    expect([...nameWrites("MATCH (n) WHERE n.name = $x SET n.kind = 'a' RETURN n").keys()]).toEqual([]);
    expect([...nameWrites("CREATE (p:Entity {id: $id, name: $name}) RETURN p").keys()]).toEqual(["p"]);
    expect([...nameWrites("MATCH (n) REMOVE n.nameEn").keys()]).toEqual(["n"]);
    expect([...nameWrites("MATCH (a)-[r]->(b) SET r = $props").keys()]).toEqual([]);
    const late = `MATCH (n) ${searchTextSet("n")} SET n.name = 'x'`;
    expect(stripComments(late).lastIndexOf(searchTextSet("n"))).toBeLessThan(nameWrites(late).get("n")!);
  });

  it("joins name, English name and aliases, lower-cased, one per line", () => {
    expect(searchTextOf({ name: "时代半导体", nameEn: "CRRC Times Semi", aliases: ["中车 IGBT"] })).toBe(
      "时代半导体\ncrrc times semi\n中车 igbt",
    );
    expect(searchTextOf({ name: "株洲" })).toBe("株洲\n");
  });
});
