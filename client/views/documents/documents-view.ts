import type { MountedView, ViewContext } from "../../app/view-types";
import { t } from "../../i18n";
import { h } from "../../lib/dom";
import { session } from "../../app/session";
import { documentsPage } from "./documents-page";
import { reviewPage } from "./review-page";
import "../../styles/panels.css";
import "../data/data.css";
import "./documents.css";

/** /data/documents and /data/documents/:id (analysts: documents are working material; viewers see applied facts). */
export async function mountDocuments(ctx: ViewContext): Promise<MountedView> {
  const root = h("div", { class: "data-page documents-page" });
  ctx.root.append(root);
  if (!session.can("analyst")) {
    root.append(
      h("h1", {}, t("doc.title")),
      h("p", { class: "muted", "data-testid": "doc-locked" }, t("doc.analystsOnly")),
    );
    return {};
  }
  const id = /^\/data\/documents\/(doc_[a-z0-9]+)$/.exec(location.pathname)?.[1];
  if (id) await reviewPage(ctx, root, id);
  else await documentsPage(ctx, root);
  return {};
}
