// A chain "instance": everything the gap rules read, in the format of the CLI (`npm run gaps -- --instance`).
// The API builds the same shape from Neo4j, so both run one implementation of the rules. Pure: zod only.
import { z } from "zod";
import { STAGES } from "../../contracts/model";

export const GAP_ORG_KINDS = ["Enterprise", "University", "ResearchInstitute", "Platform"] as const;
/** The kinds R(S) counts (universities, institutes, platforms). */
export const GAP_RESEARCH_KINDS = ["University", "ResearchInstitute", "Platform"] as const;
export const LINK_TYPES = ["SUPPLIES", "COLLABORATES"] as const;
export type GapOrgKind = (typeof GAP_ORG_KINDS)[number];
export type LinkType = (typeof LINK_TYPES)[number];

const Id = z.string().min(1, "must be a non-empty id");

// Objects are strict so a misspelt key ("capabilites") is an error naming it instead of a silent empty list.
const Segment = z
  .object({
    id: Id,
    name: z.string().optional(),
    nameEn: z.string().optional(),
    order: z.number().finite().optional(),
    stage: z.enum(STAGES).optional(),
    techs: z.array(Id).default([]),
  })
  .strict();

const Org = z
  .object({
    id: Id,
    name: z.string().optional(),
    nameEn: z.string().optional(),
    kind: z.enum(GAP_ORG_KINDS),
    local: z.boolean(),
    segments: z.array(Id).default([]),
    capabilities: z.array(Id).default([]),
  })
  .strict();

const InstanceShape = z
  .object({
    segments: z.array(Segment),
    feeds: z.array(z.tuple([Id, Id])).default([]),
    orgs: z.array(Org).default([]),
    links: z.array(z.tuple([Id, Id, z.enum(LINK_TYPES)])).default([]),
  })
  .strict();

/** Duplicate ids and references to segments or organisations the instance does not define. */
function checkReferences(instance: z.output<typeof InstanceShape>, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  const segmentIds = new Set<string>();
  instance.segments.forEach((segment, i) => {
    if (segmentIds.has(segment.id)) issue(["segments", i, "id"], `duplicate segment id '${segment.id}'`);
    segmentIds.add(segment.id);
  });
  instance.feeds.forEach((pair, i) =>
    pair.forEach((id, end) => {
      if (!segmentIds.has(id)) issue(["feeds", i, end], `unknown segment '${id}'`);
    }),
  );
  const orgIds = new Set<string>();
  instance.orgs.forEach((org, i) => {
    if (orgIds.has(org.id)) issue(["orgs", i, "id"], `duplicate organisation id '${org.id}'`);
    orgIds.add(org.id);
    org.segments.forEach((id, k) => {
      if (!segmentIds.has(id)) issue(["orgs", i, "segments", k], `unknown segment '${id}'`);
    });
  });
  instance.links.forEach((link, i) =>
    [link[0], link[1]].forEach((id, end) => {
      if (!orgIds.has(id)) issue(["links", i, end], `unknown organisation '${id}'`);
    }),
  );
}

export const GapInstance = InstanceShape.superRefine(checkReferences);
export type GapInstance = z.output<typeof GapInstance>;
export type GapSegment = GapInstance["segments"][number];
export type GapOrg = GapInstance["orgs"][number];
export type GapLink = GapInstance["links"][number];

/** "orgs[3].segments[0]" — the way a person would name the field in the file. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
      "",
    ) || "(root)"
  );
}
