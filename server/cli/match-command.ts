import { parseArgs } from "node:util";
import { z } from "zod";
import { Instance, solve, type Infeasibility } from "../domain/consortium";

export const MAX_TOP = 50;

const REASONS: Record<Infeasibility, string> = {
  no_eligible_lead: "no eligible candidate is of a lead kind",
  no_research_member: "a research member is required but no eligible University or ResearchInstitute exists",
  max_size_too_small: "maxSize 1, but no single candidate is both of a lead kind and a research member",
};

export interface CommandOutput {
  stdout: string;
  stderr: string;
  code: number;
}

const fail = (message: string, code = 1): CommandOutput => ({ stdout: "", stderr: `${message}\n`, code });

function describeIssues(issues: z.core.$ZodIssue[]): string {
  const lines = issues.slice(0, 10).map((issue) => `  ${issue.path.join(".") || "(root)"}: ${issue.message}`);
  const more = issues.length > 10 ? `\n  … and ${issues.length - 10} more` : "";
  return `${lines.join("\n")}${more}`;
}

/**
 * `match --instance FILE.json [--top K]`: the consortium builder on a file, the same code the API runs.
 * Output is exactly {consortia, exact} on stdout; every problem goes to stderr with a non-zero code.
 */
export function runMatchCommand(argv: string[], readFile: (file: string) => string): CommandOutput {
  let values: { instance?: string; top?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { instance: { type: "string" }, top: { type: "string" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return fail(`${(error as Error).message}\nusage: npm run --silent match -- --instance FILE.json [--top K]`, 2);
  }
  if (!values.instance)
    return fail("missing --instance FILE.json\nusage: npm run --silent match -- --instance FILE.json [--top K]", 2);
  const top = values.top === undefined ? 3 : Number(values.top);
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP)
    return fail(`--top must be an integer from 1 to ${MAX_TOP} (got '${values.top}')`, 2);

  let text: string;
  try {
    text = readFile(values.instance);
  } catch (error) {
    return fail(`cannot read ${values.instance}: ${(error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail(`${values.instance} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = Instance.safeParse(raw);
  if (!parsed.success)
    return fail(`${values.instance} is not a valid instance:\n${describeIssues(parsed.error.issues)}`);
  const { consortia, exact, reason, uncoverable } = solve(parsed.data, { k: top });
  // Notes, not errors: stdout stays exactly {consortia, exact}.
  const notes = [
    reason ? `note: no consortium is possible (${REASONS[reason]})` : "",
    uncoverable.length ? `note: no eligible candidate holds ${uncoverable.join(", ")} — a gap in the chain` : "",
  ].filter(Boolean);
  return { stdout: `${JSON.stringify({ consortia, exact })}\n`, stderr: notes.map((n) => `${n}\n`).join(""), code: 0 };
}
