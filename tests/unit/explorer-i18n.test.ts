import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REL_TYPES } from "../../server/contracts/model";

const root = path.resolve(__dirname, "../..");
const dict = (lang: string) =>
  JSON.parse(fs.readFileSync(path.join(root, `client/i18n/${lang}/explore.json`), "utf8")) as Record<string, string>;
const sources = ["client/views/explore", "client/charts/force", "client/charts/chain"].flatMap((dir) =>
  fs
    .readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith(".ts"))
    .map((f) => fs.readFileSync(path.join(root, dir, f), "utf8")),
);

describe("explorer UI text", () => {
  const zh = dict("zh");
  const en = dict("en");

  it("has every key in both languages, none empty", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(zh), ...Object.entries(en)]) expect(value.trim(), key).not.toBe("");
  });

  it("defines every literal ex.* key the code uses, and a name for every relationship type", () => {
    const used = new Set(
      sources.flatMap((text) => [...text.matchAll(/["'`](ex\.[A-Za-z.]+[A-Za-z])["'`]/g)].map((m) => m[1]!)),
    );
    expect(used.size).toBeGreaterThan(50);
    for (const key of used) expect(zh[key], key).toBeDefined();
    for (const type of REL_TYPES) expect(zh[`ex.rel.${type}`], type).toBeDefined();
  });

  it("uses the same {placeholders} in both languages", () => {
    const vars = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh)) expect(vars(en[key]!), key).toEqual(vars(zh[key]!));
  });
});
