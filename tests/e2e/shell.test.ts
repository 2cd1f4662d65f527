import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startE2E, type E2E } from "./harness";

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

describe("client shell in real Chromium", () => {
  it("loads the seeded graph in Chinese without console errors, and toggles to English", async () => {
    const page = await e2e.page();
    await page.goto("/");
    await page.waitForURL(/\/explore/);
    await page.getByTestId("graph").waitFor();
    await page.waitForFunction(() => /个节点/.test(document.querySelector(".status")?.textContent ?? ""));
    expect(await page.locator(".topbar nav a").first().textContent()).toBe("图谱探索");
    await e2e.screenshot(page, "shell-zh");
    await page.getByTestId("lang-toggle").click();
    await page.waitForFunction(() => /nodes/.test(document.querySelector(".status")?.textContent ?? ""));
    expect(page.url()).toContain("lang=en");
    expect(await page.locator(".topbar nav a").first().textContent()).toBe("Explore");
    await page.reload();
    expect(await page.locator(".topbar nav a").first().textContent()).toBe("Explore");
    expect(page.consoleErrors).toEqual([]);
  });

  it("serves index.html for deep links and a clear message for unknown pages", async () => {
    const page = await e2e.page();
    await page.goto("/no-such-page");
    await page.getByText("/no-such-page").waitFor();
    expect(page.consoleErrors).toEqual([]);
  });
});
