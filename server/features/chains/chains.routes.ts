import { z } from "zod";
import {
  ChainParams,
  ChainsResponse,
  GapsResponse,
  GapsSummaryResponse,
  WhatIfBody,
  WhatIfResponse,
} from "../../contracts/chains";
import { defineRoute, type RouteDef } from "../../http/route";
import type { ChainsService } from "./chains.service";
import { gapsCsv } from "./gaps-csv";

export function chainsRoutes(service: ChainsService): RouteDef[] {
  return [
    defineRoute(
      {
        method: "get",
        path: "/api/chains",
        tag: "chains",
        summary: "Every chain with its segments in flow order (stage, order, required technologies)",
        response: ChainsResponse,
      },
      () => service.chains(),
    ),
    defineRoute(
      {
        method: "get",
        path: "/api/chains/gaps",
        tag: "chains",
        summary: "Gap labels (缺链/弱链/断链/强链) and counts of every segment of every chain, for the heat map",
        response: GapsSummaryResponse,
      },
      () => service.summary(),
    ),
    defineRoute(
      {
        method: "get",
        path: "/api/chains/:id/gaps",
        tag: "chains",
        params: ChainParams,
        response: GapsResponse,
        errors: [404],
        summary:
          "Gap analysis of one chain: each segment's label, reasons, evidence, single points of failure and ranked remedies",
      },
      ({ params }) => service.gaps(params.id),
    ),
    defineRoute(
      {
        method: "get",
        path: "/api/chains/:id/gaps.csv",
        tag: "chains",
        params: ChainParams,
        errors: [404],
        produces: ["text/csv"],
        response: z.string().describe("text/csv; charset=utf-8 (with BOM), one row per segment"),
        summary: "The chain's gap report as CSV (formula-like cells neutralised)",
      },
      async ({ params, res }) => {
        const csv = gapsCsv(await service.gaps(params.id));
        const file = `gaps-${params.id.replace(/[^a-zA-Z0-9-]+/g, "-")}.csv`;
        res.type("text/csv; charset=utf-8").attachment(file).send(csv);
        return csv;
      },
    ),
    defineRoute(
      {
        method: "post",
        path: "/api/chains/:id/whatif",
        tag: "chains",
        readOnly: true,
        params: ChainParams,
        body: WhatIfBody,
        response: WhatIfResponse,
        errors: [404],
        summary: "What-if: labels before/after removing organisations and/or granting capabilities (never writes)",
      },
      ({ params, body }) => service.whatIf(params.id, body),
    ),
  ];
}
