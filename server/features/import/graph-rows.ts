import { z } from "zod";
import { Claims, NodeId } from "../../contracts/common";
import type { RowError } from "../../contracts/import";
import { NODE_KINDS, PROVENANCE_KEYS, REL_TYPES } from "../../contracts/model";
import { ENDPOINTS } from "../../contracts/model";
import type { Props } from "./entities/types";
import type { GraphFile } from "./parse/read-file";
import type { ValidRow } from "./validate";

const Value = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.array(z.number()), z.null()]);
const PropsSchema = z.record(z.string(), Value).optional();
const SKIP = new Set<string>(["id", "kind", "name", "nameEn", "by", "claims", "checks", ...PROVENANCE_KEYS]);

const NodeSchema = z.looseObject({
  id: NodeId,
  kind: z.enum(NODE_KINDS),
  name: z.string().trim().min(1).max(300),
  nameEn: z.string().max(300).optional(),
  aliases: z.array(z.string()).optional(),
  district: z.string().optional(),
  local: z.boolean().optional(),
  props: PropsSchema,
  provenance: z.looseObject({ asOf: z.string().optional(), note: z.string().optional() }).optional(),
  /** Per-property citations (as exported); kept as they are. */
  claims: Claims.optional(),
});

const LinkSchema = z.looseObject({
  id: z.string().optional(),
  type: z.enum(REL_TYPES),
  from: z.string().min(1).optional(),
  to: z.string().min(1).optional(),
  source: z.string().min(1).optional(),
  target: z.string().min(1).optional(),
  key: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  props: PropsSchema,
});

function content(props: Record<string, unknown> | undefined, extra: Props): Props {
  const out: Props = {};
  for (const [key, value] of Object.entries(props ?? {}))
    if (!SKIP.has(key) && value !== null) out[key] = value as Props[string];
  return { ...out, ...extra };
}

function issues(error: z.ZodError, row: number, where: string): RowError[] {
  return error.issues.map(
    (issue) =>
      ({
        row,
        column: `${where}.${issue.path.join(".")}`,
        reason:
          issue.code === "invalid_type" && issue.input === undefined
            ? "missing_required"
            : issue.code === "invalid_type"
              ? "bad_type"
              : "bad_value",
        message: `${where}.${issue.path.join(".")}: ${issue.message}`,
      }) as RowError,
  );
}

/**
 * The JSON graph format (what GET /api/export?format=json writes): nodes [{id, kind, name, nameEn?, aliases?,
 * district?, local?, props?}] and links [{type, from|source, to|target, key?, props?}]. Rows are numbered
 * nodes first (1…), then links; provenance in the file is replaced by the import's.
 */
export function graphRows(graph: GraphFile): { rows: ValidRow[]; errors: RowError[] } {
  const rows: ValidRow[] = [];
  const errors: RowError[] = [];
  graph.nodes.forEach((raw, i) => {
    const parsed = NodeSchema.safeParse(raw);
    if (!parsed.success) return void errors.push(...issues(parsed.error, i + 1, `nodes[${i}]`));
    const n = parsed.data;
    const fields: Props = { name: n.name };
    if (n.nameEn) fields.nameEn = n.nameEn;
    if (n.aliases?.length) fields.aliases = n.aliases;
    if (n.district) fields.district = n.district;
    if (n.local !== undefined) fields.local = n.local;
    rows.push({
      row: i + 1,
      draft: { node: { id: n.id, kind: n.kind, name: n.name, content: content(n.props, fields) }, links: [] },
      asOf: n.provenance?.asOf,
      note: n.provenance?.note,
      ...(n.claims ? { claims: n.claims } : {}),
    });
  });
  graph.links.forEach((raw, j) => {
    const row = graph.nodes.length + j + 1;
    const parsed = LinkSchema.safeParse(raw);
    if (!parsed.success) return void errors.push(...issues(parsed.error, row, `links[${j}]`));
    const l = parsed.data;
    const from = l.from ?? l.source;
    const to = l.to ?? l.target;
    if (!from || !to)
      return void errors.push({
        row,
        column: `links[${j}]`,
        reason: "missing_required",
        message: `links[${j}] needs from and to`,
      });
    const key = l.key ?? (l.id?.includes("#") ? l.id.slice(l.id.lastIndexOf("#") + 1) : undefined);
    const ends = ENDPOINTS[l.type];
    rows.push({
      row,
      draft: {
        links: [
          {
            type: l.type,
            from: { value: from, kinds: ends.from, field: "from" },
            to: { value: to, kinds: ends.to, field: "to" },
            key,
            content: content(l.props, {}),
          },
        ],
      },
    });
  });
  return { rows, errors };
}
