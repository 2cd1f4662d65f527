import type { MeResponse, Role } from "../../server/contracts/auth";
import { roleAllows } from "../../server/contracts/auth";
import { authApi } from "../api/auth";
import { setCsrfToken } from "../api/http";

/** Who is signed in (null = anonymous) and what anonymous visitors may do; loaded once, then kept in sync. */
let state: MeResponse = { user: null, via: null, anonymousRole: "viewer", csrfToken: null };
const listeners = new Set<() => void>();

function set(next: MeResponse) {
  state = next;
  setCsrfToken(next.csrfToken);
  for (const listener of listeners) listener();
}

export const session = {
  get: () => state,
  /** The effective role: the user's, or the anonymous role (null when anonymous visitors may do nothing). */
  role(): Role | null {
    return state.user?.role ?? (state.anonymousRole === "viewer" ? "viewer" : null);
  },
  can: (required: Role) =>
    roleAllows(state.user?.role ?? (state.anonymousRole === "viewer" ? "viewer" : null), required),
  async load() {
    set(await authApi.me());
  },
  async login(username: string, password: string) {
    const result = await authApi.login(username, password);
    set({ user: result.user, via: "session", anonymousRole: state.anonymousRole, csrfToken: result.csrfToken });
  },
  async logout() {
    try {
      await authApi.logout();
    } finally {
      set({ user: null, via: null, anonymousRole: state.anonymousRole, csrfToken: null });
    }
  },
  onChange(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
