// The overview's labels of every chain (GET /api/chains/gaps), two ways that must agree:
//   fromFacts — per-segment aggregates read in Cypher (segment-facts.cypher): reads one row per segment, so it
//               stays fast at provincial scale (decision 042). The API serves this one.
//   fromRules — the whole instance (every organisation and link of every chain) through the per-chain rules, as
//               the summary was computed before; kept as the reference the equivalence test compares with.
import type { GapsSummaryResponse } from "../../contracts/chains";
import { decideLabel, evaluateChain } from "../../domain/gaps/rules";
import { scopeOf, type LoadedChains } from "./chain-instance";
import type { ChainRow, SegmentFactsRow } from "./chains.repo";
import { named, segmentInfo, statusCounts } from "./gaps-response";

type SummarySegment = GapsSummaryResponse["chains"][number]["segments"][number];

function chainSummary(chain: ChainRow, segments: SummarySegment[]): GapsSummaryResponse["chains"][number] {
  return { chain: named(chain), counts: statusCounts(segments), segments };
}

/** Labels from the aggregates; a segment without a facts row (added meanwhile) counts as empty. */
export function summaryFromFacts(chains: ChainRow[], facts: SegmentFactsRow[]): GapsSummaryResponse {
  const byId = new Map(facts.map((row) => [row.id, row]));
  const segment = (row: ChainRow["segments"][number]): SummarySegment => {
    const found = byId.get(row.id);
    const counts = {
      enterprises: found?.enterprises ?? 0,
      research: found?.research ?? 0,
      nonLocal: found?.nonLocal ?? 0,
    };
    const label = decideLabel({
      ...counts,
      capable: found?.capable ?? false,
      techs: row.techs.length,
      hasNeighbour: found?.hasNeighbour ?? false,
      linked: found?.linked ?? false,
      integrated: found?.integrated ?? false,
    });
    return { ...named(row), stage: row.stage, order: row.order, techs: row.techs, ...label, counts };
  };
  return { chains: chains.map((chain) => chainSummary(chain, chain.segments.map(segment))) };
}

/** The reference: every chain's segments evaluated by the rules over the loaded instance. */
export function summaryFromRules(chains: ChainRow[], loaded: LoadedChains): GapsSummaryResponse {
  return {
    chains: chains.map((chain) => {
      const results = evaluateChain(loaded.index, scopeOf(loaded, chain.id));
      return chainSummary(
        chain,
        results.map((r) => ({
          ...segmentInfo(loaded, r.id),
          status: r.status,
          reasons: r.reasons,
          counts: {
            enterprises: r.evidence.enterprises.length,
            research: r.evidence.research.length,
            nonLocal: r.evidence.nonLocal.length,
          },
        })),
      );
    }),
  };
}
