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

  it("gives every page a fresh style nonce that matches its CSP, and allows no other <style> elements", async () => {
    const nonces = [];
    for (let i = 0; i < 2; i++) {
      const response = await e2e.app.fetch("/queries/editor");
      const csp = response.headers.get("content-security-policy") ?? "";
      const meta = /<meta name="csp-nonce" content="([^"]+)"/.exec(await response.text())?.[1];
      expect(meta).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
      expect(csp).toContain(`style-src-elem 'self' 'nonce-${meta}'`);
      expect(csp).not.toMatch(/style-src(-elem)? [^;]*unsafe-inline/);
      nonces.push(meta);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it("says a page is loading while it waits for its data, instead of showing nothing", async () => {
    const page = await e2e.page();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/api/problems/*/candidates*", async (route) => {
      await held;
      await route.continue();
    });
    const asked = page.waitForRequest(/\/api\/problems\/[^/]+\/candidates/);
    await page.goto("/problems/prob:rail-green-power-device");
    await asked; // the page's code is loaded and mounting: it waits for the candidates
    const loading = page.getByTestId("page-loading");
    expect(await loading.textContent()).toBe("加载中……");
    expect(await page.locator("main").innerText()).toBe("加载中……");
    release();
    await page.getByTestId("consortium-card").first().waitFor();
    expect(await loading.count()).toBe(0);
    expect(page.consoleErrors).toEqual([]);
  });

  it("serves index.html for deep links and a clear message for unknown pages", async () => {
    const page = await e2e.page();
    await page.goto("/no-such-page");
    await page.getByText("/no-such-page").waitFor();
    expect(page.consoleErrors).toEqual([]);
  });
  it("offers write controls only to those who may write, and says how to get them", async () => {
    const problem = "prob:solid-na-interface";
    const guest = await e2e.page({ as: "anonymous" });
    await guest.goto("/problems");
    await guest.locator("[data-problem]").first().waitFor();
    expect(await guest.getByTestId("new-problem").count()).toBe(0);
    expect(await guest.getByTestId("read-only-note").textContent()).toContain("访客");
    await guest.goto(`/problems/${problem}`);
    await guest.getByTestId("consortium-card").first().waitFor();
    expect(await guest.getByTestId("edit-problem").count()).toBe(0);
    expect(await guest.getByTestId("close-problem").count()).toBe(0);
    expect(await guest.getByTestId("save-consortium").count()).toBe(0);
    expect(await guest.getByTestId("what-if").count()).toBeGreaterThan(0);
    await e2e.screenshot(guest, "read-only-problem");
    await guest.goto("/queries");
    await guest.locator("[data-query]").first().waitFor();
    expect(await guest.getByTestId("open-editor").count()).toBe(0);
    await guest.goto("/queries/editor");
    await guest.getByTestId("read-only-note").waitFor();
    expect(await guest.getByTestId("cypher-editor").count()).toBe(0);
    await guest.getByTestId("read-only-login").click();
    await guest.getByTestId("login-dialog").waitFor();
    expect(guest.consoleErrors).toEqual([]);

    const viewer = await e2e.page({ as: "viewer" });
    await viewer.goto("/problems");
    await viewer.locator("[data-problem]").first().waitFor();
    expect(await viewer.getByTestId("read-only-note").textContent()).toContain("查看者");
    expect(await viewer.getByTestId("read-only-login").count()).toBe(0);
    expect(await viewer.getByTestId("new-problem").count()).toBe(0);

    const analyst = await e2e.page({ as: "analyst" });
    await analyst.goto(`/problems/${problem}`);
    await analyst.getByTestId("save-consortium").first().waitFor();
    expect(await analyst.getByTestId("edit-problem").count()).toBe(1);
    expect(await analyst.getByTestId("read-only-note").count()).toBe(0);
  });
});
