import type { BuildRequest, EvaluateRequest } from "../../contracts/matching";
import { CANDIDATE_KINDS, MAX_CONSORTIUM_SIZE, type Problem } from "../../contracts/problems";
import { DomainError } from "../../contracts/errors";
import { buildConsortia, evaluateMembers } from "./build-consortia";
import { matchContext, problemRules } from "./match-context";
import type { ProblemsRepo, Snapshot } from "./problems.repo";
import type { ProblemsService } from "./problems.service";
import { rankCandidates } from "./rank-candidates";

/** Candidate rankings, the consortium builder and what-if for problems: one snapshot read, then pure code. */
export function matchingService(repo: ProblemsRepo, problems: ProblemsService) {
  const snapshotFor = (list: Problem[], extra: string[] = [], all = false): Promise<Snapshot> =>
    repo.snapshot(
      [...new Set(list.flatMap((p) => p.requires.map((r) => r.id)))],
      [...new Set([...list.flatMap((p) => (p.poster ? [p.poster.id] : [])), ...extra])],
      CANDIDATE_KINDS,
      all,
    );

  return {
    async candidates(id: string, limit: number) {
      const problem = await problems.get(id);
      return rankCandidates(
        matchContext(problem, await snapshotFor([problem]), problemRules(problem), MAX_CONSORTIUM_SIZE),
        limit,
      );
    },

    async build(id: string, request: BuildRequest) {
      const problem = await problems.get(id);
      return buildConsortia(
        matchContext(problem, await snapshotFor([problem]), problemRules(problem, request.rules), request.maxSize),
        request.k,
      );
    },

    async evaluate(id: string, request: EvaluateRequest) {
      const problem = await problems.get(id);
      const unique = [...new Set(request.members)];
      const snapshot = await snapshotFor([problem], unique);
      const known = new Set(snapshot.pool.map((o) => o.id));
      const missing = request.members
        .map((member, i) => ({ field: `members.${i}`, member }))
        .filter(({ member }) => !known.has(member));
      if (missing.length) {
        const fields = missing.map(({ field, member }) => ({
          field,
          message: `'${member}' is not an Enterprise, University, ResearchInstitute or Platform in the graph`,
        }));
        throw new DomainError("invalid", "UNKNOWN_IDS", fields.map((f) => `${f.field}: ${f.message}`).join("; "), {
          fields,
          unknown: missing.map((m) => m.member),
        });
      }
      return evaluateMembers(
        matchContext(problem, snapshot, problemRules(problem, request.rules), request.maxSize, unique),
        unique,
      );
    },

    /**
     * Candidates and top-K consortia for many problems (under their own rules) from ONE snapshot read — the
     * batch path of the benchmark. Each problem still sees exactly its own pool, so the answers equal the
     * per-problem calls (tested).
     */
    async matchAll(list: Problem[], options: { maxSize: number; k: number; limit?: number; wholeGraph?: boolean }) {
      // Many problems together cover most of the graph: reading every candidate once is cheaper than unions.
      const snapshot = await snapshotFor(list, [], options.wholeGraph ?? list.length > 10);
      return list.map((problem) => {
        const ctx = matchContext(problem, snapshot, problemRules(problem), options.maxSize);
        return {
          problem: problem.id,
          candidates: rankCandidates(ctx, options.limit ?? 50),
          consortia: buildConsortia(ctx, options.k),
        };
      });
    },
  };
}

export type MatchingService = ReturnType<typeof matchingService>;
