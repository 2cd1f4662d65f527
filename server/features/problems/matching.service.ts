import type { BuildRequest, EvaluateRequest } from "../../contracts/matching";
import { CANDIDATE_KINDS, type Problem } from "../../contracts/problems";
import { AppError } from "../../http/errors";
import { buildConsortia, evaluateMembers } from "./build-consortia";
import type { ProblemsRepo, Snapshot } from "./problems.repo";
import type { ProblemsService } from "./problems.service";
import { rankCandidates } from "./rank-candidates";

/** Candidate rankings, the consortium builder and what-if for problems: one snapshot read, then pure code. */
export function matchingService(repo: ProblemsRepo, problems: ProblemsService) {
  const snapshotFor = (list: Problem[], extra: string[] = []): Promise<Snapshot> =>
    repo.snapshot(
      [...new Set(list.flatMap((p) => p.requires.map((r) => r.id)))],
      [...new Set([...list.flatMap((p) => (p.poster ? [p.poster.id] : [])), ...extra])],
      CANDIDATE_KINDS,
    );

  return {
    async candidates(id: string, limit: number) {
      const problem = await problems.get(id);
      return rankCandidates(problem, await snapshotFor([problem]), limit);
    },

    async build(id: string, request: BuildRequest) {
      const problem = await problems.get(id);
      return buildConsortia(problem, await snapshotFor([problem]), request);
    },

    async evaluate(id: string, request: EvaluateRequest) {
      const problem = await problems.get(id);
      const unique = [...new Set(request.members)];
      const snapshot = await snapshotFor([problem], unique);
      const known = new Set(snapshot.pool.map((o) => o.id));
      const missing = request.members.map((member, i) => ({ field: `members.${i}`, member })).filter(({ member }) => !known.has(member));
      if (missing.length) {
        const fields = missing.map(({ field, member }) => ({ field, message: `'${member}' is not an Enterprise, University, ResearchInstitute or Platform in the graph` }));
        throw new AppError(400, "UNKNOWN_IDS", fields.map((f) => `${f.field}: ${f.message}`).join("; "), { fields, unknown: missing.map((m) => m.member) });
      }
      return evaluateMembers(problem, snapshot, unique, request);
    },

    /**
     * Candidates and top-K consortia for many problems from ONE snapshot read (the board's overview and the
     * benchmark). Each problem still sees exactly its own pool, so the answers equal the per-problem calls.
     */
    async matchAll(list: Problem[], request: BuildRequest, limit = 50) {
      const snapshot = await snapshotFor(list);
      return list.map((problem) => ({
        problem: problem.id,
        candidates: rankCandidates(problem, snapshot, limit),
        consortia: buildConsortia(problem, snapshot, request),
      }));
    },
  };
}

export type MatchingService = ReturnType<typeof matchingService>;
