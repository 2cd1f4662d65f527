// Which chains page a URL shows (pure, so the sub-routes are unit-tested):
//   /chains[?tech=]              overview heat map (optionally: segments requiring a technology)
//   /chains/compare?a=&b=        two chains side by side
//   /chains/<chainId>[?segment=] one chain's flow, a segment's evidence, remedies, what-if
//   /chains/<chainId>/report     printable gap report with CSV export
export type ChainsRoute =
  | { page: "overview"; tech: string | null }
  | { page: "compare"; a: string | null; b: string | null }
  | { page: "detail"; chainId: string; segment: string | null }
  | { page: "report"; chainId: string };

export function parseChainsRoute(url: URL): ChainsRoute {
  const parts = url.pathname
    .split("/")
    .filter(Boolean)
    .map((p) => decodeURIComponent(p));
  const q = (key: string) => url.searchParams.get(key) || null;
  if (parts.length < 2) return { page: "overview", tech: q("tech") };
  if (parts[1] === "compare") return { page: "compare", a: q("a"), b: q("b") };
  if (parts[2] === "report") return { page: "report", chainId: parts[1]! };
  return { page: "detail", chainId: parts[1]!, segment: q("segment") };
}

/** Ids keep their colons in URLs (chain:rail reads better than chain%3Arail; both parse). */
const enc = (id: string) => encodeURIComponent(id).replace(/%3A/gi, ":");

export const chainsUrl = {
  overview: (tech?: string) => (tech ? `/chains?tech=${enc(tech)}` : "/chains"),
  detail: (chainId: string, segment?: string) => `/chains/${enc(chainId)}${segment ? `?segment=${enc(segment)}` : ""}`,
  report: (chainId: string) => `/chains/${enc(chainId)}/report`,
  compare: (a?: string, b?: string) => {
    const text = [a ? `a=${enc(a)}` : "", b ? `b=${enc(b)}` : ""].filter(Boolean).join("&");
    return `/chains/compare${text ? `?${text}` : ""}`;
  },
  explore: (segment: string, chainId: string) => `/explore?focus=${enc(segment)}&chain=${enc(chainId)}`,
};

/** Same page and chain: the page can update in place (e.g. another segment selected). */
export function samePage(a: ChainsRoute, b: ChainsRoute): boolean {
  if (a.page !== b.page) return false;
  if (a.page === "detail" && b.page === "detail") return a.chainId === b.chainId;
  return false;
}
