import { t } from "../i18n";
import { h } from "../lib/dom";
import { session } from "./session";
import type { MountedView, ViewContext } from "./view-types";
import { openLogin } from "./user-menu";

/** Writes (problems, consortia, saved queries, the Cypher editor) need an analyst; pages offer them only then. */
export function canWrite(): boolean {
  return session.can("analyst");
}

/**
 * May the signed-in user change or delete something an analyst saved (a saved query, a consortium)? Its owner
 * or an admin may; a record without an owner (saved before owners were recorded) is admin-only. The API enforces it.
 */
export function canChangeOwned(owner: string | undefined): boolean {
  const user = session.get().user;
  if (!user || !canWrite()) return false;
  return user.role === "admin" || (!!owner && owner === user.username);
}

/**
 * Where write controls would be: one line saying why they are not offered (`what` names them), with a sign-in
 * button for anonymous visitors. Null when the user may write. The page re-mounts when the session changes.
 */
export function readOnlyNote(what: string): HTMLElement | null {
  if (canWrite()) return null;
  const signedIn = session.get().user !== null;
  return h(
    "p",
    { class: "read-only-note", "data-testid": "read-only-note" },
    t(signedIn ? "perm.viewer" : "perm.anonymous", { what }),
    " ",
    signedIn
      ? null
      : h(
          "button",
          { type: "button", class: "link", "data-testid": "read-only-login", onclick: () => openLogin() },
          t("auth.login"),
        ),
  );
}

/** A whole page that only writers use (the problem form, the Cypher editor), opened by someone who may not write. */
export function readOnlyPage(ctx: ViewContext, what: string): MountedView {
  ctx.root.append(h("div", { class: "empty-state" }, readOnlyNote(what)));
  return {};
}
