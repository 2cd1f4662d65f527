import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startE2E, type E2E } from "./harness";

let e2e: E2E;
const ids: string[] = [];
const digest = fs
  .readFileSync(path.join(import.meta.dirname, "../fixtures/documents/collaborations-digest.txt"), "utf8")
  .replace("测试用文本", "测试用文本（端到端）");

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e.app.db.writeTx(async (tx) => {
    await tx.raw("MATCH ()-[r]->() WHERE r.source = 'document' AND r.documentId IN $ids DELETE r", { ids });
    await tx.raw("MATCH (n:Entity) WHERE n.source = 'document' AND n.documentId IN $ids DETACH DELETE n", { ids });
    await tx.raw("MATCH (r:RejectedProposal) WHERE r.documentId IN $ids DELETE r", { ids });
    await tx.raw("MATCH (d:Document) WHERE d.id IN $ids DELETE d", { ids });
  });
  await e2e?.close();
});

describe("document ingestion in real Chromium", () => {
  it("uploads a document, reviews it, accepts some proposals, applies, and shows the fact with its sentence in the explorer", async () => {
    const page = await e2e.page();
    await page.goto("/data");
    await page.getByTestId("documents-link").click();
    await page.getByTestId("doc-list").waitFor();
    await page
      .getByTestId("doc-file")
      .setInputFiles({ name: "e2e-digest.txt", mimeType: "text/plain", buffer: Buffer.from(digest, "utf8") });
    await page.waitForURL(/\/data\/documents\/doc_/);
    const id = /doc_[a-z0-9]+/.exec(page.url())![0];
    ids.push(id);
    await page.getByTestId("doc-text").locator("mark.mention.candidate").first().waitFor();
    expect(await page.getByTestId("doc-title").textContent()).toContain("端到端");
    await e2e.screenshot(page, "documents-review");

    const { body: p } = await e2e.app.get(`/api/documents/${id}/proposals`);
    const school = p.entities.find((e: any) => e.text === "国防科技大学航天科学与工程学院");
    const link = p.links.find(
      (l: any) => l.type === "COLLABORATES_WITH" && (l.source.ref === school.id || l.target.ref === school.id),
    );
    // Filter to universities, accept the candidate; sort links by confidence and accept its collaboration.
    await page.getByTestId("entities-filter").selectOption("University");
    expect(await page.locator("[data-testid=entities] tbody tr").count()).toBeLessThan(p.entities.length);
    await page.getByTestId(`decide-${school.id}`).selectOption("accept");
    await page.locator("[data-testid=links] th[data-sort=confidence]").click();
    await page.getByTestId(`decide-${link.id}`).selectOption("accept");
    await page.getByTestId("doc-apply").click();
    await page.getByTestId("apply-status").getByText("新增 1 个节点").waitFor();
    await e2e.screenshot(page, "documents-applied");

    const created = await e2e.app.db.readTx(async (tx) =>
      (await tx.raw("MATCH (n:Entity {documentId: $id}) RETURN n.id AS id", { id })).records.map(
        (r) => r.get("id") as string,
      ),
    );
    expect(created).toHaveLength(1);
    await page.goto(`/explore?focus=${created[0]}&sel=${created[0]}`);
    await page.getByRole("heading", { name: "国防科技大学航天科学与工程学院" }).waitFor();
    const quote = page.getByTestId("details").getByTestId("prov-quote").first(); // the node's; its link's follows
    expect(await quote.textContent()).toContain(
      "国防科技大学航天科学与工程学院材料系团队自2006年起与时代新材开展风电叶片技术合作。",
    );
    await e2e.screenshot(page, "documents-explorer-fact");
    await page.getByTestId("details").getByTestId("prov-document-link").first().click();
    await page.waitForURL(/\/data\/documents\/doc_.*\?at=\d+-\d+/);
    const focused = page.locator(".doc-text .sentence.focus");
    await focused.waitFor();
    expect(await focused.textContent()).toBe(
      "国防科技大学航天科学与工程学院材料系团队自2006年起与时代新材开展风电叶片技术合作。",
    );
    expect(page.consoleErrors).toEqual([]);
  });

  it("keeps documents from viewers", async () => {
    const page = await e2e.page({ as: "viewer" });
    await page.goto("/data/documents");
    await page.getByTestId("doc-locked").waitFor();
    expect(page.consoleErrors).toEqual([]);
  });
});
