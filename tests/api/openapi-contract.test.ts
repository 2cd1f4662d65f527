import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../setup/test-db";

// The OpenAPI document is the contract schemathesis checks in CI (tests/contract/): it must resolve on its own.
let app: RunningApp;
let doc: any;
beforeAll(async () => {
  app = await startTestApp({ as: "anonymous" });
  doc = (await app.get("/api/openapi.json")).body;
});
afterAll(async () => {
  await app.close();
});

function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, found));
  else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (key === "$ref" && typeof inner === "string") found.push(inner);
      else refs(inner, found);
    }
  }
  return found;
}

const operations = () =>
  Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ path, method, op })),
  );

describe("the OpenAPI document", () => {
  it("has no dangling references and no schema definitions outside components", () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(0);
    for (const ref of all) {
      expect(ref, ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas[ref.split("/").pop()!], ref).toBeTruthy();
    }
    expect(JSON.stringify(doc.paths)).not.toMatch(/"(definitions|\$defs)"/);
    // The recursive Cypher parameter values, once dangling (#/definitions/__schema0):
    expect(refs(doc.paths["/api/cypher"].post.requestBody).length).toBeGreaterThan(0);
    expect(refs(doc.paths["/api/queries/{id}/run"].post.requestBody).length).toBeGreaterThan(0);
  });

  it("gives every operation a unique id and documents each download's content types", () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const types = (path: string) => Object.keys(doc.paths[path].get.responses["200"].content).sort();
    expect(types("/api/chains/{id}/gaps.csv")).toEqual(["text/csv"]);
    expect(types("/api/import/templates/{entity}")).toEqual([
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "text/csv",
    ]);
    expect(types("/api/export")).toEqual(
      expect.arrayContaining(["application/json", "application/zip", "application/graphml+xml", "text/plain"]),
    );
    expect(
      doc.paths["/api/export"].get.responses["200"].content["application/json"].schema.properties.format,
    ).toBeTruthy();
  });

  it("describes response objects exactly (no undeclared fields), e.g. the import fields' min/max", async () => {
    const schema = doc.paths["/api/import/entities"].get.responses["200"].content["application/json"].schema;
    const field = schema.properties.entities.items.properties.fields.items;
    expect(field.additionalProperties).toBe(false);
    expect(field.properties.max).toBeTruthy();
    const entities = (await app.get("/api/import/entities")).body.entities;
    for (const entity of entities)
      for (const f of entity.fields) for (const key of Object.keys(f)) expect(field.properties[key], key).toBeTruthy();
  });

  it("documents 405 with Allow and Retry-After on 503", () => {
    for (const { op } of operations()) {
      expect(op.responses["405"].headers.Allow).toBeTruthy();
      expect(op.responses["503"].headers["Retry-After"]).toBeTruthy();
    }
  });
});
