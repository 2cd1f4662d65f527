// npm run import -- FILE [--entity E] [--dry-run] [--encoding auto|utf-8|gb18030|utf-16le] [--sheet NAME] [--map "列名=field" ...]
// Imports into the app's database (attaching to the running managed Neo4j like `npm run seed`): a dry run
// prints the preview; otherwise the file is checked whole, written staged in batches of IMPORT_BATCH_ROWS and
// made live by one commit (nothing is written if any row fails; decision 039).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { coreServices } from "../app";
import { DEFAULT_SECURITY } from "../config/security";
import { ImportOptions, type ProgressResponse, type RowError } from "../contracts/import";
import { applySchema } from "../db/schema";
import { DomainError } from "../contracts/errors";
import { readImportFile } from "../features/import/parse/read-file";
import { suggestEntity } from "../features/import/mapping";
import { withDatabase } from "./with-database";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    entity: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    encoding: { type: "string", default: "auto" },
    sheet: { type: "string" },
    map: { type: "string", multiple: true, default: [] },
  },
});
const file = positionals[0];
if (!file || !fs.existsSync(file)) {
  console.error(
    'usage: npm run import -- FILE [--entity organisations|technologies|capabilities|collaborations|supply-links|segments|memberships|projects|problems|graph] [--dry-run] [--encoding auto|utf-8|gb18030|utf-16le] [--sheet NAME] [--map "列名=field"]',
  );
  process.exit(2);
}

const bar = (p: ProgressResponse) => {
  const width = 30;
  const share = p.total ? Math.min(1, p.done / p.total) : 0;
  process.stderr.write(
    `\r  ${p.phase.padEnd(9)} [${"#".repeat(Math.round(share * width)).padEnd(width)}] ${p.done}/${p.total}   `,
  );
};
const printErrors = (errors: RowError[]) => {
  for (const e of errors.slice(0, 50))
    console.log(`  row ${e.row}${e.column ? `, ${e.column}` : ""}: ${e.reason} — ${e.message}`);
  if (errors.length > 50) console.log(`  … and ${errors.length - 50} more`);
};

await withDatabase(async (db, env) => {
  await applySchema(db); // idempotent; a fresh instance has none yet
  const bytes = new Uint8Array(fs.readFileSync(file));
  const maxBytes = env.IMPORT_MAX_MB * 1024 * 1024;
  if (bytes.length > maxBytes)
    throw new Error(
      `${file} is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${env.IMPORT_MAX_MB} MB (IMPORT_MAX_MB)`,
    );
  const name = path.basename(file);
  const read = await readImportFile(bytes, name, { encoding: values.encoding as "auto", sheet: values.sheet });
  const entity = values.entity ?? (read.graph ? "graph" : suggestEntity(read.table.headers));
  if (!entity)
    throw new Error(
      `Cannot tell what ${name} holds from its columns (${read.table.headers.join(", ")}); pass --entity`,
    );
  const mapping = values.map.length
    ? read.table.headers.map(
        (header) => values.map.map((m) => m.split("=")).find(([from]) => from === header)?.[1] ?? null,
      )
    : undefined;
  const options = ImportOptions.parse({ entity, encoding: values.encoding, sheet: values.sheet, mapping });
  const actor = { username: `cli:${os.userInfo().username}`, role: "admin" as const, via: "cli" as const };
  const { imports } = coreServices(db, {
    ...DEFAULT_SECURITY,
    importTimeoutMs: env.IMPORT_TIMEOUT_MS,
    importBatchRows: env.IMPORT_BATCH_ROWS,
  });
  // An import killed earlier leaves staged rows (discarded) or a committed flip (completed): settle it first.
  await imports.recover((line) => console.log(line));
  console.log(
    `${name}: ${read.format}${read.encoding ? ` (${read.encoding})` : ""}, ${read.table.rows.length || (read.graph ? read.graph.nodes.length + read.graph.links.length : 0)} rows, entity ${entity}`,
  );
  try {
    if (values["dry-run"]) {
      const { plan } = await imports.previewBytes(bytes, name, options, actor.username, bar);
      process.stderr.write("\n");
      console.log(
        `dry run — nothing written: ${plan.summary.new} new, ${plan.summary.updated} updated, ${plan.summary.unchanged} unchanged, ${plan.summary.errors} rows with errors`,
      );
      printErrors(plan.errors);
      if (plan.errors.length) process.exitCode = 1;
      return;
    }
    const result = await imports.applyBytes(bytes, name, options, actor, bar);
    process.stderr.write("\n");
    console.log(
      `imported ${result.importId}: ${result.summary.new} new, ${result.summary.updated} updated, ${result.summary.unchanged} unchanged (audit ${result.auditId})`,
    );
  } catch (error) {
    process.stderr.write("\n");
    if (error instanceof DomainError && Array.isArray(error.params?.errors)) {
      console.log(error.message);
      printErrors(error.params.errors as RowError[]);
      throw new Error("import refused; the database is unchanged", { cause: error });
    }
    throw error;
  }
});
