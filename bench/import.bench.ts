// npm run bench:import [-- --rows 50000] — import throughput in the `bench` instance (never your data).
// Prints figures; asserts nothing. Organisations, then capabilities referencing them by name, each as one
// transaction: dry run, apply, and the idempotent re-import.
import { parseArgs } from "node:util";
import { coreServices } from "../server/app";
import { DEFAULT_SECURITY } from "../server/config/security";
import { loadSeed } from "../seed/load";
import { benchInstance } from "./lib";

const { values } = parseArgs({ options: { rows: { type: "string", default: "50000" } } });
const rows = Number(values.rows);
const actor = { username: "bench", role: "admin" as const, via: "cli" as const };

const orgCsv = [
  "编号,类型,名称,别名,区县,是否本地,成立年份",
  ...Array.from(
    { length: rows },
    (_, i) =>
      `ent:bench-${i},企业,株洲基准测试企业${i}有限公司,基准${i},天元区,${i % 3 ? "是" : "否"},${1990 + (i % 35)}`,
  ),
].join("\n");
const techs = ["tech:igbt", "tech:power-semi", "tech:igct", "tech:sic"];
const capCsv = [
  "组织,技术领域,能力等级,依据",
  ...Array.from(
    { length: rows },
    (_, i) => `株洲基准测试企业${i}有限公司,${techs[i % techs.length]},${1 + (i % 3)},样品`,
  ),
].join("\n");

const { local, db } = await benchInstance("bench", { reset: true });
try {
  await loadSeed(db);
  const { imports } = coreServices(db, { ...DEFAULT_SECURITY, importTimeoutMs: 900_000 });
  for (const [label, csv, entity] of [
    ["organisations", orgCsv, "organisations"],
    ["capabilities", capCsv, "capabilities"],
  ] as const) {
    const bytes = new TextEncoder().encode(csv);
    const options = { entity, encoding: "auto" as const };
    let started = performance.now();
    const { plan } = await imports.previewBytes(bytes, `${label}.csv`, options, "bench");
    const dry = performance.now() - started;
    started = performance.now();
    const applied = await imports.applyBytes(bytes, `${label}.csv`, options, actor).catch((error: Error) => {
      console.log(
        `${label}: ${rows} rows (${(bytes.length / 1048576).toFixed(1)} MB) dry run ${(dry / 1000).toFixed(1)} s; apply refused after ${((performance.now() - started) / 1000).toFixed(1)} s: ${error.message}`,
      );
      return null;
    });
    if (!applied) continue;
    const apply = performance.now() - started;
    started = performance.now();
    const again = await imports.applyBytes(bytes, `${label}.csv`, options, actor);
    const reimport = performance.now() - started;
    const mb = (bytes.length / 1048576).toFixed(1);
    console.log(
      `${label}: ${rows} rows (${mb} MB)  dry run ${(dry / 1000).toFixed(1)} s (${plan.summary.new} new)  apply ${(apply / 1000).toFixed(1)} s (${applied.summary.new} new, ${Math.round(rows / (apply / 1000))} rows/s)  re-import ${(reimport / 1000).toFixed(1)} s (${again.summary.unchanged} unchanged)`,
    );
  }
} finally {
  await db.close();
  await local.stop();
}
