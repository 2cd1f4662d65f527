import { session } from "../../app/session";
import type { MountedView, ViewContext } from "../../app/view-types";
import { t } from "../../i18n";
import { h } from "../../lib/dom";
import { createAuditPanel } from "./audit-panel";
import { createBackupsPanel } from "./backups-panel";
import { createDeletedQueriesPanel } from "./deleted-queries-panel";
import { createUsersPanel } from "./users-panel";
import "../../styles/panels.css";
import "./admin.css";

/** /admin — accounts and API tokens, backups, and the audit trail (admins only; the API enforces it too). */
export function mount(ctx: ViewContext): MountedView {
  const page = h("div", { class: "admin-page" }, h("h1", {}, t("admin.title")));
  ctx.root.append(page);
  const user = session.get().user;
  if (!user || user.role !== "admin") {
    page.append(h("section", { class: "card", "data-testid": "admin-locked" }, h("p", {}, t("admin.adminOnly"))));
    return {};
  }
  page.append(
    createUsersPanel(ctx.banner, user.username),
    createDeletedQueriesPanel(ctx.banner),
    createBackupsPanel(ctx.banner),
    createAuditPanel(ctx.banner, new URL(location.href).searchParams),
  );
  return {};
}
