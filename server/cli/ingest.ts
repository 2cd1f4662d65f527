// npm run --silent ingest -- FILE [--dry-run] [--min-confidence 0.9]
// Reads a document (TXT in UTF-8 or GBK) against the app's graph and prints its proposals as JSON on stdout.
// --dry-run writes nothing. Otherwise the document is stored and the links between existing nodes with a
// confidence ≥ --min-confidence are applied in one audited transaction (provenance `document`); the JSON then
// also holds what was applied. Progress and errors go to stderr.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { coreServices } from "../app";
import { applySchema } from "../db/schema";
import type { Extraction } from "../domain/extract/types";
import { documentsRepo } from "../features/documents/documents.repo";
import { documentsService } from "../features/documents/documents.service";
import { DOCUMENT_MAX_BYTES } from "../features/documents/read-upload";
import { DomainError } from "../contracts/errors";
import { withDatabase } from "./with-database";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "dry-run": { type: "boolean", default: false }, "min-confidence": { type: "string", default: "0.9" } },
});
const file = positionals[0];
const min = Number(values["min-confidence"]);
if (!file || !fs.existsSync(file) || !(min >= 0 && min <= 1)) {
  console.error(
    "usage: npm run --silent ingest -- FILE [--dry-run] [--min-confidence 0.9]   (FILE: .txt in UTF-8 or GBK, ≤ 5 MB)",
  );
  process.exit(2);
}

/** The JSON shape: what a script needs, without the review bookkeeping. */
function printable(x: Extraction) {
  const { sha256, chars, title, number, date, issuer } = x.document;
  return {
    document: {
      sha256,
      chars,
      ...(title ? { title } : {}),
      ...(number ? { number } : {}),
      ...(date ? { date } : {}),
      ...(issuer ? { issuer } : {}),
    },
    entities: x.entities.map((e) => ({
      id: e.id,
      text: e.text,
      start: e.start,
      end: e.end,
      kind: e.kind,
      match: e.match,
      quote: e.quote,
      confidence: e.confidence,
      reason: e.reason,
      ...(e.close ? { close: e.close } : {}),
    })),
    links: x.links.map((l) => ({
      id: l.id,
      type: l.type,
      source: { text: l.source.text, id: l.source.id },
      target: { text: l.target.text, id: l.target.id },
      quote: l.quote,
      start: l.start,
      end: l.end,
      inferred: l.inferred,
      confidence: l.confidence,
      reason: l.reason,
    })),
    problems: x.problems.map(({ key: _key, ...p }) => p),
  };
}

await withDatabase(async (db, env) => {
  await applySchema(db);
  const bytes = new Uint8Array(fs.readFileSync(file));
  if (bytes.length > DOCUMENT_MAX_BYTES)
    throw new Error(`${file} is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is 5 MB`);
  const upload = { kind: "file" as const, bytes, file: path.basename(file) };
  const { audit } = coreServices(db);
  const documents = documentsService({ repo: documentsRepo(db), audit, timeoutMs: env.IMPORT_TIMEOUT_MS });
  try {
    const { extraction, existing } = await documents.preview(upload);
    if (values["dry-run"]) {
      process.stdout.write(
        `${JSON.stringify({ dryRun: true, ...printable(extraction), ...(existing ? { existingDocument: existing.id } : {}) }, null, 2)}\n`,
      );
      return;
    }
    const { document } = await documents.ingest(upload, `cli:${os.userInfo().username}`);
    const { links } = await documents.proposals(document.id);
    const accept = links.filter((l) => l.source.id && l.target.id && l.confidence >= min).map((l) => l.id);
    const actor = { username: `cli:${os.userInfo().username}`, role: "analyst" as const, via: "cli" as const };
    const applied = await documents.apply(document.id, { accept, reject: [], edits: [] }, actor, {
      method: "CLI",
      path: "npm run ingest",
    });
    process.stdout.write(
      `${JSON.stringify({ documentId: document.id, minConfidence: min, ...printable(extraction), applied }, null, 2)}\n`,
    );
  } catch (error) {
    if (error instanceof DomainError) throw new Error(`${error.code}: ${error.message}`, { cause: error });
    throw error;
  }
});
