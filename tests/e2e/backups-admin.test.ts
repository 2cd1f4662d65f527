import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startE2E, type E2E } from "./harness";

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe("backups on /admin in real Chromium", () => {
  it("lets an admin back up now and download the file, in Chinese", async () => {
    const page = await e2e.page();
    await page.goto("/admin");
    const panel = page.getByTestId("backups-panel");
    await panel.waitFor();
    expect(await panel.locator("h2").textContent()).toBe("数据备份");
    await page.getByTestId("backup-now").click();
    const done = panel.getByText("已完成备份");
    await done.waitFor({ timeout: 60_000 });
    const name = /chainatlas-[\w-]+\.jsonl\.gz/.exec((await done.textContent()) ?? "")?.[0];
    expect(name).toBeTruthy();
    const first = panel.locator(`tbody tr[data-name="${name}"]`); // the list was reloaded with the new one
    await first.waitFor();
    expect(await panel.locator("tbody tr").first().getAttribute("data-name")).toBe(name); // newest first
    expect(await first.textContent()).toContain("管理员手动");
    await e2e.screenshot(page, "admin-backups");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      first.getByRole("link", { name: "下载" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(name);
    expect(await panel.textContent()).not.toMatch(/Backup|Download|nodes/);
    expect(page.consoleErrors).toEqual([]);
  });

  it("is not offered to an analyst", async () => {
    const page = await e2e.page({ as: "analyst" });
    await page.goto("/admin");
    await page.getByTestId("admin-locked").waitFor();
    expect(await page.getByTestId("backups-panel").count()).toBe(0);
  });
});
