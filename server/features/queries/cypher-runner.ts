import { randomUUID } from "node:crypto";
import type { ParamSpec, RunResponse } from "../../contracts/queries";
import { DEFAULT_CYPHER_LIMITS, type CypherLimits } from "../../config/security";
import { tooComplex } from "../../contracts/cypher-lexer";
import { classifyCypherError, planRefused, tooComplexError, writeRefused } from "./cypher-errors";
import { runLimiter, type RunLimiter } from "./run-limiter";
import { guardCypher, withoutTrailingSemicolon } from "./cypher-guard";
import { checkIdKinds, idParams, parseParamValues } from "./param-values";
import type { QueriesRepo } from "./queries.repo";
import { graphOf } from "./result-graph";

export const MAX_ROWS = 5000;

export interface RunLimits {
  timeoutMs?: number;
  maxRows?: number;
}

/** Who runs a statement (the limiter counts per caller): a user name, or the client address when anonymous. */
export type Caller = string;

/**
 * The read-only pipeline every user-facing statement goes through (library, saved and ad-hoc alike), and the
 * check a statement passes before it may be saved. Its own unit, so the queries service (which runs saved
 * queries) and the saved-queries service (which checks them before saving) both depend on it, not on each other.
 */
export function cypherRunner(repo: QueriesRepo, options: { limits?: CypherLimits; limiter?: RunLimiter } = {}) {
  const limits = options.limits ?? DEFAULT_CYPHER_LIMITS;
  const limiter = options.limiter ?? runLimiter(limits);

  /**
   * The one path every user-facing statement takes: size limits → guard (allow-list) → the limiter → EXPLAIN
   * must be "r" → READ transaction on the analysts' own pool, with a client-side deadline.
   */
  async function execute(
    text: string,
    params: Record<string, unknown>,
    runLimits: RunLimits,
    caller: Caller,
  ): Promise<RunResponse> {
    const complex = tooComplex(text, limits);
    if (complex) throw tooComplexError(complex);
    const refusal = guardCypher(text);
    if (refusal) throw writeRefused(refusal);
    const statement = withoutTrailingSemicolon(text);
    const started = performance.now();
    const timeoutMs = Math.min(runLimits.timeoutMs ?? repo.defaultTimeoutMs, repo.defaultTimeoutMs);
    const maxRows = Math.min(runLimits.maxRows ?? MAX_ROWS, MAX_ROWS);
    let run;
    try {
      run = await limiter.run(caller, () => repo.runReadOnly(statement, params, { timeoutMs, maxRows }));
    } catch (error) {
      throw classifyCypherError(error, statement) ?? error;
    }
    if (run.refused || !run.result) throw planRefused(run.queryType);
    const { columns, rows, seen, truncated } = run.result;
    const graph = await graphOf(seen, repo.nodesByElementId);
    return {
      columns,
      rows,
      ...(graph ? { graph } : {}),
      summary: {
        ms: Math.round(performance.now() - started),
        rows: rows.length,
        truncated,
        queryType: run.queryType,
        ...(run.notices.length ? { notices: run.notices } : {}),
        ...(seen.withheld ? { hidden: seen.withheld } : {}),
      },
    };
  }

  async function typedValues(specs: ParamSpec[], raw: Record<string, unknown>) {
    const values = parseParamValues(specs, raw);
    const ids = idParams(specs, values);
    if (ids.length) checkIdKinds(specs, values, await repo.idKinds(ids));
    return values;
  }

  return {
    execute,
    typedValues,
    /** Check a statement the way a run would, without running it (used before saving). */
    async check(text: string, params: ParamSpec[], caller: Caller = `check:${randomUUID()}`): Promise<void> {
      await execute(text, await typedValues(params, {}), { maxRows: 1, timeoutMs: 5_000 }, caller).catch(
        (error: unknown) => {
          if ((error as { code?: string }).code === "QUERY_TIMEOUT" || (error as Error).name === "QueryTimeoutError")
            return; // slow is not wrong
          throw error;
        },
      );
    },
  };
}

export type CypherRunner = ReturnType<typeof cypherRunner>;
