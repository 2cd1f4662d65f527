// npm run bench:ingest — document ingestion figures (issue 16). Prints; asserts nothing.
// (1) Quality on the reply (株科办〔2025〕37号) against the seed's reply-sourced nodes and links (curated by hand):
//     known-entity precision/recall, link precision/recall overall and by type. (2) Speed: ms per 10k characters
//     and for a 100k-character document (the reply repeated), dictionary built from the whole seed.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { readDataset, REPLY_FILE } from "../seed/dataset";
import { buildDictionary } from "../server/domain/extract/dictionary";
import { extract } from "../server/domain/extract/extract";
import path from "node:path";
import { evaluate, evaluateGold, type Gold } from "./ingest-eval";
import { fmt, stats } from "./lib";

const dataset = readDataset();
const reply = fs.readFileSync(REPLY_FILE, "utf8");
const sha = createHash("sha256").update(reply).digest("hex");
let started = performance.now();
const dict = buildDictionary(dataset.nodes);
const dictMs = performance.now() - started;
const result = evaluate(extract(reply, dict, sha), dataset, reply);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

console.log(`dictionary: ${dataset.nodes.length} nodes, ${dict.entries.length} forms, built in ${fmt(dictMs)} ms`);
console.log(`\nreply (${reply.length} chars) vs the seed's reply-sourced facts`);
const e = result.entities;
console.log(
  `  known entities  precision ${pct(e.precision)} (${e.correct}/${e.predicted})  recall ${pct(e.recall)} (${e.correct}/${e.gold})`,
);
if (e.missed.length) console.log(`    missed: ${e.missed.join(", ")}`);
if (e.wrong.length) console.log(`    not in gold: ${e.wrong.join(", ")}`);
const n = result.namedEntities;
console.log(
  `  of them named verbatim in the reply (name/nameEn/alias): recall ${pct(n.recall)} (${n.correct}/${n.gold})${n.missed.length ? `, missed ${n.missed.join(", ")}` : ""}`,
);
console.log(`  new-entity candidates: ${result.candidates.count} mentions, ${result.candidates.distinct} distinct`);
const l = result.links;
console.log(
  `  links           precision ${pct(l.precision)} (${l.correct}/${l.predicted})  recall ${pct(l.recall)} (${l.correct}/${l.gold})`,
);
for (const [type, s] of Object.entries(result.byType)) {
  console.log(
    `    ${type.padEnd(18)} precision ${pct(s.precision).padStart(6)} (${s.correct}/${s.predicted})  recall ${pct(s.recall).padStart(6)} (${s.correct}/${s.gold})`,
  );
}

// (1b) The texts written from the fact sheet, against their hand-labelled readings (tests/fixtures/documents).
const FIXTURES = path.join(import.meta.dirname, "../tests/fixtures/documents");
for (const name of ["collaborations-digest", "chain-bulletin"]) {
  const text = fs.readFileSync(path.join(FIXTURES, `${name}.txt`), "utf8");
  const gold = JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.gold.json`), "utf8")) as Gold;
  const g = evaluateGold(extract(text, dict, sha), gold);
  console.log(`\n${name}.txt (${text.length} chars) vs its hand-labelled reading`);
  console.log(
    `  known entities  precision ${pct(g.entities.precision)} (${g.entities.correct}/${g.entities.predicted})  recall ${pct(g.entities.recall)} (${g.entities.correct}/${g.entities.gold})`,
  );
  if (g.entities.missed.length) console.log(`    missed: ${g.entities.missed.join(", ")}`);
  if (g.entities.wrong.length) console.log(`    not in gold: ${g.entities.wrong.join(", ")}`);
  console.log(
    `  links           precision ${pct(g.links.precision)} (${g.links.correct}/${g.links.predicted})  recall ${pct(g.links.recall)} (${g.links.correct}/${g.links.gold})`,
  );
  for (const [type, s] of Object.entries(g.byType)) {
    console.log(
      `    ${type.padEnd(18)} precision ${pct(s.precision).padStart(6)} (${s.correct}/${s.predicted})  recall ${pct(s.recall).padStart(6)} (${s.correct}/${s.gold})`,
    );
  }
  if (g.links.missed.length) console.log(`    missed: ${g.links.missed.join("; ")}`);
  if (g.links.wrong.length) console.log(`    not in gold: ${g.links.wrong.join("; ")}`);
}

function timeOf(text: string, runs: number) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    started = performance.now();
    extract(text, dict, sha);
    samples.push(performance.now() - started);
  }
  return stats(samples);
}
timeOf(reply, 3); // warm-up
const big = reply.repeat(Math.ceil(100_000 / reply.length)).slice(0, 100_000);
const small = timeOf(reply, 20);
const large = timeOf(big, 5);
console.log(`\nspeed (median of runs)`);
console.log(
  `  reply ${reply.length} chars: ${fmt(small.median)} ms → ${fmt((small.median * 10_000) / reply.length)} ms per 10k chars`,
);
console.log(
  `  100k chars: ${fmt(large.median)} ms (p95 ${fmt(large.p95)} ms) → ${fmt(large.median / 10)} ms per 10k chars (target < 2000 ms)`,
);
