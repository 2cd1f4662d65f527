import type { EntitySpec, ImportOptions, PreviewResponse, UploadResponse } from "../../../server/contracts/import";
import { ENCODINGS } from "../../../server/contracts/import";
import { dataApi, uploadFile } from "../../api/data";
import { describeError } from "../../app/errors";
import { lang, t } from "../../i18n";
import { append, clear, h } from "../../lib/dom";
import { previewTable } from "./preview-table";
import { createDropZone, progressBar } from "./upload-drop";

const PROP = "prop:";
const label = (spec: { zh: string; en: string }) => (lang() === "zh" ? spec.zh : spec.en);

/** Upload → choose entity/encoding/sheet/mapping → dry run → apply (with progress), for admins. */
export function createImportPanel(
  entities: EntitySpec[],
  maxBytes: number,
  navigate: (url: string) => void,
): HTMLElement {
  const status = h("div", { class: "import-status", role: "status" });
  const uploadBar = progressBar("upload-progress");
  const workBar = progressBar("apply-progress");
  const options = h("div", { class: "import-options" });
  const result = h("div", { class: "import-result" });
  let upload: UploadResponse | null = null;
  let mapping: (string | null)[] | null = null;

  const say = (text: string, kind: "info" | "error" = "info") => {
    clear(status);
    status.className = `import-status ${kind}`;
    append(status, text);
  };

  async function onFile(file: File) {
    upload = null;
    mapping = null;
    clear(options);
    clear(result);
    if (file.size > maxBytes)
      return say(
        t("data.tooLarge", { size: (file.size / 1048576).toFixed(1), max: (maxBytes / 1048576).toFixed(0) }),
        "error",
      );
    say(t("data.uploading", { file: file.name }));
    try {
      upload = await uploadFile(file, (loaded, total) =>
        uploadBar.set(loaded, total, `${Math.round((loaded / Math.max(1, total)) * 100)}%`),
      );
      uploadBar.hide();
      say(
        t("data.uploaded", {
          file: upload.file,
          format: upload.format.toUpperCase(),
          encoding: upload.encoding ?? "—",
        }),
      );
      mapping = upload.mapping;
      renderOptions(upload.entity ?? entities[0]!.key);
    } catch (error) {
      uploadBar.hide();
      say(describeError(error), "error");
    }
  }

  function current(form: {
    entity: HTMLSelectElement;
    encoding: HTMLSelectElement;
    sheet: HTMLSelectElement | null;
  }): ImportOptions {
    return {
      entity: form.entity.value as ImportOptions["entity"],
      encoding: form.encoding.value as ImportOptions["encoding"],
      ...(form.sheet ? { sheet: form.sheet.value } : {}),
      ...(mapping && form.entity.value !== "graph" ? { mapping } : {}),
    };
  }

  function renderOptions(entityKey: string) {
    if (!upload) return;
    clear(options);
    const entitySelect = h(
      "select",
      { "data-testid": "import-entity" },
      ...entities.map((e) => h("option", { value: e.key, selected: e.key === entityKey }, label(e))),
      upload.format === "json"
        ? h("option", { value: "graph", selected: entityKey === "graph" }, t("data.entity.graph"))
        : null,
    );
    const encodingSelect = h(
      "select",
      { "data-testid": "import-encoding", disabled: upload.format === "xlsx" },
      ...ENCODINGS.map((e) => h("option", { value: e }, t(`data.encoding.${e}`))),
    );
    const sheetSelect =
      upload.sheets.length > 1 ? h("select", {}, ...upload.sheets.map((s) => h("option", { value: s }, s))) : null;
    const form = { entity: entitySelect, encoding: encodingSelect, sheet: sheetSelect };
    entitySelect.addEventListener("change", () => {
      mapping = null; // let the server map the headers to the new entity's fields
      renderOptions(entitySelect.value);
    });
    const spec = entities.find((e) => e.key === entityKey);
    const mappingTable = spec && upload.headers.length ? mappingEditor(upload.headers, spec) : null;
    const previewButton = h(
      "button",
      { class: "primary", "data-testid": "import-preview", onclick: () => void runPreview(form) },
      t("data.preview.run"),
    );
    append(
      options,
      h(
        "div",
        { class: "form-row" },
        h("label", {}, t("data.entity"), " ", entitySelect),
        h("label", {}, t("data.encoding"), " ", encodingSelect),
        sheetSelect ? h("label", {}, t("data.sheet"), " ", sheetSelect) : null,
      ),
      mappingTable,
      h("div", { class: "form-row" }, previewButton, h("span", { class: "muted" }, t("data.preview.hint"))),
    );
  }

  function mappingEditor(headers: string[], spec: EntitySpec): HTMLElement {
    const rows = headers.map((header, i) => {
      const select = h(
        "select",
        { "data-column": String(i), "aria-label": header || `#${i + 1}` },
        h("option", { value: "" }, t("data.mapping.ignore")),
        ...spec.fields.map((f) =>
          h("option", { value: f.key, selected: mapping?.[i] === f.key }, `${label(f)}${f.required ? " *" : ""}`),
        ),
        header
          ? h(
              "option",
              { value: `${PROP}${header}`, selected: mapping?.[i] === `${PROP}${header}` },
              t("data.mapping.custom", { name: header }),
            )
          : null,
      );
      select.addEventListener("change", () => {
        mapping = headers.map((_, j) => mapping?.[j] ?? null);
        mapping[i] = select.value || null;
      });
      return h("tr", {}, h("td", {}, header || `#${i + 1}`), h("td", {}, select));
    });
    return h(
      "details",
      { class: "mapping", open: spec.fields.some((f) => f.required && !(mapping ?? []).includes(f.key)) },
      h("summary", {}, t("data.mapping.title")),
      h(
        "table",
        { class: "grid" },
        h("thead", {}, h("tr", {}, h("th", {}, t("data.mapping.column")), h("th", {}, t("data.mapping.field")))),
        h("tbody", {}, ...rows),
      ),
    );
  }

  /** Poll the server's progress while a long request runs. */
  function poll(id: string, text: (phase: string) => string): () => void {
    const timer = setInterval(() => {
      dataApi.progress(id).then(
        (p) => workBar.set(p.done, p.total, text(p.phase)),
        () => {},
      );
    }, 300);
    return () => clearInterval(timer);
  }

  async function runPreview(form: Parameters<typeof current>[0]) {
    if (!upload) return;
    clear(result);
    const stop = poll(upload.uploadId, (phase) => t(`data.phase.${phase}`));
    try {
      const preview = await dataApi.preview(upload.uploadId, current(form));
      mapping = preview.mapping.length ? preview.mapping : mapping;
      showPreview(preview, form);
    } catch (error) {
      say(describeError(error), "error");
    } finally {
      stop();
      workBar.hide();
    }
  }

  function showPreview(preview: PreviewResponse, form: Parameters<typeof current>[0]) {
    clear(result);
    const writes = preview.summary.new + preview.summary.updated;
    const blocked = preview.errors.length > 0;
    const apply = h(
      "button",
      { class: "primary", "data-testid": "import-apply", disabled: blocked || writes === 0 },
      t("data.apply.run", { n: writes }),
    );
    apply.addEventListener("click", () => void runApply(form, apply));
    append(
      result,
      previewTable(preview, entities.find((e) => e.key === preview.entity)?.fields ?? []),
      h(
        "div",
        { class: "form-row" },
        apply,
        h(
          "span",
          { class: "muted" },
          blocked ? t("data.apply.blocked") : writes === 0 ? t("data.apply.nothing") : t("data.apply.hint"),
        ),
      ),
    );
  }

  async function runApply(form: Parameters<typeof current>[0], button: HTMLButtonElement) {
    if (!upload) return;
    button.disabled = true;
    const stop = poll(upload.uploadId, (phase) => t(`data.phase.${phase}`));
    try {
      const done = await dataApi.apply(upload.uploadId, current(form));
      clear(result);
      const first = done.created[0];
      append(
        result,
        h(
          "div",
          { class: "import-done", "data-testid": "import-done" },
          h(
            "strong",
            {},
            t("data.apply.done", {
              new: done.summary.new,
              updated: done.summary.updated,
              unchanged: done.summary.unchanged,
            }),
          ),
          first
            ? h(
                "a",
                {
                  href: `/explore?focus=${encodeURIComponent(first)}&sel=${encodeURIComponent(first)}`,
                  "data-testid": "show-in-explorer",
                  onclick: (e: Event) => {
                    e.preventDefault();
                    navigate(`/explore?focus=${encodeURIComponent(first)}&sel=${encodeURIComponent(first)}`);
                  },
                },
                t("data.apply.show"),
              )
            : null,
          h(
            "a",
            {
              href: `/admin?importId=${done.importId}`,
              onclick: (e: Event) => {
                e.preventDefault();
                navigate(`/admin?importId=${done.importId}`);
              },
            },
            t("data.apply.audit"),
          ),
        ),
      );
    } catch (error) {
      say(describeError(error), "error");
      button.disabled = false;
    } finally {
      stop();
      workBar.hide();
    }
  }

  return h(
    "section",
    { class: "card", "data-testid": "import-panel" },
    h("h2", {}, t("data.import.title")),
    h("p", { class: "muted" }, t("data.import.intro", { max: (maxBytes / 1048576).toFixed(0) })),
    createDropZone((file) => void onFile(file)),
    uploadBar.el,
    status,
    options,
    workBar.el,
    result,
  );
}
