// Validate the seed data without a database: `npx tsx seed/check.ts` (also run by the unit tests).
import { checkDataset, readDataset } from "./dataset";
import { honestySummary } from "./honesty";

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
const honesty = honestySummary(dataset);
console.log(
  `basis: ${Object.entries(honesty.byBasis)
    .map(([b, n]) => `${b}=${n}`)
    .join(" ")} | ` +
    `claims with citations: ${honesty.claims} on ${honesty.claimedProperties} properties | ` +
    `placeholder dates: ${honesty.placeholderDates} | undated: ${honesty.undated} | notes that contradict their basis: ${honesty.contradictingNotes}`,
);
for (const problem of problems) console.log(`PROBLEM ${problem}`);
process.exit(problems.length ? 1 : 0);
