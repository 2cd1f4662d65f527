import type { ViewDef } from "./view-types";

/** Every page of the app. Each feature adds one entry (lazy-loaded, so pages don't bloat the first load). */
export const VIEWS: ViewDef[] = [
  { path: "/explore", navKey: "nav.explore", load: () => import("../views/explore/explore-view") },
  { path: "/chains", navKey: "nav.chains", load: () => import("../views/chains/chains-view") },
  { path: "/problems", navKey: "nav.problems", load: () => import("../views/problems/problems-view") },
  { path: "/queries", navKey: "nav.queries", load: () => import("../views/queries/queries-view") },
  { path: "/data", navKey: "nav.data", load: () => import("../views/data/data-view") },
  { path: "/admin", navKey: "nav.admin", minRole: "admin", load: () => import("../views/admin/admin-view") },
];

export const DEFAULT_PATH = "/explore";

export function viewFor(pathname: string): ViewDef | null {
  const first = `/${pathname.split("/")[1] ?? ""}`;
  return VIEWS.find((view) => view.path === first) ?? null;
}
