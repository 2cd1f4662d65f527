import { z } from "zod";
import {
  CANDIDATE_KINDS,
  Indicator,
  PROBLEM_STATUSES,
  type Problem,
  type ProblemFields,
} from "../../contracts/problems";
import { toGraphNode } from "../../shared/entity-mapper";
import type { ProblemRow } from "./problems.repo";

const Indicators = z.array(Indicator);
const optionalName = (nameEn: string | null) => (nameEn ? { nameEn } : {});

function indicatorsOf(json: unknown): Problem["indicators"] {
  if (typeof json !== "string") return [];
  try {
    const parsed = Indicators.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

const num = (v: unknown) => (typeof v === "number" ? v : null);

/** A stored problem (flat properties + its links) → the API's shape. */
export function toProblem(row: ProblemRow): Problem {
  const node = toGraphNode(row.problem);
  const p = row.problem;
  const status = PROBLEM_STATUSES.find((s) => s === p.status) ?? "open";
  return {
    id: node.id,
    name: node.name,
    ...(node.nameEn ? { nameEn: node.nameEn } : {}),
    statement: typeof p.statement === "string" ? p.statement : "",
    status,
    deadline: typeof p.deadline === "string" ? p.deadline : "",
    budget: num(p.budget),
    selfFundingRatio: num(p.selfFundingRatio),
    leadKinds: Array.isArray(p.leadKinds) ? CANDIDATE_KINDS.filter((k) => (p.leadKinds as unknown[]).includes(k)) : [],
    localOnly: p.localOnly === true,
    requireResearchMember: p.requireResearchMember === true,
    indicators: indicatorsOf(p.indicatorsJson),
    poster: row.poster
      ? { id: row.poster.id, name: row.poster.name, kind: row.poster.kind, ...optionalName(row.poster.nameEn) }
      : null,
    requires: row.requires.map((r) => ({ id: r.id, name: r.name, weight: r.weight, ...optionalName(r.nameEn) })),
    chains: row.chains.map((c) => ({ id: c.id, name: c.name, ...optionalName(c.nameEn) })),
    consortia: row.consortia,
    provenance: node.provenance,
  };
}

/** The node properties a problem form writes (nulls remove properties that were cleared). */
export function problemProps(fields: ProblemFields): Record<string, unknown> {
  return {
    kind: "Problem",
    name: fields.name,
    nameEn: fields.nameEn || null,
    statement: fields.statement,
    deadline: fields.deadline,
    budget: fields.budget,
    selfFundingRatio: fields.selfFundingRatio,
    status: fields.status,
    leadKinds: fields.leadKinds,
    localOnly: fields.localOnly,
    requireResearchMember: fields.requireResearchMember,
    indicatorsJson: JSON.stringify(fields.indicators),
  };
}
