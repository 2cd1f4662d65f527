// Validate the seed data without a database: `npx tsx seed/check.ts` (also run by the unit tests).
import { checkDataset, readDataset } from "./dataset";

const dataset = readDataset();
const problems = checkDataset(dataset);
const count = (kind: string) => dataset.nodes.filter((n) => n.kind === kind).length;
const bySource = (source: string) =>
  [...dataset.nodes, ...dataset.links].filter((x) => x.prov.source === source).length;
console.log(
  `nodes=${dataset.nodes.length} links=${dataset.links.length} ` +
    `chains=${count("Chain")} segments=${count("Segment")} technologies=${count("Technology")} ` +
    `reply=${bySource("reply")} public=${bySource("public")} illustrative=${bySource("illustrative")}`,
);
for (const problem of problems) console.log(`PROBLEM ${problem}`);
process.exit(problems.length ? 1 : 0);
