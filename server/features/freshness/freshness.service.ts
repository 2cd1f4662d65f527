import type { FreshnessQuery, ReverifyBody } from "../../contracts/freshness";
import { freshnessReport } from "../../domain/freshness/report";
import { DomainError, notFound } from "../../contracts/errors";
import { claimsOf, ITEM_KEY } from "../../shared/claims";
import { today } from "../../shared/user-data";
import type { FreshnessRepo } from "./freshness.repo";

/** Item-level re-verifications of a stored `checks` list (property checks do not refresh the whole item). */
const itemChecks = (checks: string[] | null) => claimsOf({ checks: checks ?? [] }).claims?.[ITEM_KEY] ?? [];

export function freshnessService(repo: FreshnessRepo, staleAfterYears: number, now: () => Date = () => new Date()) {
  return {
    settings: async () => ({ staleAfterYears }),

    async report(query: FreshnessQuery) {
      const [facts, projects] = await Promise.all([repo.facts(), repo.projects()]);
      return freshnessReport(
        facts.map((f) => ({ ...f, checks: itemChecks(f.checks) })),
        projects.map((p) => ({ ...p, checks: itemChecks(p.checks) })),
        { now: now(), staleAfterYears, limit: query.limit, source: query.source, tier: query.tier, kind: query.kind },
      );
    },

    /** Record who checked what, when, against which URL: a new claim appended to the item, never an overwrite. */
    async reverify(body: ReverifyBody, by: string | undefined) {
      const claim = {
        source: "import" as const,
        basis: "stated" as const,
        file: "ui",
        url: body.url,
        asOf: today(),
        outcome: body.outcome,
        ...(body.note ? { note: body.note } : {}),
        ...(by ? { by } : {}),
        check: true,
      };
      const written = await repo.appendCheck(body.id, ({ keys }) => {
        // thrown inside the transaction: nothing is written
        if (body.property && !keys.includes(body.property))
          throw new DomainError("invalid", "VALIDATION_FAILED", `'${body.id}' has no property '${body.property}'`, {
            field: "property",
          });
        const { check: _check, ...stored } = claim;
        return JSON.stringify({ ...(body.property ? { property: body.property } : {}), ...stored });
      });
      if (!written) throw notFound("Fact", body.id);
      return { id: body.id, ...(body.property ? { property: body.property } : {}), claim };
    },
  };
}
export type FreshnessService = ReturnType<typeof freshnessService>;
