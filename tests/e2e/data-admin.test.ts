import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanupImports } from "../setup/import-helpers";
import { removeUsers } from "../setup/test-auth";
import { startE2E, type E2E } from "./harness";

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await cleanupImports(e2e.app.db, "t7-e2e");
  await removeUsers(e2e.app.db, "t7-e2e");
  await e2e?.close();
});

const NAME = "株洲端到端导入测试有限公司";

describe("data import, export and admin in real Chromium", () => {
  it("uploads a CSV, shows the dry-run preview, applies it, and finds the new organisation in the explorer", async () => {
    const page = await e2e.page();
    await page.goto("/data");
    await page.getByTestId("import-panel").waitFor();
    const csv = `名称,类型,是否本地,区县\n${NAME},企业,是,天元区\n株洲中车时代半导体有限公司,企业,是,\n,企业,是,\n`;
    await page
      .getByTestId("import-file")
      .setInputFiles({ name: "t7-e2e.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.getByTestId("import-entity").waitFor();
    expect(await page.getByTestId("import-entity").inputValue()).toBe("organisations");
    await page.getByTestId("import-preview").click();
    await page.getByTestId("preview-summary").waitFor();
    expect(await page.getByTestId("preview-summary").textContent()).toContain("新增 1");
    expect(await page.getByTestId("preview-errors").textContent()).toContain("名称");
    expect(await page.getByTestId("import-apply").isDisabled()).toBe(true); // an error row blocks the apply
    await e2e.screenshot(page, "data-preview-errors");

    const fixed = `名称,类型,是否本地,区县\n${NAME},企业,是,天元区\n株洲中车时代半导体有限公司,企业,是,\n`;
    await page
      .getByTestId("import-file")
      .setInputFiles({ name: "t7-e2e.csv", mimeType: "text/csv", buffer: Buffer.from(fixed, "utf8") });
    await page.getByTestId("import-preview").click();
    await page.locator("[data-testid=preview-rows] tr[data-status=new]").waitFor();
    expect(await page.locator("[data-testid=preview-rows] tr[data-status=unchanged]").count()).toBe(1);
    await e2e.screenshot(page, "data-preview");
    await page.getByTestId("import-apply").click();
    await page.getByTestId("import-done").waitFor();
    expect(await page.getByTestId("import-done").textContent()).toContain("新增 1");
    await e2e.screenshot(page, "data-applied");

    await page.getByTestId("show-in-explorer").click();
    await page.waitForURL(/\/explore\?focus=ent%3Aimp-/);
    await page.getByRole("heading", { name: NAME }).waitFor();
    await e2e.screenshot(page, "explore-imported");
    const hits = await page.evaluate(
      async (q) => (await (await fetch(`/api/search?q=${encodeURIComponent(q)}`)).json()).hits,
      "端到端导入",
    );
    expect(hits[0].name).toBe(NAME);
    expect(page.consoleErrors).toEqual([]);
  });

  it("shows admins the users and the audit trail of that import", async () => {
    const page = await e2e.page();
    await page.goto("/admin?action=import");
    await page.getByTestId("users-panel").locator("tr[data-user=test-admin]").waitFor();
    await page.locator("[data-testid=audit-panel] tr[data-action='import.apply']").first().waitFor();
    expect(await page.getByTestId("audit-panel").textContent()).toContain("t7-e2e.csv");
    await page.getByTestId("new-username").fill("t7-e2e-viewer");
    await page.getByTestId("create-user").click();
    await page.getByTestId("secret").waitFor();
    const password = (await page.locator("[data-testid=secret] code").textContent())!;
    expect(password).toHaveLength(16);
    await e2e.screenshot(page, "admin");
    expect(page.consoleErrors).toEqual([]);

    // That viewer signs in through the dialog: no Admin entry, no import on /data.
    const anonymous = await e2e.page({ as: "anonymous" });
    await anonymous.goto("/data");
    await anonymous.getByTestId("import-locked").waitFor();
    const nav = await anonymous.locator(".topbar nav a").allTextContents();
    expect(nav).toContain("数据导入导出");
    expect(nav).not.toContain("管理");
    await anonymous.getByTestId("login-button").click();
    await anonymous.getByTestId("login-dialog").locator("input[name=username]").fill("t7-e2e-viewer");
    await anonymous.getByTestId("login-dialog").locator("input[name=password]").fill("wrong password!");
    await anonymous.getByTestId("login-dialog").locator("button[type=submit]").click();
    await anonymous.getByText("用户名或密码错误").waitFor();
    await anonymous.getByTestId("login-dialog").locator("input[name=password]").fill(password);
    await anonymous.getByTestId("login-dialog").locator("button[type=submit]").click();
    await anonymous.getByTestId("user-name").waitFor();
    expect(await anonymous.getByTestId("user-name").textContent()).toContain("t7-e2e-viewer");
    expect(await anonymous.locator(".topbar nav a").allTextContents()).not.toContain("管理");
    await anonymous.getByTestId("export-panel").waitFor();
    await e2e.screenshot(anonymous, "data-viewer");
    expect(anonymous.consoleErrors.filter((e) => !e.includes("401"))).toEqual([]);
  });
});
