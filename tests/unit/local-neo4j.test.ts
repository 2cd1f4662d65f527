import { describe, expect, it } from "vitest";
import { jvmArgs, renderNeo4jConf } from "../../server/db/local/conf";
import { parseJavaMajor, pomNeo4jVersion } from "../../server/db/local/install";
import fs from "node:fs";
import { POM_FILE } from "../../server/db/local/paths";

describe("neo4j.conf", () => {
  const conf = renderNeo4jConf({
    boltPort: 17687,
    dataDir: "/d",
    logsDir: "/l",
    heap: "512m",
    pageCache: "128m",
    txTimeoutMs: 30_500,
  });
  const settings = Object.fromEntries(
    conf
      .split("\n")
      .filter((l) => l.includes("=") && !l.startsWith("#"))
      .map((l) => l.split("=") as [string, string]),
  );

  it("binds loopback only, Bolt on the chosen port, HTTP off", () => {
    expect(settings["server.default_listen_address"]).toBe("127.0.0.1");
    expect(settings["server.bolt.listen_address"]).toBe("127.0.0.1:17687");
    expect(settings["server.http.enabled"]).toBe("false");
    expect(settings["server.https.enabled"]).toBe("false");
  });

  it("keeps data and logs where it is told, with a transaction timeout rounded up to seconds", () => {
    expect(settings["server.directories.data"]).toBe("/d");
    expect(settings["server.directories.logs"]).toBe("/l");
    expect(settings["db.transaction.timeout"]).toBe("31s");
    expect(settings["dbms.usage_report.enabled"]).toBe("false");
  });

  it("keeps Bolt plain by default, and offers TLS alongside it only when given a certificate folder", () => {
    expect(settings["server.bolt.tls_level"]).toBe("DISABLED");
    expect(conf).not.toContain("dbms.ssl.policy");
    const tls = renderNeo4jConf({
      boltPort: 1,
      dataDir: "/d",
      logsDir: "/l",
      heap: "512m",
      pageCache: "128m",
      txTimeoutMs: 1000,
      tlsDir: "/certs",
    });
    expect(tls).toContain("server.bolt.tls_level=OPTIONAL");
    expect(tls).toContain("dbms.ssl.policy.bolt.base_directory=/certs");
    expect(tls).toContain("dbms.ssl.policy.bolt.client_auth=NONE");
  });

  it("passes the heap to the JVM we start ourselves", () => {
    expect(jvmArgs({ heap: "768m" })).toEqual(expect.arrayContaining(["-Xms768m", "-Xmx768m"]));
  });
});

describe("install checks", () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ["nonsense", null],
  ])("parses %s as Java %s", (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });

  it("pins Neo4j 5.26 LTS in the pom", () => {
    expect(pomNeo4jVersion(fs.readFileSync(POM_FILE, "utf8"))).toMatch(/^5\.26\.\d+$/);
  });
});

describe("instance password", () => {
  it("is never mistaken for a command-line option (no leading '-') and is long", async () => {
    const fs = await import("node:fs");
    const os = await import("node:os");
    const path = await import("node:path");
    const { ensurePassword } = await import("../../server/db/local/instance-files");
    for (let i = 0; i < 200; i++) {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), "pw-"));
      const password = ensurePassword({ passwordFile: path.join(root, "password") } as never);
      expect(password).toMatch(/^[0-9a-f]{40}$/);
      expect(ensurePassword({ passwordFile: path.join(root, "password") } as never)).toBe(password); // kept
      fs.rmSync(root, { recursive: true });
    }
  });
});
