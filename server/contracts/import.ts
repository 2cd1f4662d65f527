import { z } from "zod";

/** What a file can hold; `graph` = nodes and links in the ChainAtlas JSON format (JSON files only). */
export const IMPORT_ENTITIES = [
  "organisations",
  "technologies",
  "capabilities",
  "collaborations",
  "supply-links",
  "segments",
  "memberships",
  "projects",
  "problems",
  "graph",
] as const;
export const ImportEntity = z.enum(IMPORT_ENTITIES);
export type ImportEntity = z.infer<typeof ImportEntity>;

export const ENCODINGS = ["auto", "utf-8", "gb18030", "utf-16le"] as const;
export const Encoding = z.enum(ENCODINGS);

export const FieldType = z.enum(["string", "integer", "number", "boolean", "date", "list", "enum", "ref", "refs"]);

export const FieldSpec = z.object({
  key: z.string(),
  zh: z.string(),
  en: z.string(),
  required: z.boolean(),
  type: FieldType,
  /** Allowed values (enum), with Chinese synonyms accepted on import. */
  values: z.array(z.string()).optional(),
  /** Node kinds a reference may point to (ref/refs). */
  refKinds: z.array(z.string()).optional(),
  /** Numbers: the allowed range (the rule error messages and the template's notes state). */
  min: z.number().optional(),
  max: z.number().optional(),
  descriptionZh: z.string(),
  descriptionEn: z.string(),
  example: z.string(),
});
export type FieldSpec = z.infer<typeof FieldSpec>;

export const EntitySpec = z.object({
  key: ImportEntity,
  zh: z.string(),
  en: z.string(),
  descriptionZh: z.string(),
  descriptionEn: z.string(),
  fields: z.array(FieldSpec),
});
export type EntitySpec = z.infer<typeof EntitySpec>;
export const EntitiesResponse = z.object({ entities: z.array(EntitySpec), maxBytes: z.number() });

export const TemplateParams = z.object({ entity: ImportEntity.exclude(["graph"]) }).strict();
export const TemplateQuery = z
  .object({ format: z.enum(["csv", "xlsx"]).default("csv"), lang: z.enum(["zh", "en"]).default("zh") })
  .strict();

export const UploadQuery = z
  .object({ file: z.string().trim().min(1).max(200).describe("Original file name (shown in provenance)") })
  .strict();
export const UploadParams = z.object({ uploadId: z.string().regex(/^upl_[a-z0-9]{10,40}$/) }).strict();

export const UploadResponse = z.object({
  uploadId: z.string(),
  file: z.string(),
  size: z.number(),
  format: z.enum(["csv", "xlsx", "json"]),
  /** Detected text encoding (CSV/JSON). */
  encoding: z.string().nullable(),
  sheets: z.array(z.string()),
  headers: z.array(z.string()),
  /** Best-matching entity for these headers (null = could not tell). */
  entity: ImportEntity.nullable(),
  /** Per column: the field it maps to (null = ignored). */
  mapping: z.array(z.string().nullable()),
});
export type UploadResponse = z.infer<typeof UploadResponse>;

/** A column maps to a field key, `prop:<name>` (a custom property), or null (ignored). */
export const ImportOptions = z
  .object({
    entity: ImportEntity,
    encoding: Encoding.default("auto"),
    sheet: z.string().max(100).optional(),
    mapping: z.array(z.string().max(80).nullable()).max(500).optional(),
  })
  .strict();
export type ImportOptions = z.infer<typeof ImportOptions>;

export const ERROR_REASONS = [
  "file",
  "missing_column",
  "missing_required",
  "bad_type",
  "bad_value",
  "unknown_reference",
  "ambiguous_reference",
  "wrong_kind",
  "duplicate_id",
  "kind_conflict",
] as const;

export const RowError = z.object({
  /** Row in the file as a spreadsheet numbers it (header = 1); 0 = the whole file. */
  row: z.number(),
  /** The file's column header (or field name), null for whole-row/file problems. */
  column: z.string().nullable(),
  reason: z.enum(ERROR_REASONS),
  /** The template field the cell is read as (the client states its rule in the page's language). */
  field: z.string().optional(),
  message: z.string(),
  value: z.string().optional(),
});
export type RowError = z.infer<typeof RowError>;

export const RowStatus = z.enum(["new", "updated", "unchanged", "error"]);
export const PreviewRow = z.object({
  row: z.number(),
  status: RowStatus,
  /** Node or link ids this row writes. */
  ids: z.array(z.string()),
  name: z.string().nullable(),
  changes: z.array(z.object({ id: z.string(), field: z.string(), before: z.unknown(), after: z.unknown() })),
});
export type PreviewRow = z.infer<typeof PreviewRow>;

export const Summary = z.object({
  rows: z.number(),
  new: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  errors: z.number(),
});
export type Summary = z.infer<typeof Summary>;

export const PreviewResponse = z.object({
  uploadId: z.string(),
  file: z.string(),
  entity: ImportEntity,
  encoding: z.string().nullable(),
  headers: z.array(z.string()),
  mapping: z.array(z.string().nullable()),
  ignoredColumns: z.array(z.string()),
  summary: Summary,
  /** Rows for the preview table (errors first, then changes; capped — see `truncated`). */
  rows: z.array(PreviewRow),
  errors: z.array(RowError),
  truncated: z.boolean(),
});
export type PreviewResponse = z.infer<typeof PreviewResponse>;

export const ApplyResponse = z.object({
  importId: z.string(),
  auditId: z.string(),
  file: z.string(),
  entity: ImportEntity,
  summary: Summary,
  /** Node ids created by this import (first 100), for "show in explorer". */
  created: z.array(z.string()),
});
export type ApplyResponse = z.infer<typeof ApplyResponse>;

export const ProgressResponse = z.object({
  phase: z.enum(["idle", "reading", "resolving", "comparing", "writing", "done", "failed"]),
  done: z.number(),
  total: z.number(),
});
export type ProgressResponse = z.infer<typeof ProgressResponse>;
