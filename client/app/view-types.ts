// The contract between the shell and every view. Views import these types from here, never from views.ts
// (which lazy-loads every view): that import used to close a 30-file cycle.
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
