// npm run --silent match -- --instance FILE.json [--top K]
// Prints {consortia:[{lead, members, covered, uncovered, coveredWeight, size, cost}], exact} and nothing else.
import fs from "node:fs";
import { runMatchCommand } from "./match-command";

const result = runMatchCommand(process.argv.slice(2), (file) => fs.readFileSync(file, "utf8"));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
