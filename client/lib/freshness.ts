// STALE_AFTER_YEARS as the server has it, loaded once; until then the server's default (3) applies.
import { freshnessApi } from "../api/freshness";
import { isStale } from "../../server/contracts/freshness";

let years = 3;
let loading: Promise<void> | null = null;

export function loadFreshnessSettings(): Promise<void> {
  loading ??= freshnessApi.settings().then(
    (s) => {
      years = s.staleAfterYears;
    },
    () => {
      loading = null;
    },
  );
  return loading;
}

/** Possibly outdated: dated and older than STALE_AFTER_YEARS (undated facts are shown as undated instead). */
export function staleNow(asOf: string | undefined): boolean {
  void loadFreshnessSettings();
  return isStale(asOf, new Date(), years);
}
