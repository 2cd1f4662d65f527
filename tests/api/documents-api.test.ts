import fs from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPLY_FILE } from "../../seed/dataset";
import { entityCounts } from "../setup/import-helpers";
import { tinyPdf } from "../setup/pdf-fixture";
import { auditEntries } from "../setup/test-auth";
import { startTestApp, type Client, type RunningApp } from "../setup/test-db";

let app: RunningApp;
let analyst: Client;
let viewer: Client;
const created = new Set<string>();
const reply = fs.readFileSync(REPLY_FILE);
const digest = fs.readFileSync(
  path.join(import.meta.dirname, "../fixtures/documents/collaborations-digest.txt"),
  "utf8",
);

async function post(client: Client, body: BodyInit, headers: Record<string, string>, file?: string) {
  const res = await client.fetch(`/api/documents${file ? `?file=${encodeURIComponent(file)}` : ""}`, {
    method: "POST",
    headers,
    body,
  });
  const json = (await res.json()) as any;
  if (json?.document?.id) created.add(json.document.id);
  return { status: res.status, body: json };
}
const raw = (client: Client, bytes: Uint8Array | string, file: string) =>
  post(
    client,
    typeof bytes === "string" ? Buffer.from(bytes) : Buffer.from(bytes),
    { "content-type": "application/octet-stream" },
    file,
  );
function multipart(file: string, text: string) {
  const boundary = "----chainatlas-test";
  const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file}"\r\nContent-Type: text/plain\r\n\r\n${text}\r\n--${boundary}--\r\n`;
  return { body: Buffer.from(body), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}
const counts = async () => ({
  ...(await entityCounts(app.db)),
  documents: await app.db.readTx(
    async (tx) => (await tx.raw("MATCH (d:Document) RETURN count(d) AS n")).records[0]!.get("n") as number,
  ),
});

beforeAll(async () => {
  app = await startTestApp();
  analyst = await app.as("analyst");
  viewer = await app.as("viewer");
});
afterAll(async () => {
  const ids = [...created];
  await app.db.writeTx(async (tx) => {
    await tx.raw("MATCH ()-[r]->() WHERE r.source = 'document' AND r.documentId IN $ids DELETE r", { ids });
    await tx.raw("MATCH (n:Entity) WHERE n.source = 'document' AND n.documentId IN $ids DETACH DELETE n", { ids });
    await tx.raw("MATCH (r:RejectedProposal) WHERE r.documentId IN $ids DELETE r", { ids });
    await tx.raw("MATCH (d:Document) WHERE d.id IN $ids DELETE d", { ids });
  });
  await app.close();
});

describe("documents: ingest", () => {
  it("ingests the reply as an analyst without touching the graph, and a duplicate upload returns the stored document", async () => {
    const before = await entityCounts(app.db);
    const first = await raw(analyst, reply, "reply-2025-37.txt");
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      created: true,
      document: {
        number: "株科办〔2025〕37号",
        issuerId: "gov:zz-stb",
        format: "txt",
        encoding: "utf-8",
        status: "new",
        uploadedBy: expect.any(String),
      },
    });
    expect(first.body.document.counts.entities).toBeGreaterThan(50);
    expect(await entityCounts(app.db)).toEqual(before);
    const again = await raw(analyst, reply, "copy.txt");
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: false, document: { id: first.body.document.id } });
    const list = await analyst.get("/api/documents");
    expect(list.body.documents.filter((d: { sha256: string }) => d.sha256 === first.body.document.sha256)).toHaveLength(
      1,
    );
  });

  it("serves the text and proposals whose quotes are verbatim at their offsets", async () => {
    const { body: list } = await analyst.get("/api/documents");
    const id = list.documents.find((d: { number: string | null }) => d.number === "株科办〔2025〕37号").id;
    const { status, body: doc } = await analyst.get(`/api/documents/${id}`);
    expect(status).toBe(200);
    expect(doc.text.length).toBe(doc.chars);
    const { body: p } = await analyst.get(`/api/documents/${id}/proposals`);
    expect(p.links.length).toBeGreaterThan(20);
    for (const e of p.entities) expect(doc.text.slice(e.start, e.end)).toBe(e.text);
    for (const l of p.links) expect(doc.text.slice(l.start, l.end)).toBe(l.quote);
  });

  it("reads GBK text, pasted text and multipart uploads", async () => {
    const gbk = new Uint8Array([
      0xd6, 0xea, 0xd6, 0xde, 0xca, 0xd0, 0xbf, 0xc6, 0xd1, 0xa7, 0xbc, 0xbc, 0xca, 0xf5, 0xbe, 0xd6,
    ]); // 株洲市科学技术局
    const a = await raw(analyst, gbk, "gbk.txt");
    expect(a.status).toBe(201);
    expect(a.body.document.encoding).toBe("gb18030");
    const pasted = await post(
      analyst,
      JSON.stringify({ text: "中车株机联合中南大学开展测试合作。", title: "粘贴测试" }),
      { "content-type": "application/json" },
    );
    expect(pasted.status).toBe(201);
    expect(pasted.body.document).toMatchObject({ title: "粘贴测试", format: "text" });
    const m = multipart("digest.txt", digest);
    const form = await post(analyst, m.body, m.headers);
    expect(form.status).toBe(201);
    expect(form.body.document.file).toBe("digest.txt");
    const xml = `<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>株洲市科学技术局文件</w:t></w:r></w:p><w:p><w:r><w:t>湘科测〔2026〕1号</w:t></w:r></w:p></w:body></w:document>`;
    const word = await raw(analyst, zipSync({ "word/document.xml": strToU8(xml) }), "notice.docx");
    expect(word.status).toBe(201);
    expect(word.body.document).toMatchObject({ format: "docx", number: "湘科测〔2026〕1号", issuerId: "gov:zz-stb" });
    const pdf = await raw(
      analyst,
      tinyPdf(["BT /F1 12 Tf 20 200 Td (CRRC ZELC and CSU cooperate.) Tj ET"]),
      "text.pdf",
    );
    expect(pdf.status).toBe(201);
    expect(pdf.body.document.format).toBe("pdf");
    expect((await analyst.get(`/api/documents/${pdf.body.document.id}`)).body.text).toContain(
      "CRRC ZELC and CSU cooperate.",
    );
  });

  it("refuses bad input with a clear error and writes nothing", async () => {
    const before = await counts();
    const cases: [() => Promise<{ status: number; body: any }>, number, string, string?][] = [
      [() => raw(analyst, "", "empty.txt"), 400, "EMPTY_DOCUMENT"],
      [() => raw(analyst, "   \n  ", "blank.txt"), 400, "EMPTY_DOCUMENT"],
      [
        () => raw(analyst, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), "scan.txt"),
        415,
        "UNSUPPORTED_TYPE",
      ],
      [() => post(analyst, Buffer.from("x"), { "content-type": "image/png" }), 415, "UNSUPPORTED_MEDIA_TYPE"],
      [
        () => raw(analyst, new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0xe9]), "latin1.txt"),
        422,
        "BAD_ENCODING",
      ],
      [
        () => raw(analyst, new Uint8Array(5 * 1024 * 1024 + 70 * 1024).fill(0x41), "big.txt"),
        413,
        "DOCUMENT_TOO_LARGE",
      ],
      [
        () =>
          raw(analyst, zipSync({ "word/document.xml": new Uint8Array(60 * 1024 * 1024) }, { level: 9 }), "bomb.docx"),
        413,
        "TOO_LARGE",
      ],
      [
        () => raw(analyst, tinyPdf(["0 0 1 rg 10 10 100 100 re f"]), "scan.pdf"),
        422,
        "NO_TEXT_LAYER",
        "no text layer — OCR is not supported",
      ],
      [() => raw(analyst, strToU8("%PDF-1.7\nbroken"), "broken.pdf"), 422, "UNREADABLE_DOCUMENT"],
    ];
    for (const [send, status, code, message] of cases) {
      const res = await send();
      expect([res.status, res.body.error?.code]).toEqual([status, code]);
      expect(res.body.error.message).toEqual(message ? expect.stringContaining(message) : expect.any(String));
    }
    expect(await counts()).toEqual(before);
  });

  it("keeps documents from viewers and anonymous callers", async () => {
    expect((await viewer.get("/api/documents")).status).toBe(403);
    expect((await raw(viewer, "株洲", "v.txt")).status).toBe(403);
    expect((await (await app.as("anonymous")).get("/api/documents")).status).toBe(401);
  });
});

describe("documents: review and apply", () => {
  let id: string;
  let p: any;
  const find = (type: string, from: string, to: string) =>
    p.links.find((l: any) => l.type === type && l.source.id === from && l.target.id === to);

  beforeAll(async () => {
    const res = await raw(analyst, digest.replace("测试用文本", "测试用文本（应用）"), "digest-apply.txt");
    id = res.body.document.id;
    p = (await analyst.get(`/api/documents/${id}/proposals`)).body;
  });

  it("refuses a link whose new end is not accepted, and a type the endpoints cannot have, writing nothing", async () => {
    const school = p.entities.find((e: any) => e.text === "国防科技大学航天科学与工程学院");
    const link = p.links.find((l: any) => l.source.ref === school.id || l.target.ref === school.id);
    const before = await counts();
    const res = await analyst.send("POST", `/api/documents/${id}/apply`, { accept: [link.id] });
    expect([res.status, res.body.error.code]).toEqual([422, "APPLY_INVALID"]);
    const collab = find("COLLABORATES_WITH", "ent:minmetals", "ent:zcc");
    const wrongType = await analyst.send("POST", `/api/documents/${id}/apply`, {
      accept: [collab.id],
      edits: [{ id: collab.id, type: "LEADS" }],
    });
    expect([wrongType.status, wrongType.body.error.code]).toEqual([422, "APPLY_INVALID"]);
    expect((await analyst.send("POST", `/api/documents/${id}/apply`, { accept: ["l9999"] })).status).toBe(400);
    expect(await counts()).toEqual({ ...before });
  });

  it("applies accepted proposals in one audited transaction with document provenance, idempotently", async () => {
    const school = p.entities.find((e: any) => e.text === "国防科技大学航天科学与工程学院");
    const schoolLink = p.links.find(
      (l: any) => l.type === "COLLABORATES_WITH" && (l.source.ref === school.id || l.target.ref === school.id),
    );
    const supply = find("SUPPLIES", "ent:zcc", "ent:zz-precision");
    const collab = find("COLLABORATES_WITH", "ent:minmetals", "ent:zcc");
    const rejectMe = find("HAS_CAPABILITY", "ent:envision", "tech:wind-blade-composites");
    const body = {
      accept: [school.id, schoolLink.id, supply.id, collab.id],
      reject: [rejectMe.id],
      edits: [{ id: school.id, name: "国防科技大学航天科学与工程学院" }],
    };
    const before = await entityCounts(app.db);
    const res = await analyst.send("POST", `/api/documents/${id}/apply`, body);
    expect(res.status).toBe(200);
    expect(res.body.created.nodes).toBe(1);
    expect(res.body.rejected).toBe(1);
    const after = await entityCounts(app.db);
    expect(after.nodes).toBe(before.nodes + 1);
    expect(after.links).toBe(before.links + res.body.created.links);
    expect(res.body.created.links + res.body.unchanged.links).toBe(3);

    const nodeId = res.body.nodes[0].id;
    const node = await viewer.get(`/api/nodes/${encodeURIComponent(nodeId)}`);
    expect(node.status).toBe(200);
    expect(node.body.node ?? node.body).toBeTruthy();
    const stored = await app.db.readTx(
      async (tx) =>
        (await tx.raw("MATCH (n:Entity {id: $id}) RETURN properties(n) AS p, labels(n) AS l", { id: nodeId }))
          .records[0]!,
    );
    expect(stored.get("l")).toEqual(expect.arrayContaining(["Entity", "Org", "University"]));
    expect(stored.get("p")).toMatchObject({
      source: "document",
      documentId: id,
      quote: school.quote,
      quoteStart: school.start,
      quoteEnd: school.end,
      by: expect.any(String),
      reviewedAt: expect.any(String),
    });
    const supplyLink = await app.db.readTx(async (tx) =>
      (
        await tx.raw(
          "MATCH (:Entity {id: 'ent:zcc'})-[r:SUPPLIES]->(:Entity {id: 'ent:zz-precision'}) RETURN properties(r) AS p",
        )
      ).records.map((r) => r.get("p")),
    );
    expect(supplyLink.length).toBe(1); // never duplicated, whether the seed had it or this apply wrote it

    // The trail is sealed in the database (docs/security.md): read it through the audit service, as /admin does.
    const audit = (await auditEntries(app.db, { action: "documents.apply" })).find((e) => e.id === res.body.auditId);
    expect(audit?.action).toBe("documents.apply");
    expect(audit?.details).toMatchObject({ documentId: id, accepted: 4 });

    const again = await analyst.send("POST", `/api/documents/${id}/apply`, body);
    expect(again.status).toBe(200);
    expect(again.body.created).toEqual({ nodes: 0, links: 0 });
    expect(await entityCounts(app.db)).toEqual(after);

    const decisions = (await analyst.get(`/api/documents/${id}/proposals`)).body.decisions;
    expect(decisions[school.id]).toBe("applied");
    expect(decisions[rejectMe.id]).toBe("rejected");
    // Re-ingesting a revision of the text does not propose the rejected link again.
    const revised = await raw(
      analyst,
      `${digest}\n五、补充\n1. 时代新材携手远景能源，共同研发碳梁叶片。`,
      "digest-revised.txt",
    );
    const next = (await analyst.get(`/api/documents/${revised.body.document.id}/proposals`)).body;
    expect(next.links.some((l: any) => l.key === rejectMe.key)).toBe(false);
    expect(next.links.length).toBeGreaterThan(0);
  });
});
