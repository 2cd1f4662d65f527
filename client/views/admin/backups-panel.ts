import type { BackupSummary } from "../../../server/contracts/backups";
import { adminApi } from "../../api/admin";
import { describeError } from "../../app/errors";
import type { Banner } from "../../app/banner";
import { t } from "../../i18n";
import { append, clear, h } from "../../lib/dom";

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Backups on the server: the schedule, "back up now", and a download link per file (restoring is a server command). */
export function createBackupsPanel(banner: Banner): HTMLElement {
  const body = h("tbody", {});
  const schedule = h("p", { class: "muted", "data-testid": "backup-schedule" });
  const empty = h("p", { class: "muted", hidden: true }, t("admin.backups.empty"));
  const status = h("p", { role: "status", class: "muted" });
  const now = h("button", { class: "primary", "data-testid": "backup-now" }, t("admin.backups.now"));

  function row(backup: BackupSummary): HTMLElement {
    return h(
      "tr",
      { "data-name": backup.name },
      h("td", {}, backup.createdAt.slice(0, 19).replace("T", " ")),
      h("td", {}, t(`admin.backups.trigger.${backup.trigger}`)),
      h("td", {}, t("admin.backups.content", { nodes: backup.nodes, relationships: backup.relationships })),
      h("td", {}, size(backup.bytes)),
      h("td", { class: "ids", title: backup.sha256 }, backup.sha256.slice(0, 12)),
      h(
        "td",
        {},
        h("a", { href: adminApi.backupUrl(backup.name), download: backup.name }, t("admin.backups.download")),
      ),
    );
  }

  async function load() {
    try {
      const list = await adminApi.backups();
      schedule.textContent =
        list.schedule.intervalHours > 0
          ? t("admin.backups.schedule", { hours: list.schedule.intervalHours, keep: list.schedule.keep })
          : t("admin.backups.scheduleOff", { keep: list.schedule.keep });
      clear(body);
      append(body, ...list.backups.map(row));
      empty.hidden = list.backups.length > 0;
    } catch (error) {
      banner.error(describeError(error), () => void load());
    }
  }

  now.addEventListener("click", () => {
    now.disabled = true;
    status.textContent = t("admin.backups.running");
    void adminApi
      .createBackup()
      .then((made) => {
        status.textContent = t("admin.backups.done", {
          name: made.name,
          nodes: made.nodes,
          relationships: made.relationships,
        });
        return load();
      })
      .catch((error: unknown) => {
        status.textContent = "";
        banner.error(describeError(error));
      })
      .finally(() => {
        now.disabled = false;
      });
  });
  void load();
  return h(
    "section",
    { class: "card", "data-testid": "backups-panel" },
    h("h2", {}, t("admin.backups.title")),
    schedule,
    h("div", { class: "form-row" }, now),
    status,
    h(
      "table",
      { class: "grid backups" },
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          ...["at", "trigger", "content", "size", "hash", "file"].map((k) => h("th", {}, t(`admin.backups.col.${k}`))),
        ),
      ),
      body,
    ),
    empty,
    h("p", { class: "muted" }, t("admin.backups.restoreHint")),
  );
}
