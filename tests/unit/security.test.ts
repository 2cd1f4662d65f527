import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { anonymousRoleFor, parseEnv } from "../../server/config/env";
import { securityFromEnv } from "../../server/config/security";
import { roleAllows } from "../../server/contracts/auth";
import { summarizeBody } from "../../server/features/audit/audit.service";
import { failureLimiter } from "../../server/features/auth/rate-limit";
import { cypherLiteral } from "../../server/features/export/formats";
import { routeAccess } from "../../server/http/route";
import { neutralizeFormula } from "../../server/contracts/csv";
import { toCsv } from "../../server/shared/spreadsheet-cells";

describe("route access defaults", () => {
  it("GET → viewer (anonymous may read), other methods → analyst and never anonymous", () => {
    expect(routeAccess({ method: "get" })).toEqual({ role: "viewer", loginRequired: false, audit: "none" });
    for (const method of ["post", "put", "patch", "delete"] as const)
      expect(routeAccess({ method })).toEqual({ role: "analyst", loginRequired: true, audit: "generic" });
    expect(routeAccess({ method: "post", auth: "admin", audit: "self" })).toEqual({
      role: "admin",
      loginRequired: true,
      audit: "self",
    });
    expect(routeAccess({ method: "post", readOnly: true })).toEqual({
      role: "viewer",
      loginRequired: false,
      audit: "none",
    });
    expect(routeAccess({ method: "post", auth: "none" })).toMatchObject({ role: "none", loginRequired: false });
  });

  it("orders roles viewer < analyst < admin", () => {
    expect(roleAllows("admin", "analyst")).toBe(true);
    expect(roleAllows("analyst", "admin")).toBe(false);
    expect(roleAllows(null, "viewer")).toBe(false);
    expect(roleAllows(null, "none")).toBe(true);
  });
});

describe("environment", () => {
  it("defaults ANONYMOUS_ROLE from HOST: viewer on loopback, none otherwise", () => {
    expect(anonymousRoleFor(parseEnv({}))).toBe("viewer");
    expect(anonymousRoleFor(parseEnv({ HOST: "0.0.0.0" }))).toBe("none");
    expect(anonymousRoleFor(parseEnv({ HOST: "0.0.0.0", ANONYMOUS_ROLE: "viewer" }))).toBe("viewer");
    expect(securityFromEnv(parseEnv({ IMPORT_MAX_MB: "5", TRUST_PROXY: "1" }))).toMatchObject({
      importMaxBytes: 5 * 1024 * 1024,
      trustProxy: 1,
    });
  });

  it("names bad values", () => {
    expect(() => parseEnv({ ANONYMOUS_ROLE: "admin" })).toThrow(/^ANONYMOUS_ROLE: /);
    expect(() => parseEnv({ ADMIN_PASSWORD: "short" })).toThrow(/^ADMIN_PASSWORD: /);
    expect(() => parseEnv({ COOKIE_SECURE: "maybe" })).toThrow(/^COOKIE_SECURE: /);
    expect(() => parseEnv({ IMPORT_MAX_MB: "-1" })).toThrow(/^IMPORT_MAX_MB: /);
  });
});

describe("login failure limiter", () => {
  it("blocks a key after max failures until its window ends; success resets", () => {
    let now = 0;
    const limiter = failureLimiter({ max: 3, windowMs: 1000, now: () => now });
    for (let i = 0; i < 3; i++) limiter.fail("ip");
    expect(limiter.retryAfterMs("ip")).toBe(1000);
    expect(limiter.retryAfterMs("other")).toBe(0);
    now = 999;
    expect(limiter.retryAfterMs("ip")).toBe(1);
    now = 1000;
    expect(limiter.retryAfterMs("ip")).toBe(0);
    limiter.fail("ip");
    limiter.reset("ip");
    expect(limiter.retryAfterMs("ip")).toBe(0);
  });
});

describe("spreadsheet cells and literals", () => {
  it("neutralises formula-like text but not numbers", () => {
    expect(["=1+1", "+1", "-1", "@A1", "\t=x", "ok", "中=文"].map(neutralizeFormula)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@A1",
      "'\t=x",
      "ok",
      "中=文",
    ]);
    expect(toCsv([["a", -5, "=cmd", 'say "hi", ok']])).toBe('\uFEFFa,-5,\'=cmd,"say ""hi"", ok"\r\n');
  });

  it("writes Cypher literals that cannot break out of their string", () => {
    expect(cypherLiteral("a'b\"c\\d\ne")).toBe('"a\'b\\"c\\\\d\\ne"');
    expect(cypherLiteral({ "we`ird": [1, 2], ok: true, skip: null })).toBe("{`we``ird`: [1, 2], `ok`: true}");
  });

  it("redacts secrets and trims large bodies in audit summaries", () => {
    expect(
      summarizeBody({
        username: "a",
        password: "x",
        nested: { apiToken: "y" },
        list: Array.from({ length: 25 }, (_, i) => i),
      }),
    ).toEqual({
      username: "a",
      password: "[redacted]",
      nested: { apiToken: "[redacted]" },
      list: [...Array.from({ length: 20 }, (_, i) => i), "… 5 more"],
    });
  });
});

describe("i18n", () => {
  it("has every auth/data/admin key in both languages", () => {
    const dir = path.join(__dirname, "../../client/i18n");
    for (const name of ["auth", "data", "admin"]) {
      const zh = Object.keys(JSON.parse(fs.readFileSync(path.join(dir, "zh", `${name}.json`), "utf8")));
      const en = Object.keys(JSON.parse(fs.readFileSync(path.join(dir, "en", `${name}.json`), "utf8")));
      expect(zh.sort()).toEqual(en.sort());
    }
  });
});
