import type { Role } from "../../server/contracts/auth";
import type { Banner } from "./banner";

export interface ViewContext {
  root: HTMLElement;
  banner: Banner;
  /** Navigate inside the app (pushState); `replace` for state changes that shouldn't add history. */
  navigate(url: string, options?: { replace?: boolean }): void;
}

export interface MountedView {
  unmount?(): void;
  /** Called when the URL changes but the same view stays (e.g. back/forward between two explorer states). */
  update?(url: URL): void;
}

export interface ViewModule {
  mount(ctx: ViewContext): MountedView | Promise<MountedView>;
}

export interface ViewDef {
  /** First path segment this view owns, e.g. "/explore" owns /explore and /explore/... */
  path: string;
  /** i18n key of its top-bar link (views without one are reachable by URL only). */
  navKey?: string;
  /** Shown in the navigation only to this role and above (the API enforces access regardless). */
  minRole?: Role;
  load(): Promise<ViewModule>;
}

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
