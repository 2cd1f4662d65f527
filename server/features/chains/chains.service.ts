import type {
  ChainsResponse,
  GapsResponse,
  GapsSummaryResponse,
  WhatIfBody,
  WhatIfResponse,
} from "../../contracts/chains";
import { GAP_ORG_KINDS, GAP_RESEARCH_KINDS, type GapInstance } from "../../domain/gaps/instance";
import { chainReport } from "../../domain/gaps/report";
import { whatIf } from "../../domain/gaps/whatif";
import { fieldError, notFound } from "../../contracts/errors";
import { buildInstance, scopeOf } from "./chain-instance";
import type { ChainRow, ChainsRepo } from "./chains.repo";
import { responseCache, type CacheOptions } from "../../shared/response-cache";
import { named, reportMentions, toGapsResponse } from "./gaps-response";
import { summaryFromFacts, summaryFromRules } from "./gaps-summary";

function invalidField(field: string, problem: string) {
  return fieldError(field, problem);
}
function invalidId(field: string, id: string, expected: string, found: Record<string, unknown> | undefined) {
  return invalidField(field, found ? `'${id}' is a ${String(found.kind)}, not ${expected}` : `'${id}' was not found`);
}
const ORG_KINDS_TEXT = `an organisation the rules count (${GAP_ORG_KINDS.join(", ")})`;

export interface ChainsServiceOptions {
  /**
   * Database.generation: with it, the all-chains summary is cached until this process commits a write (and for
   * at most `cache.ttlMs`, the bound on another process's writes; decisions 038 and 042). Without it, no cache.
   */
  generation?: () => number;
  cache?: CacheOptions;
}

const SUMMARY_CACHE: CacheOptions = { ttlMs: 5_000, maxEntries: 1, maxBytes: 64 * 1024 * 1024 };

export function chainsService(repo: ChainsRepo, options: ChainsServiceOptions = {}) {
  const cache = options.generation
    ? responseCache<{ bytes: number; value: GapsSummaryResponse }>(options.generation, {
        ...SUMMARY_CACHE,
        ...options.cache,
        maxEntries: 1,
      })
    : null;

  async function computeSummary(): Promise<GapsSummaryResponse> {
    const { chains, facts } = await repo.segmentFacts(GAP_ORG_KINDS, GAP_RESEARCH_KINDS);
    return summaryFromFacts(chains, facts);
  }

  async function chainRow(id: string): Promise<ChainRow> {
    const chain = (await repo.listChains()).find((c) => c.id === id);
    if (!chain) throw notFound("Chain", id);
    return chain;
  }

  async function load(chainId: string) {
    const chain = await chainRow(chainId);
    const loaded = buildInstance(await repo.chainData([chainId], GAP_ORG_KINDS));
    return { chain, loaded, scope: scopeOf(loaded, chainId) };
  }

  /** Organisations named in a what-if that the chain's instance does not hold yet (e.g. a firm outside it). */
  async function withWhatIfOrgs(
    instance: GapInstance,
    body: WhatIfBody,
    scope: readonly string[],
  ): Promise<GapInstance> {
    const wanted = [
      ...new Set([
        ...body.removeOrgs,
        ...body.addCapabilities.flatMap((c) => [c.orgId, c.techId]),
        ...body.settle.map((s) => s.orgId),
      ]),
    ];
    const found = new Map((await repo.entities(wanted)).map((node) => [String(node.id), node]));
    const isOrg = (id: string) => (GAP_ORG_KINDS as readonly unknown[]).includes(found.get(id)?.kind);
    body.removeOrgs.forEach((id, i) => {
      if (!isOrg(id)) throw invalidId(`removeOrgs.${i}`, id, ORG_KINDS_TEXT, found.get(id));
    });
    body.addCapabilities.forEach(({ orgId, techId }, i) => {
      if (!isOrg(orgId)) throw invalidId(`addCapabilities.${i}.orgId`, orgId, ORG_KINDS_TEXT, found.get(orgId));
      if (found.get(techId)?.kind !== "Technology")
        throw invalidId(`addCapabilities.${i}.techId`, techId, "a Technology", found.get(techId));
    });
    body.settle.forEach(({ orgId, segmentId }, i) => {
      if (!isOrg(orgId)) throw invalidId(`settle.${i}.orgId`, orgId, ORG_KINDS_TEXT, found.get(orgId));
      if (!scope.includes(segmentId))
        throw invalidField(`settle.${i}.segmentId`, `'${segmentId}' is not a segment of this chain`);
    });
    const known = new Set(instance.orgs.map((o) => o.id));
    const extra = [...new Set([...body.addCapabilities, ...body.settle].map((c) => c.orgId))]
      .filter((id) => !known.has(id))
      .map((id) => {
        const node = found.get(id)!;
        return {
          id,
          kind: node.kind as GapInstance["orgs"][number]["kind"],
          local: node.local === true,
          segments: [],
          capabilities: [],
        };
      });
    return { ...instance, orgs: [...instance.orgs, ...extra] };
  }

  return {
    async chains(): Promise<ChainsResponse> {
      const rows = await repo.listChains();
      return {
        chains: rows.map((c) => ({
          ...named(c),
          segments: c.segments.map((s) => ({ ...named(s), stage: s.stage, order: s.order, techs: s.techs })),
        })),
      };
    },

    async gaps(chainId: string): Promise<GapsResponse> {
      const { chain, loaded, scope } = await load(chainId);
      const report = chainReport(loaded.index, scope);
      const mentions = reportMentions(report);
      return toGapsResponse(chain, loaded, report, await repo.details(mentions.orgIds, mentions.links));
    },

    /** Labels and counts of every chain (the overview heat map): one row per segment, cached until a write. */
    async summary(): Promise<GapsSummaryResponse> {
      if (!cache) return computeSummary();
      const entry = await cache.get("summary", async () => {
        const value = await computeSummary();
        // A size estimate for the cache's byte bound (a summary segment is a few hundred bytes of JSON).
        return { value, bytes: value.chains.reduce((n, c) => n + 300 * (1 + c.segments.length), 0) };
      });
      return entry.value;
    },

    /**
     * The same summary the old way: every organisation and link of every chain through the per-chain rules.
     * Not served (it reads organisations × partners): the reference the equivalence test compares with.
     */
    async summaryByRules(): Promise<GapsSummaryResponse> {
      const [rows, data] = await Promise.all([repo.listChains(), repo.chainData(null, GAP_ORG_KINDS)]);
      return summaryFromRules(rows, buildInstance(data));
    },

    async whatIf(chainId: string, body: WhatIfBody): Promise<WhatIfResponse> {
      const { chain, loaded, scope } = await load(chainId);
      const instance = await withWhatIfOrgs(loaded.instance, body, scope);
      return { chain: named(chain), ...whatIf(instance, body, scope) };
    },
  };
}

export type ChainsService = ReturnType<typeof chainsService>;
