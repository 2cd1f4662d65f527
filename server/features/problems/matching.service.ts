import type { BuildRequest, BuildResponse, CandidatesResponse, EvaluateRequest } from "../../contracts/matching";
import { CANDIDATE_KINDS, MAX_CONSORTIUM_SIZE, type Problem } from "../../contracts/problems";
import { DomainError } from "../../contracts/errors";
import { buildConsortia, evaluateMembers } from "./build-consortia";
import { matchContext, problemRules } from "./match-context";
import type { ProblemsRepo, Snapshot } from "./problems.repo";
import type { ProblemsService } from "./problems.service";
import { rankCandidates } from "./rank-candidates";
import { cachedSnapshots } from "./snapshot-cache";
import type { CacheOptions } from "../../shared/response-cache";

/**
 * How many problems one batch of `matchAll` reads together (the board's 200). Pools overlap heavily, so a large
 * batch reads an organisation shared by many pools once; each statement is bounded by pages either way, and a
 * smaller batch only holds fewer rows in this process (decision 044).
 */
export const MATCH_BATCH = 200;

export interface MatchingOptions {
  /**
   * Database.generation: with it, a snapshot is read once and reused until this process commits a write (and
   * for at most `cache.ttlMs`; decision 046). Without it (tools, the equivalence tests), every call reads.
   */
  generation?: () => number;
  cache?: Partial<CacheOptions>;
}

/** Candidate rankings, the consortium builder and what-if for problems: one snapshot read, then pure code. */
export function matchingService(repo: ProblemsRepo, problems: ProblemsService, options: MatchingOptions = {}) {
  const read = cachedSnapshots(
    (techs, seeds) => repo.snapshot(techs, seeds, CANDIDATE_KINDS),
    options.generation,
    options.cache,
  );
  const snapshotFor = (list: Problem[], extra: string[] = []): Promise<Snapshot> =>
    read(
      [...new Set(list.flatMap((p) => p.requires.map((r) => r.id)))],
      [...new Set([...list.flatMap((p) => (p.poster ? [p.poster.id] : [])), ...extra])],
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
     * Candidates and top-K consortia for many problems (each under its own rules), read in batches of
     * `batchSize` problems: one snapshot per batch (the union of the batch's pools and the ties among it, kept
     * by write generation like every snapshot), so no read grows with the length of the list. The next batch is read while this one is solved.
     * Each problem still sees exactly its own pool, cut from its batch's snapshot, so the answers equal the
     * per-problem calls (tested). `wholeGraph` (kept for older callers) reads the whole list as one batch.
     */
    async matchAll(
      list: Problem[],
      options: { maxSize: number; k: number; limit?: number; wholeGraph?: boolean; batchSize?: number },
    ) {
      const size = options.wholeGraph ? Math.max(1, list.length) : Math.max(1, options.batchSize ?? MATCH_BATCH);
      const batches: Problem[][] = [];
      for (let i = 0; i < list.length; i += size) batches.push(list.slice(i, i + size));
      const read = (batch: Problem[] | undefined) => {
        if (!batch) return null;
        const pending = snapshotFor(batch);
        pending.catch(() => {}); // awaited below; never an unhandled rejection while the previous batch is solved
        return pending;
      };
      const out: { problem: string; candidates: CandidatesResponse; consortia: BuildResponse }[] = [];
      let next = read(batches[0]);
      for (let b = 0; b < batches.length; b++) {
        const snapshot = await next!;
        next = read(batches[b + 1]);
        for (const problem of batches[b]!) {
          const ctx = matchContext(problem, snapshot, problemRules(problem), options.maxSize);
          out.push({
            problem: problem.id,
            candidates: rankCandidates(ctx, options.limit ?? 50),
            consortia: buildConsortia(ctx, options.k),
          });
        }
      }
      return out;
    },
  };
}

export type MatchingService = ReturnType<typeof matchingService>;
