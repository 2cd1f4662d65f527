import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { parseEnv } from "../../server/config/env";
import { restartDelayMs } from "../../server/db/local/supervisor";
import { decodeValue, encodeValue, UnsupportedValueError } from "../../server/features/backup/backup-values";
import { buildSnapshot } from "../../server/features/backup/snapshot";

describe("backup values keep Neo4j's types", () => {
  it("tells integers from floats and keeps Int64 exact", () => {
    expect(encodeValue("INTEGER NOT NULL", "9007199254740993")).toEqual({ $int: "9007199254740993" });
    expect(encodeValue("FLOAT NOT NULL", 2)).toBe(2);
    expect(encodeValue("FLOAT NOT NULL", Number.NaN)).toEqual({ $float: "NaN" });
    expect(encodeValue("LIST<INTEGER NOT NULL> NOT NULL", ["1", "2"])).toEqual([{ $int: "1" }, { $int: "2" }]);
    const big = decodeValue({ $int: "9007199254740993" });
    expect(neo4j.isInt(big) && big.toString()).toBe("9007199254740993");
    expect(decodeValue(2)).toBe(2);
  });

  it("rebuilds temporals and points from their fields", () => {
    const date = encodeValue("DATE NOT NULL", new neo4j.types.Date(2026, 12, 6));
    expect(date).toEqual({ $date: [2026, 12, 6] });
    expect(String(decodeValue(date))).toBe("2026-12-06");
    const zoned = encodeValue(
      "ZONED DATETIME NOT NULL",
      new neo4j.types.DateTime(2026, 12, 6, 10, 0, 0, 0, undefined, "Asia/Shanghai"),
    );
    expect(String(decodeValue(zoned))).toBe(
      String(new neo4j.types.DateTime(2026, 12, 6, 10, 0, 0, 0, undefined, "Asia/Shanghai")),
    );
    const duration = encodeValue("DURATION NOT NULL", new neo4j.types.Duration(14, 3, 14706, 700000000));
    expect(String(decodeValue(duration))).toBe(String(new neo4j.types.Duration(14, 3, 14706, 700000000)));
    expect(() => encodeValue("MAP NOT NULL", {})).toThrow(UnsupportedValueError);
  });
});

describe("snapshot lines", () => {
  const props = (name: string) => [
    { k: "name", t: "STRING NOT NULL", v: name },
    { k: "id", t: "STRING NOT NULL", v: name },
  ];
  it("do not depend on element ids or read order", () => {
    const a = buildSnapshot(
      [
        { eid: "x:1", labels: ["Org", "Entity"], props: props("b") },
        { eid: "x:2", labels: ["Entity"], props: props("a") },
      ],
      [{ type: "LINK", from: "x:1", to: "x:2", props: [] }],
    );
    const b = buildSnapshot(
      [
        { eid: "y:9", labels: ["Entity"], props: props("a") },
        { eid: "y:3", labels: ["Entity", "Org"], props: props("b") },
      ],
      [{ type: "LINK", from: "y:3", to: "y:9", props: [] }],
    );
    expect(b.lines).toEqual(a.lines);
    expect(b.sha256).toBe(a.sha256);
    expect(a.labels).toEqual({ Entity: 2, Org: 1 });
    expect(a.lines[2]).toBe('{"r":"LINK","from":"n1","to":"n2","props":{}}'); // ["Entity","Org"] sorts before ["Entity"]
    const changed = buildSnapshot([{ eid: "x:1", labels: ["Entity"], props: props("c") }], []);
    expect(changed.sha256).not.toBe(a.sha256);
  });
});

describe("supervision and backup settings", () => {
  it("backs off 1, 2, 4 … 30 s", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => restartDelayMs(n))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
  });
  it("schedules daily backups keeping 7 unless told otherwise, and rejects nonsense", () => {
    expect(parseEnv({})).toMatchObject({ BACKUP_INTERVAL_HOURS: 24, BACKUP_KEEP: 7 });
    expect(parseEnv({ BACKUP_INTERVAL_HOURS: "0", BACKUP_KEEP: "3" })).toMatchObject({
      BACKUP_INTERVAL_HOURS: 0,
      BACKUP_KEEP: 3,
    });
    expect(() => parseEnv({ BACKUP_KEEP: "0" })).toThrow(/BACKUP_KEEP/);
    expect(() => parseEnv({ BACKUP_INTERVAL_HOURS: "-1" })).toThrow(/BACKUP_INTERVAL_HOURS/);
  });
});
