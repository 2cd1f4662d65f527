import fs from "node:fs";
import path from "node:path";
import { CYPHER_DIR } from "../../../server/db/query";

/** Every statement file under cypher/ as "dir/name" (no extension); schema files and the query library are not statements. */
export function statementFiles(dir = CYPHER_DIR, prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory())
      return ["schema", "queries"].includes(rel) ? [] : statementFiles(path.join(dir, entry.name), rel);
    return entry.name.endsWith(".cypher") ? [rel.replace(/\.cypher$/, "")] : [];
  });
}
