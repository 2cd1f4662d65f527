import type { DocumentSummary } from "../../../server/contracts/documents";
import { documentsApi } from "../../api/documents";
import { describeError } from "../../app/errors";
import type { ViewContext } from "../../app/view-types";
import { t } from "../../i18n";
import { h } from "../../lib/dom";

const statusBadge = (d: DocumentSummary) => h("span", { class: `badge doc-${d.status}` }, t(`doc.status.${d.status}`));

function row(d: DocumentSummary, open: (id: string) => void) {
  return h(
    "tr",
    { "data-doc": d.id },
    h(
      "td",
      {},
      h(
        "a",
        { href: `/data/documents/${d.id}`, onclick: (e: Event) => (e.preventDefault(), open(d.id)) },
        d.title ?? d.file ?? d.id,
      ),
    ),
    h("td", {}, d.number ?? "—"),
    h("td", {}, d.issuer ?? "—"),
    h("td", {}, d.date ?? "—"),
    h("td", { class: "num" }, d.chars),
    h("td", { class: "num" }, `${d.counts.entities} / ${d.counts.links} / ${d.counts.problems}`),
    h("td", {}, statusBadge(d)),
    h("td", {}, `${d.uploadedBy} · ${d.uploadedAt.slice(0, 16).replace("T", " ")}`),
  );
}

/** /data/documents — the ingested documents and a form to add one (file or pasted text). */
export async function documentsPage(ctx: ViewContext, root: HTMLElement) {
  const open = (id: string) => ctx.navigate(`/data/documents/${id}`);
  const status = h("p", { class: "import-status", role: "status", "data-testid": "doc-status" });
  const fileInput = h("input", {
    type: "file",
    accept: ".txt,text/plain,.docx,.pdf",
    "data-testid": "doc-file",
  }) as HTMLInputElement;
  const title = h("input", {
    type: "text",
    placeholder: t("doc.paste.title"),
    "data-testid": "doc-paste-title",
  }) as HTMLInputElement;
  const paste = h("textarea", {
    rows: 6,
    placeholder: t("doc.paste.placeholder"),
    "data-testid": "doc-paste",
  }) as HTMLTextAreaElement;
  const done = async (pending: Promise<{ created: boolean; document: DocumentSummary }>) => {
    status.className = "import-status";
    status.textContent = t("doc.reading");
    try {
      const { created, document } = await pending;
      status.textContent = created ? t("doc.created") : t("doc.duplicate", { title: document.title ?? document.id });
      open(document.id);
    } catch (error) {
      status.className = "import-status error";
      status.textContent = describeError(error);
    }
  };
  fileInput.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (file) void done(documentsApi.uploadFile(file));
  });
  const form = h(
    "section",
    { class: "card" },
    h("h2", {}, t("doc.add")),
    h("p", { class: "muted" }, t("doc.add.help")),
    h("label", { class: "dropzone" }, t("doc.file"), fileInput),
    h(
      "details",
      { class: "mapping" },
      h("summary", {}, t("doc.paste")),
      title,
      paste,
      h(
        "button",
        {
          type: "button",
          "data-testid": "doc-paste-submit",
          onclick: () =>
            paste.value.trim() && void done(documentsApi.paste(paste.value, title.value.trim() || undefined)),
        },
        t("doc.paste.submit"),
      ),
    ),
    status,
  );
  const table = h(
    "table",
    { class: "doc-list", "data-testid": "doc-list" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ...["title", "number", "issuer", "date", "chars", "counts", "status", "uploaded"].map((k) =>
          h("th", {}, t(`doc.col.${k}`)),
        ),
      ),
    ),
  );
  const body = h("tbody");
  table.append(body);
  root.append(
    h(
      "p",
      {},
      h("a", { href: "/data", onclick: (e: Event) => (e.preventDefault(), ctx.navigate("/data")) }, t("doc.back.data")),
    ),
    h("h1", {}, t("doc.title")),
    form,
    h("section", { class: "card" }, h("h2", {}, t("doc.list")), table),
  );
  try {
    const { documents } = await documentsApi.list();
    if (!documents.length) body.append(h("tr", {}, h("td", { colspan: 8, class: "muted" }, t("doc.none"))));
    for (const d of documents) body.append(row(d, open));
  } catch (error) {
    ctx.banner.error(describeError(error), () => ctx.navigate(location.pathname, { replace: true }));
  }
}
