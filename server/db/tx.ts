import type { ManagedTransaction } from "neo4j-driver";
import type { z } from "zod";
import { toCypherParams, toPlain } from "./convert";
import { RowShapeError } from "./errors";
import type { Query } from "./query";

// One managed transaction's statements, typed (database.ts opens the transactions).

/** Typed statements inside one managed transaction (so several statements commit or roll back together). */
export class Tx {
  /** Whether a statement of this transaction changed the database (its summary counters say so). */
  changed = false;

  constructor(
    private readonly tx: ManagedTransaction,
    private readonly validate: boolean,
  ) {}

  async run<P extends z.ZodType, R extends z.ZodType>(query: Query<P, R>, params: z.input<P>): Promise<z.output<R>[]> {
    const parsedParams = toCypherParams(query.params.parse(params));
    const result = await this.tx.run(query.text, parsedParams as Record<string, unknown>);
    if (result.summary.counters.containsUpdates()) this.changed = true;
    return result.records.map((record) => {
      const row = toPlain(record.toObject());
      if (!this.validate) return row as z.output<R>;
      const parsed = query.row.safeParse(row);
      if (!parsed.success) throw new RowShapeError(query.name, parsed.error.message);
      return parsed.data;
    });
  }

  /** Raw text, for schema statements and the read-only analyst console (which validates on its own). */
  async raw(text: string, params: Record<string, unknown> = {}) {
    const result = await this.tx.run(text, toCypherParams(params) as Record<string, unknown>);
    if (result.summary.counters.containsUpdates()) this.changed = true;
    return result;
  }

  /**
   * Rows of scalar columns (strings, numbers, booleans, lists of them, nested) as plain objects in ONE pass: no deep
   * `toPlain` copy of every row (the graph view's 5,000 rows spent most of their server time there). A column
   * that is not scalar after all (a map, a temporal) still goes through `toPlain`, so nothing leaks.
   */
  async runFlat<P extends z.ZodType, R extends z.ZodType>(
    query: Query<P, R>,
    params: z.input<P>,
  ): Promise<z.output<R>[]> {
    const parsedParams = toCypherParams(query.params.parse(params));
    const result = await this.tx.run(query.text, parsedParams as Record<string, unknown>);
    if (result.summary.counters.containsUpdates()) this.changed = true;
    const keys = result.records[0]?.keys ?? [];
    return result.records.map((record) => {
      const row: Record<string, unknown> = {};
      for (let i = 0; i < keys.length; i++) {
        const value = record.get(i);
        row[keys[i] as string] =
          value !== null && typeof value === "object" && !isScalarList(value) ? toPlain(value) : value;
      }
      if (!this.validate) return row as z.output<R>;
      const parsed = query.row.safeParse(row);
      if (!parsed.success) throw new RowShapeError(query.name, parsed.error.message);
      return parsed.data;
    });
  }

  /** Raw text with parameters sent exactly as given: restore builds typed values itself (2.0 must stay a float). */
  async rawExact(text: string, params: Record<string, unknown>) {
    const result = await this.tx.run(text, params);
    if (result.summary.counters.containsUpdates()) this.changed = true;
    return result;
  }

  /** Plan without running: the statement's queryType ("r", "w", "rw", "s") and the planner's notifications. */
  async explain(
    text: string,
    params: Record<string, unknown> = {},
  ): Promise<{ queryType: string; notifications: Notice[] }> {
    const result = await this.raw(`EXPLAIN ${text}`, params);
    const notifications = result.summary.notifications.map((n) => ({
      title: n.title,
      position: "line" in n.position ? n.position : undefined,
    }));
    return { queryType: String(result.summary.queryType), notifications };
  }

  /** Stream at most `maxRows` records (the rest is discarded on the server), raw driver values. */
  async capped(
    text: string,
    params: Record<string, unknown>,
    maxRows: number,
  ): Promise<{ keys: string[]; records: Record<string, unknown>[]; truncated: boolean }> {
    const result = this.tx.run(text, toCypherParams(params) as Record<string, unknown>);
    const keys = (await result.keys()) as string[];
    const records: Record<string, unknown>[] = [];
    let truncated = false;
    for await (const record of result) {
      if (records.length >= maxRows) {
        truncated = true;
        break;
      }
      records.push(record.toObject());
    }
    return { keys, records, truncated };
  }
}

/** A list of scalars, or of such lists (nested lists of strings and numbers need no copy either). */
function isScalarList(value: object): boolean {
  return (
    Array.isArray(value) &&
    value.every((item) => item === null || typeof item !== "object" || isScalarList(item as object))
  );
}

export interface Notice {
  title: string;
  position?: { line?: number; column?: number };
}
