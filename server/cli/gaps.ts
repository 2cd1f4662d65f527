// npm run --silent gaps -- --instance FILE.json
// Runs the gap rules on an instance file without a database and prints {segments:[{id, status, reasons}]}
// (JSON on stdout, nothing else). Exit 2: bad command line; exit 1: the file is unreadable or invalid — the
// message on stderr names the offending field, e.g. "orgs[2].kind".
import fs from "node:fs";
import { parseArgs } from "node:util";
import { fieldPath, GapInstance } from "../domain/gaps/instance";
import { evaluateChain, labelsOnly } from "../domain/gaps/rules";

function fail(code: 1 | 2, message: string): never {
  process.stderr.write(`gaps: ${message}\n`);
  process.exit(code);
}

let file: string | undefined;
try {
  file = parseArgs({ options: { instance: { type: "string" } }, strict: true }).values.instance;
} catch (error) {
  fail(2, `${(error as Error).message}\nusage: npm run --silent gaps -- --instance FILE.json`);
}
if (!file) fail(2, "missing --instance FILE.json\nusage: npm run --silent gaps -- --instance FILE.json");

let raw: unknown;
try {
  raw = JSON.parse(fs.readFileSync(file, "utf8"));
} catch (error) {
  fail(1, `cannot read ${file}: ${(error as Error).message}`);
}

const parsed = GapInstance.safeParse(raw);
if (!parsed.success) {
  const lines = parsed.error.issues.slice(0, 10).map((issue) => `  ${fieldPath(issue.path)}: ${issue.message}`);
  fail(1, `invalid instance ${file}:\n${lines.join("\n")}`);
}

process.stdout.write(`${JSON.stringify({ segments: labelsOnly(evaluateChain(parsed.data)) }, null, 2)}\n`);
