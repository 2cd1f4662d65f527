import { z } from "zod";
import { parameterNames } from "../../contracts/cypher-lexer";
import {
  CATEGORIES,
  COLUMN_VOCABS,
  ColumnSpec,
  ParamSpec,
  PARAM_TYPES,
  SUGGEST_SOURCES,
  VIEWS,
  LocalText,
  type QueryInfo,
} from "../../contracts/queries";

// The header of a shipped query (cypher/queries/<id>.cypher): `// @key value` lines before the statement.
//
//   // @id orgs-with-tech
//   // @title.zh 掌握某项技术的单位          // @title.en Organisations with a technology
//   // @description.zh …                      // @description.en …
//   // @category capability                  // @view table | @view bar | x: name | y: orgs
//   // @param tech: techId = tech:igbt | label: 技术 / Technology
//   // @param year: int? = 2024 | min: 2000 | max: 2030      (`?` = optional, may be empty → null)
//   // @param segment: segmentId? | suggest: segments(chain)  (suggestions narrowed by the chain parameter)
//   // @param level: string = national | options: national, provincial, municipal, other
//   // @column localOrgs: 本地单位数 / Local organisations   (a result column's title, zh / en)
//   // @column stage: 环节位置 / Stage | vocab: stage         (values from a shared vocabulary, translated)
//   // @column what: 类别 / What | values: node=节点/Node, link=关系/Relationship   (the column's own values)
//
// Plain `//` comments without `@` are free text. Anything malformed is an error naming the line.

export class QueryHeaderError extends Error {}

export interface ParsedQuery extends Omit<QueryInfo, "builtin"> {
  text: string;
}

const DEFAULT_SOURCE: Partial<Record<ParamSpec["type"], ParamSpec["suggest"]>> = {
  orgId: { source: "orgs" },
  techId: { source: "techs" },
  chainId: { source: "chains" },
  segmentId: { source: "segments" },
  problemId: { source: "problems" },
  policyId: { source: "policies" },
};

const HeaderSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "must be lower-case letters, digits and -"),
    title: LocalText,
    description: LocalText,
    category: z.enum(CATEGORIES),
    view: z.enum(VIEWS),
    bar: z.object({ x: z.string().min(1), y: z.string().min(1) }).optional(),
    params: z.array(ParamSpec),
    columns: z.record(z.string(), ColumnSpec).optional(),
  })
  .strict()
  .superRefine((header, ctx) => {
    if (header.view === "bar" && !header.bar)
      ctx.addIssue({ code: "custom", path: ["view"], message: "a bar view needs `| x: <column> | y: <column>`" });
  });

/** Split `a | k: v | k2: v2` into the head and its options. */
function options(rest: string, line: number): { head: string; opts: Map<string, string> } {
  const [head = "", ...parts] = rest.split("|").map((part) => part.trim());
  const opts = new Map<string, string>();
  for (const part of parts) {
    const match = /^([a-zA-Z]+)\s*:\s*(.+)$/.exec(part);
    if (!match) throw new QueryHeaderError(`line ${line}: expected "key: value" after "|", got "${part}"`);
    opts.set(match[1]!, match[2]!.trim());
  }
  return { head, opts };
}

function typedDefault(raw: string | undefined, type: string, line: number): string | number | boolean | null {
  if (raw === undefined || raw === "" || raw === "null") return null;
  if (type === "int" || type === "float") {
    const value = Number(raw);
    if (!Number.isFinite(value) || (type === "int" && !Number.isInteger(value)))
      throw new QueryHeaderError(`line ${line}: default "${raw}" is not a${type === "int" ? "n integer" : " number"}`);
    return value;
  }
  if (type === "bool") {
    if (raw !== "true" && raw !== "false")
      throw new QueryHeaderError(`line ${line}: default "${raw}" is not true or false`);
    return raw === "true";
  }
  return raw;
}

export function parseParam(rest: string, line: number): unknown {
  const { head, opts } = options(rest, line);
  const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([A-Za-z]+)(\?)?\s*(?:=\s*(.*))?$/.exec(head);
  if (!match) throw new QueryHeaderError(`line ${line}: expected "@param name: type [= default]", got "${head}"`);
  const [, name, type = "", optional, rawDefault] = match;
  if (!(PARAM_TYPES as readonly string[]).includes(type))
    throw new QueryHeaderError(`line ${line}: unknown type "${type}" (expected ${PARAM_TYPES.join(", ")})`);
  const spec: Record<string, unknown> = {
    name,
    type,
    optional: Boolean(optional),
    default: typedDefault(rawDefault?.trim(), type, line),
  };
  if (DEFAULT_SOURCE[type as ParamSpec["type"]]) spec.suggest = DEFAULT_SOURCE[type as ParamSpec["type"]];
  for (const [key, value] of opts) {
    if (key === "label") {
      const [zh, en] = value.split("/").map((s) => s.trim());
      spec.label = { zh, en: en || zh };
    } else if (key === "suggest") {
      const suggest = /^([a-z]+)(?:\(([A-Za-z_][A-Za-z0-9_]*)\))?$/.exec(value);
      if (!suggest || !(SUGGEST_SOURCES as readonly string[]).includes(suggest[1]!))
        throw new QueryHeaderError(
          `line ${line}: suggest must be one of ${SUGGEST_SOURCES.join(", ")}, optionally with (param)`,
        );
      spec.suggest = { source: suggest[1], ...(suggest[2] ? { dependsOn: suggest[2] } : {}) };
    } else if (key === "min" || key === "max") {
      spec[key] = typedDefault(value, "float", line);
    } else if (key === "options") {
      spec.options = value
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
    } else throw new QueryHeaderError(`line ${line}: unknown option "${key}" (label, suggest, min, max, options)`);
  }
  return spec;
}

const zhEn = (value: string) => {
  const [zh = "", en = ""] = value.split("/").map((s) => s.trim());
  return { zh, en: en || zh };
};

export function parseColumn(rest: string, line: number): [string, unknown] {
  const { head, opts } = options(rest, line);
  const match = /^([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.+)$/.exec(head);
  if (!match)
    throw new QueryHeaderError(`line ${line}: expected "@column name: 中文标题 / English title", got "${head}"`);
  const spec: Record<string, unknown> = { title: zhEn(match[2]!) };
  for (const [key, value] of opts) {
    if (key === "vocab") {
      if (!(COLUMN_VOCABS as readonly string[]).includes(value))
        throw new QueryHeaderError(`line ${line}: vocab must be one of ${COLUMN_VOCABS.join(", ")}`);
      spec.vocab = value;
    } else if (key === "values") {
      const values: Record<string, unknown> = {};
      for (const pair of value
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)) {
        const eq = pair.indexOf("=");
        if (eq <= 0) throw new QueryHeaderError(`line ${line}: values are "value=中文/English", separated by commas`);
        values[pair.slice(0, eq).trim()] = zhEn(pair.slice(eq + 1));
      }
      spec.values = values;
    } else throw new QueryHeaderError(`line ${line}: unknown option "${key}" (vocab, values)`);
  }
  return [match[1]!, spec];
}

/** Every declared column must be named in the statement (a title for a column that never comes is a typo). */
export function checkColumns(columns: Record<string, unknown> | undefined, statement: string): void {
  for (const name of Object.keys(columns ?? {})) {
    if (!new RegExp(`\\b${name}\\b`).test(statement))
      throw new QueryHeaderError(`@column ${name}: the statement never returns a column of that name`);
  }
}

/** Check the parameters against the statement: declared ⇔ used, dependencies exist, defaults fit. */
export function checkParams(params: ParamSpec[], statement: string): void {
  const used = parameterNames(statement);
  const declared = params.map((p) => p.name);
  if (new Set(declared).size !== declared.length) throw new QueryHeaderError("a parameter is declared twice");
  for (const name of used)
    if (!declared.includes(name)) throw new QueryHeaderError(`$${name} is used but not declared with @param`);
  for (const name of declared)
    if (!used.includes(name))
      throw new QueryHeaderError(`@param ${name} is declared but the statement never uses $${name}`);
  for (const param of params) {
    if (!param.optional && param.default === null)
      throw new QueryHeaderError(
        `@param ${param.name}: a required parameter needs a default (planners run queries with their defaults)`,
      );
    const dep = param.suggest?.dependsOn;
    if (dep && params.find((p) => p.name === dep)?.type !== "chainId")
      throw new QueryHeaderError(`@param ${param.name}: suggest depends on "${dep}", which is not a chainId parameter`);
    if (param.options && param.default !== null && !param.options.includes(String(param.default)))
      throw new QueryHeaderError(`@param ${param.name}: default is not one of its options`);
  }
}

/** Parse one query file; throws QueryHeaderError (the caller adds the file name). */
export function parseQueryFile(source: string): ParsedQuery {
  const lines = source.split("\n");
  const raw: Record<string, unknown> = { params: [] as unknown[] };
  let bodyStart = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "") continue;
    if (!line.startsWith("//")) {
      bodyStart = i;
      break;
    }
    const tag = /^\/\/\s*@([a-z]+(?:\.(?:zh|en))?)\s*(.*)$/.exec(line);
    if (!tag) continue; // a free comment
    const [, key = "", value = ""] = tag;
    const n = i + 1;
    if (key === "param") (raw.params as unknown[]).push(parseParam(value, n));
    else if (key === "column") {
      const [name, spec] = parseColumn(value, n);
      const columns = (raw.columns ??= {}) as Record<string, unknown>;
      if (columns[name]) throw new QueryHeaderError(`line ${n}: @column ${name} appears twice`);
      columns[name] = spec;
    } else if (key === "view") {
      const { head, opts } = options(value, n);
      raw.view = head;
      if (opts.size) raw.bar = { x: opts.get("x"), y: opts.get("y") };
    } else if (/^(title|description)\.(zh|en)$/.test(key)) {
      const [field = "", lang = ""] = key.split(".");
      raw[field] = { ...(raw[field] as object | undefined), [lang]: value.trim() };
    } else if (key === "id" || key === "category") {
      if (raw[key] !== undefined) throw new QueryHeaderError(`line ${n}: @${key} appears twice`);
      raw[key] = value.trim();
    } else
      throw new QueryHeaderError(
        `line ${n}: unknown header "@${key}" (id, title.zh, title.en, description.zh, description.en, category, view, param, column)`,
      );
  }
  const parsed = HeaderSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new QueryHeaderError(`@${issue.path.join(".") || "header"}: ${issue.message}`);
  }
  const text = lines.slice(bodyStart).join("\n").trim();
  if (!text) throw new QueryHeaderError("the file has a header but no statement");
  checkParams(parsed.data.params, text);
  checkColumns(parsed.data.columns, text);
  return { ...parsed.data, text };
}
