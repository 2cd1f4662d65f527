import type { AuditEntry } from "../../../server/contracts/audit";
import { adminApi, type AuditFilters } from "../../api/admin";
import { describeError } from "../../app/errors";
import type { Banner } from "../../app/banner";
import { t } from "../../i18n";
import { append, clear, h } from "../../lib/dom";

const PAGE = 50;

function summary(entry: AuditEntry): string {
  const counts = entry.details.summary as Record<string, number> | undefined;
  if (counts)
    return t("admin.audit.importSummary", {
      new: counts.new ?? 0,
      updated: counts.updated ?? 0,
      unchanged: counts.unchanged ?? 0,
    });
  return entry.changes.length ? t("admin.audit.changes", { n: entry.changes.length }) : "";
}

/** The audit trail with filters (user, action, path, import, dates), newest first, paged. */
export function createAuditPanel(banner: Banner, initial: URLSearchParams): HTMLElement {
  const field = (name: keyof AuditFilters, type = "text") =>
    h("input", {
      type,
      name,
      value: initial.get(name) ?? "",
      placeholder: t(`admin.audit.filter.${name}`),
      "aria-label": t(`admin.audit.filter.${name}`),
    });
  const inputs = [
    field("by"),
    field("action"),
    field("path"),
    field("importId"),
    field("from", "date"),
    field("to", "date"),
  ];
  const body = h("tbody", {});
  const info = h("p", { class: "muted", "data-testid": "audit-total" });
  const more = h("button", { hidden: true }, t("admin.audit.more"));
  let skip = 0;

  const filters = (): AuditFilters =>
    Object.fromEntries(inputs.filter((i) => i.value.trim()).map((i) => [i.name, i.value.trim()]));

  function row(entry: AuditEntry): HTMLElement {
    const details = h(
      "details",
      {},
      h("summary", {}, summary(entry) || t("admin.audit.details")),
      h("pre", {}, JSON.stringify({ details: entry.details, changes: entry.changes }, null, 1)),
    );
    return h(
      "tr",
      { "data-action": entry.action },
      h("td", {}, entry.at.slice(0, 19).replace("T", " ")),
      h("td", {}, entry.by, entry.role ? h("span", { class: "muted" }, ` · ${t(`role.${entry.role}`)}`) : null),
      h(
        "td",
        {},
        t(`admin.audit.action.${entry.action}`) === `admin.audit.action.${entry.action}`
          ? entry.action
          : t(`admin.audit.action.${entry.action}`),
      ),
      // request paths, file names and import ids are data as recorded, not UI text: marked so (translate=no)
      h(
        "td",
        { class: "ids", translate: "no" },
        entry.method ? `${entry.method} ${entry.path ?? ""}` : (entry.path ?? ""),
      ),
      h(
        "td",
        { translate: "no" },
        entry.file ?? "",
        entry.importId ? h("div", { class: "muted" }, entry.importId) : null,
      ),
      h("td", {}, details),
    );
  }

  async function load(reset: boolean) {
    if (reset) {
      skip = 0;
      clear(body);
    }
    try {
      const page = await adminApi.audit({ ...filters(), limit: PAGE, skip });
      append(body, ...page.entries.map(row));
      skip += page.entries.length;
      info.textContent = t("admin.audit.total", { shown: skip, total: page.total });
      more.hidden = skip >= page.total;
    } catch (error) {
      banner.error(describeError(error), () => void load(reset));
    }
  }
  more.addEventListener("click", () => void load(false));
  const form = h(
    "form",
    { class: "form-row audit-filters" },
    ...inputs,
    h("button", { type: "submit", class: "primary" }, t("admin.audit.search")),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void load(true);
  });
  void load(true);
  return h(
    "section",
    { class: "card", "data-testid": "audit-panel" },
    h("h2", {}, t("admin.audit.title")),
    form,
    info,
    h(
      "table",
      { class: "grid audit" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ...["at", "by", "action", "path", "file", "what"].map((k) => h("th", {}, t(`admin.audit.col.${k}`))),
        ),
      ),
      body,
    ),
    more,
  );
}
