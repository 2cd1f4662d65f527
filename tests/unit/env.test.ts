import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "../../server/config/env";

describe("parseEnv", () => {
  it("defaults to managed mode on 127.0.0.1:3000", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.HOST).toBe("127.0.0.1");
    expect(env.NEO4J_URI).toBeUndefined();
  });

  it.each(["bolt://db:7687", "neo4j://cluster:7687", "neo4j+s://abc.databases.neo4j.io", "bolt+ssc://h:7687"])(
    "accepts %s",
    (uri) => {
      expect(parseEnv({ NEO4J_URI: uri, NEO4J_PASSWORD: "x" }).NEO4J_URI).toBe(uri);
    },
  );

  it.each(["http://localhost:7474", "localhost:7687", "neo4j+s://", "mongodb://x"])(
    "rejects NEO4J_URI=%s in one line naming the variable",
    (uri) => {
      expect(() => parseEnv({ NEO4J_URI: uri, NEO4J_PASSWORD: "x" })).toThrow(EnvError);
      try {
        parseEnv({ NEO4J_URI: uri, NEO4J_PASSWORD: "x" });
      } catch (error) {
        expect((error as Error).message.split("\n")).toHaveLength(1);
        expect((error as Error).message).toMatch(/^NEO4J_URI: /);
      }
    },
  );

  it("requires a password with an external URI", () => {
    expect(() => parseEnv({ NEO4J_URI: "bolt://db:7687" })).toThrow(/NEO4J_PASSWORD/);
  });

  it("names a bad PORT", () => {
    expect(() => parseEnv({ PORT: "http" })).toThrow(/^PORT: /);
    expect(() => parseEnv({ PORT: "70000" })).toThrow(/^PORT: /);
  });
});
