import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startE2E, type E2E } from "./harness";

// The UI offers change controls only to the owner or an admin (the API enforces it too: tests/api/ownership).
let e2e: E2E;
const cleanup: string[] = [];
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  for (const path of cleanup.reverse()) await e2e?.app.send("DELETE", path);
  await e2e?.close();
});

const PROBLEM = "prob:solid-na-interface";

describe("owner-only controls in real Chromium", () => {
  it("an analyst sees who owns an admin's consortium and no delete button; the admin sees one", async () => {
    const candidates = (await e2e.app.get(`/api/problems/${PROBLEM}/candidates?limit=1`)).body;
    const org = (candidates.solvers[0] ?? candidates.leads[0]).id as string;
    const saved = await e2e.app.send("POST", "/api/consortia", {
      problem: PROBLEM,
      members: [{ org, role: "lead" }],
      name: "管理员的联合体",
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    cleanup.push(`/api/consortia/${encodeURIComponent(saved.body.id)}`);

    const analyst = await e2e.page({ as: "analyst" });
    await analyst.goto(`/problems/${PROBLEM}`);
    const item = analyst.locator(`[data-consortium='${saved.body.id}']`);
    await item.waitFor();
    expect(await item.getByTestId("consortium-owner").textContent()).toContain("test-admin");
    expect(await item.getByTestId("consortium-delete").count()).toBe(0);
    expect(analyst.consoleErrors).toEqual([]);

    const admin = await e2e.page();
    await admin.goto(`/problems/${PROBLEM}`);
    await admin.locator(`[data-consortium='${saved.body.id}'] [data-testid=consortium-delete]`).waitFor();
  });

  it("an analyst opening an admin's saved query gets a copy to save, no delete or restore; the admin restores a deleted one on /admin", async () => {
    const text = "MATCH (c:Chain) RETURN c.name AS chain";
    const created = await e2e.app.send("POST", "/api/queries", { title: "管理员的查询", text, note: "v1" });
    const id = created.body.id as string;
    cleanup.push(`/api/queries/${id}`);
    await e2e.app.send("PUT", `/api/queries/${id}`, { title: "管理员的查询", text: `${text} LIMIT 3`, note: "v2" });

    const analyst = await e2e.page({ as: "analyst" });
    await analyst.goto(`/queries/editor?id=${id}`);
    await analyst.getByTestId("owner-note").waitFor();
    expect(await analyst.getByTestId("owner-note").textContent()).toContain("test-admin");
    expect(await analyst.getByTestId("delete").isHidden()).toBe(true);
    await analyst.locator("[data-version='1']").waitFor();
    expect(await analyst.getByTestId("restore-1").count()).toBe(0);
    expect(analyst.consoleErrors).toEqual([]);

    expect((await e2e.app.send("DELETE", `/api/queries/${id}`)).status).toBe(200);
    const admin = await e2e.page();
    await admin.goto("/admin");
    await admin.getByTestId(`undelete-${id}`).click();
    await admin.waitForFunction(
      (queryId) => !document.querySelector(`[data-testid=deleted-queries] [data-query='${queryId}']`),
      id,
    );
    const back = await e2e.app.get(`/api/queries/${id}/versions`);
    expect(back.body.versions.map((v: { n: number }) => v.n)).toEqual([2, 1]);
    await e2e.screenshot(admin, "admin-deleted-queries");
    expect(admin.consoleErrors).toEqual([]);
  });
});
