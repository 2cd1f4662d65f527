import { ChainIndex } from "./chain-index";
import type { GapInstance } from "./instance";
import { remediesFor, type Remedy } from "./remedies";
import { evaluateChain, type SegmentResult } from "./rules";
import { chainHolders, localGraph, segmentSpofs, type ChainHolders, type Spof } from "./spof";

export interface SegmentReport extends SegmentResult {
  spof: Spof[];
  remedies: Remedy[];
}

export interface ChainReport {
  segments: SegmentReport[];
  holders: ChainHolders;
}

/**
 * The whole gap analysis of one chain: labels with evidence, single points of failure, remedies, and who
 * holds the chain together. `scope` = the chain's own segments when the instance also carries neighbouring
 * segments of other chains (their enterprises count for the broken rule; they are not reported).
 */
export function chainReport(instance: GapInstance | ChainIndex, scope?: readonly string[]): ChainReport {
  const index = instance instanceof ChainIndex ? instance : new ChainIndex(instance);
  const results = evaluateChain(index, scope);
  const holders = chainHolders(localGraph(index, results));
  const articulation = new Set(holders.articulation);
  return {
    segments: results.map((result) => ({
      ...result,
      spof: segmentSpofs(index, result, articulation),
      remedies: remediesFor(index, result),
    })),
    holders,
  };
}
