import type { Database } from "../../server/db/database";
import type { Client } from "./test-db";

/** POST a file to /api/import/uploads as the raw body, as the UI and the CLI do. */
export async function upload(client: Client, file: string, bytes: Uint8Array | string) {
  const response = await client.fetch(`/api/import/uploads?file=${encodeURIComponent(file)}`, {
    method: "POST",
    headers: { "content-type": "application/octet-stream" },
    body: typeof bytes === "string" ? Buffer.from(bytes, "utf8") : Buffer.from(bytes),
  });
  return { status: response.status, body: (await response.json()) as any };
}

/** Upload, then preview with these options (entity etc.). */
export async function preview(
  client: Client,
  file: string,
  bytes: Uint8Array | string,
  options: Record<string, unknown>,
) {
  const up = await upload(client, file, bytes);
  if (up.status !== 201) return { upload: up, status: up.status, body: up.body };
  const res = await client.send("POST", `/api/import/uploads/${up.body.uploadId}/preview`, options);
  return { upload: up, ...res };
}

/** Remove everything a test imported from files whose name starts with `prefix` (nodes, their links, links). */
export async function cleanupImports(db: Database, prefix: string) {
  await db.writeTx(async (tx) => {
    await tx.raw("MATCH ()-[r]->() WHERE r.source = 'import' AND r.file STARTS WITH $prefix DELETE r", { prefix });
    await tx.raw("MATCH (n:Entity) WHERE n.source = 'import' AND n.file STARTS WITH $prefix DETACH DELETE n", {
      prefix,
    });
  });
}

export async function entityCounts(db: Database) {
  return db.readTx(async (tx) => {
    const r = await tx.raw(
      "MATCH (n:Entity) WITH count(n) AS nodes CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS links } RETURN nodes, links",
    );
    return { nodes: r.records[0]!.get("nodes") as number, links: r.records[0]!.get("links") as number };
  });
}
