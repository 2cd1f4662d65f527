import { z } from "zod";
import { ORG_KINDS } from "../../contracts/model";
import { isCalendarDate } from "../../contracts/common";
import type { ParamSpec } from "../../contracts/queries";
import { DomainError } from "../../contracts/errors";

// Typed parameter values for a query with declared parameters (shipped or saved). Values always reach Neo4j
// as Cypher parameters, never as text; here they are checked against their declared type first.

const NUMERIC = /^-?\d+(\.\d+)?$/;
const ID = /^[^\s/]{1,200}$/;

function baseSchema(spec: ParamSpec): z.ZodType {
  const number = z.preprocess((v) => (typeof v === "string" && NUMERIC.test(v.trim()) ? Number(v) : v), z.number());
  switch (spec.type) {
    case "int": {
      let schema = z.number().int();
      if (spec.min !== undefined) schema = schema.min(spec.min);
      if (spec.max !== undefined) schema = schema.max(spec.max);
      return z.preprocess((v) => (typeof v === "string" && NUMERIC.test(v.trim()) ? Number(v) : v), schema);
    }
    case "float": {
      let schema = z.number();
      if (spec.min !== undefined) schema = schema.min(spec.min);
      if (spec.max !== undefined) schema = schema.max(spec.max);
      return number.pipe(schema);
    }
    case "bool":
      return z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean());
    case "date":
      return z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date YYYY-MM-DD")
        .refine(isCalendarDate, "not a real calendar date");
    case "string":
      return spec.options ? z.enum(spec.options as [string, ...string[]]) : z.string().max(500);
    default:
      return z.string().regex(ID, "expected a node id");
  }
}

export const invalidParam = (name: string, message: string) =>
  new DomainError("invalid", "INVALID_PARAMETER", `Invalid parameter '${name}': ${message}`, { param: name });

/** Fill defaults, coerce share-link strings, refuse unknown or ill-typed values (400 naming the parameter). */
export function parseParamValues(specs: ParamSpec[], raw: Record<string, unknown>): Record<string, unknown> {
  for (const name of Object.keys(raw))
    if (!specs.some((s) => s.name === name)) throw invalidParam(name, "this query has no such parameter");
  const values: Record<string, unknown> = {};
  for (const spec of specs) {
    let value = raw[spec.name];
    if (value === undefined) value = spec.default;
    if (value === "" || value === null) {
      if (!spec.optional) throw invalidParam(spec.name, "a value is required");
      values[spec.name] = null;
      continue;
    }
    const parsed = baseSchema(spec).safeParse(value);
    if (!parsed.success) throw invalidParam(spec.name, parsed.error.issues[0]?.message ?? "invalid value");
    values[spec.name] = parsed.data;
  }
  return values;
}

const KINDS_FOR: Partial<Record<ParamSpec["type"], readonly string[]>> = {
  orgId: ORG_KINDS,
  techId: ["Technology"],
  chainId: ["Chain"],
  segmentId: ["Segment"],
  problemId: ["Problem"],
  policyId: ["Policy"],
};

/** Id-typed parameters that have a value: what to look up in the database. */
export function idParams(specs: ParamSpec[], values: Record<string, unknown>): string[] {
  return specs
    .filter((s) => KINDS_FOR[s.type] && typeof values[s.name] === "string")
    .map((s) => values[s.name] as string);
}

/** Every id names a node of the right kind; a segment lies in the chain its picker depends on. */
export function checkIdKinds(
  specs: ParamSpec[],
  values: Record<string, unknown>,
  found: { id: string; kind: string; chainId: string | null }[],
): void {
  const byId = new Map(found.map((row) => [row.id, row]));
  for (const spec of specs) {
    const kinds = KINDS_FOR[spec.type];
    const value = values[spec.name];
    if (!kinds || typeof value !== "string") continue;
    const node = byId.get(value);
    if (!node) throw invalidParam(spec.name, `no node with id '${value}'`);
    if (!kinds.includes(node.kind))
      throw invalidParam(spec.name, `'${value}' is a ${node.kind}, expected ${spec.type}`);
    const dependsOn = spec.suggest?.dependsOn;
    const chain = dependsOn ? values[dependsOn] : null;
    if (typeof chain === "string" && node.chainId !== chain)
      throw invalidParam(spec.name, `'${value}' is not a segment of '${chain}'`);
  }
}
