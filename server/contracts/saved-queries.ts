import { z } from "zod";
import { queryInt } from "./common";
import { ParamSpec, QueryDetail, VIEWS } from "./queries";

// Analysts' saved queries: every save is a new version; old versions can be viewed and restored.

export const SaveQueryBody = z
  .object({
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(2000).default(""),
    text: z.string().min(1).max(20_000),
    params: z.array(ParamSpec).max(20).default([]),
    view: z.enum(VIEWS).default("table"),
    bar: z.object({ x: z.string().min(1), y: z.string().min(1) }).optional(),
    /** What changed in this version (shown in the history). */
    note: z.string().trim().max(500).default(""),
  })
  .strict();
export type SaveQueryBody = z.infer<typeof SaveQueryBody>;

export const VersionParams = z
  .object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/), n: queryInt({ min: 1 }) })
  .strict();

export const VersionSummary = z.object({ n: z.number(), savedAt: z.string(), note: z.string(), title: z.string() });
export const VersionList = z.object({ id: z.string(), current: z.number(), versions: z.array(VersionSummary) });
export type VersionList = z.infer<typeof VersionList>;

export const VersionDetail = VersionSummary.extend({
  text: z.string(),
  description: z.string(),
  params: z.array(ParamSpec),
  view: z.enum(VIEWS),
  bar: z.object({ x: z.string(), y: z.string() }).optional(),
  /** Restored versions say which version they copied. */
  restoredFrom: z.number().optional(),
});
export type VersionDetail = z.infer<typeof VersionDetail>;

export const DeleteResponse = z.object({ deleted: z.string() });

/** Soft-deleted saved queries (admin): each keeps all its versions until restored. */
export const DeletedQuery = z.object({
  id: z.string(),
  title: z.string(),
  owner: z.string().nullable(),
  deletedAt: z.string(),
  deletedBy: z.string().nullable(),
  current: z.number(),
  versions: z.number(),
});
export const DeletedQueries = z.object({ queries: z.array(DeletedQuery) });
export type DeletedQueries = z.infer<typeof DeletedQueries>;

export { QueryDetail };
