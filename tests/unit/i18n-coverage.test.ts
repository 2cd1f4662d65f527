import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { translateResult } from "../../client/views/queries/columns";
import { NODE_KINDS, REL_TYPES, SOURCES, STAGES } from "../../server/contracts/model";
import { REPO_ROOT } from "../../server/db/local/paths";
import { loadLibrary } from "../../server/features/queries/query-registry";

// Chinese all the way (docs/screens.md): every server error code and every shared vocabulary value has
// zh and en text; result tables and CSV show translated values, never the raw keys.

function dictionary(lang: "zh" | "en"): Record<string, string> {
  const dir = path.join(REPO_ROOT, "client", "i18n", lang);
  return Object.assign(
    {},
    ...fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"))),
  );
}
const zh = dictionary("zh");
const en = dictionary("en");
const translate = (dict: Record<string, string>) => (key: string) => dict[key] ?? key;

function serverErrorCodes(): string[] {
  const codes = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".ts")) {
        const text = fs.readFileSync(full, "utf8");
        // new DomainError("kind", "CODE" …), conflict("CODE" …) / forbidden("CODE" …), new AppError(500, "CODE" …),
        // and the HTTP layer's own answers ({ status, code: "CODE" …}, BODY_ERRORS entries [400, "CODE", …]).
        const patterns = [
          /(?:new DomainError|super)\(\s*"[a-z_]+"\s*,\s*"([A-Z][A-Z_]+)"/g,
          /\b(?:conflict|forbidden)\(\s*"([A-Z][A-Z_]+)"/g,
          /(?:new AppError\(\s*\d+\s*,\s*|\[\s*\d{3}\s*,\s*)"([A-Z][A-Z_]+)"/g,
          /\bcode:\s*"([A-Z][A-Z_]+)"/g,
        ];
        for (const pattern of patterns) for (const m of text.matchAll(pattern)) codes.add(m[1]!);
      }
    }
  };
  walk(path.join(REPO_ROOT, "server"));
  return [...codes].sort();
}

describe("zh/en text for what the server says", () => {
  it("finds the server's error codes (the scan itself works)", () => {
    expect(serverErrorCodes()).toEqual(
      expect.arrayContaining(["VALIDATION_FAILED", "NOT_FOUND", "WRITE_NOT_ALLOWED", "DB_UNAVAILABLE", "INTERNAL"]),
    );
  });

  it.each(serverErrorCodes())("error code %s has Chinese and English text", (code) => {
    expect(zh[`error.code.${code}`], `zh error.code.${code}`).toMatch(/[\u4e00-\u9fff]/);
    expect(en[`error.code.${code}`], `en error.code.${code}`).toBeTruthy();
  });

  it("translates every value of the shared vocabularies", () => {
    const keys = [
      ...NODE_KINDS.map((k) => `kind.${k}`),
      ...REL_TYPES.map((r) => `ex.rel.${r}`),
      ...SOURCES.map((s) => `source.${s}`),
      ...STAGES.map((s) => `chains.stage.${s}`),
    ];
    for (const key of keys) {
      expect(zh[key], key).toMatch(/[\u4e00-\u9fff]/);
      expect(en[key], key).toBeTruthy();
    }
  });
});

describe("query results in Chinese", () => {
  it("titles declared columns and translates vocabulary values, also undeclared ones and inside lists", () => {
    const shown = translateResult(
      ["name", "kind", "type", "source", "stage", "what", "localOrgs"],
      [
        ["株洲中车", "Enterprise", "COLLABORATES_WITH", "public", "UP", "node", 3],
        [
          "x",
          ["University", "Platform"],
          { $: "rel", id: "r", type: "SUPPLIES", start: "a", end: "b" },
          "illustrative",
          "MID",
          "link",
          0,
        ],
      ],
      {
        kind: { title: { zh: "类型", en: "Kind" }, vocab: "kind" },
        what: {
          title: { zh: "类别", en: "What" },
          values: { node: { zh: "节点", en: "Node" }, link: { zh: "关系", en: "Relationship" } },
        },
        localOrgs: { title: { zh: "本地单位数", en: "Local organisations" } },
      },
      "zh",
      translate(zh),
    );
    expect(shown.columns).toEqual(["name", "类型", "type", "source", "stage", "类别", "本地单位数"]);
    expect(shown.rows[0]).toEqual([
      "株洲中车",
      "企业",
      zh["ex.rel.COLLABORATES_WITH"],
      zh["source.public"],
      zh["chains.stage.UP"],
      "节点",
      3,
    ]);
    expect(shown.rows[1]![1]).toEqual([zh["kind.University"], zh["kind.Platform"]]);
    expect((shown.rows[1]![2] as { type: string }).type).toBe(zh["ex.rel.SUPPLIES"]);
    expect(JSON.stringify(shown.rows)).not.toMatch(/Enterprise|COLLABORATES_WITH|public|illustrative|"UP"|"MID"/);
  });

  it("resolves every vocabulary a library query declares to Chinese text", () => {
    const prefixes: Record<string, string> = {
      kind: "kind.",
      rel: "ex.rel.",
      source: "source.",
      stage: "chains.stage.",
      collab: "vocab.collab.",
      role: "vocab.role.",
      level: "vocab.level.",
    };
    for (const query of loadLibrary()) {
      for (const [column, spec] of Object.entries(query.columns ?? {})) {
        expect(spec.title.zh, `${query.id}.${column}`).toMatch(/[\u4e00-\u9fff]/);
        if (spec.vocab)
          expect(
            Object.keys(zh).some((k) => k.startsWith(prefixes[spec.vocab!] ?? "?")),
            `${query.id}.${column}`,
          ).toBe(true);
      }
    }
  });
});
