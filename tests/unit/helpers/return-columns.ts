/** The column names of a statement's final RETURN (test helper: `AS name`, or the last part of `x.name`). */
export function resultColumns(statement: string): string[] {
  const body = statement
    .split("\n")
    .filter((l) => !l.trim().startsWith("//"))
    .join("\n");
  const tail = body.slice(body.lastIndexOf("RETURN") + 6).split(/\n(?:ORDER BY|LIMIT|UNION)/)[0]!;
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of tail) {
    if ("([{".includes(ch)) depth++;
    if (")]}".includes(ch)) depth--;
    if (ch === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).map((p) => /\bAS\s+([A-Za-z_]\w*)\s*$/.exec(p)?.[1] ?? p.split(".").pop()!.trim());
}
