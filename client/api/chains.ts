import {
  ChainsResponse,
  GapsResponse,
  GapsSummaryResponse,
  WhatIfResponse,
  type WhatIfBody,
} from "../../server/contracts/chains";
import { request } from "./http";

const chainPath = (id: string) => `/api/chains/${encodeURIComponent(id)}`;

export const chainsApi = {
  chains: () => request(ChainsResponse, "/api/chains"),
  summary: () => request(GapsSummaryResponse, "/api/chains/gaps"),
  gaps: (chainId: string) => request(GapsResponse, `${chainPath(chainId)}/gaps`),
  csvUrl: (chainId: string) => `${chainPath(chainId)}/gaps.csv`,
  whatIf: (chainId: string, body: Partial<WhatIfBody>) =>
    request(WhatIfResponse, `${chainPath(chainId)}/whatif`, { method: "POST", body }),
};
