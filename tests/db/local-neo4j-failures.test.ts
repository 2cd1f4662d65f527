import fs from "node:fs";
import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { LocalNeo4jError } from "../../server/db/local/errors";
import { LocalNeo4j } from "../../server/db/local/instance";
import { freePort } from "../../server/db/local/process-utils";

// A heap far too small for Neo4j (what a typo in NEO4J_HEAP would do): the JVM exits during start-up.
const broken = new LocalNeo4j("test-broken", { startTimeoutMs: 60_000, heap: "2m" });

afterAll(async () => {
  await broken.stopAny();
  fs.rmSync(broken.paths.root, { recursive: true, force: true });
});

describe("managed Neo4j failures are explained", () => {
  it("a taken NEO4J_BOLT_PORT is named", async () => {
    const port = await freePort();
    const blocker = net.createServer().listen(port, "127.0.0.1");
    await new Promise((resolve) => blocker.once("listening", resolve));
    try {
      const local = new LocalNeo4j("test-port", { boltPort: port });
      const error = await local.start().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(LocalNeo4jError);
      expect((error as LocalNeo4jError).code).toBe("PORT_IN_USE");
      expect((error as Error).message).toContain(`NEO4J_BOLT_PORT=${port} is already in use`);
    } finally {
      blocker.close();
    }
  });

  it("a server that cannot start shows the tail of its log", async () => {
    await broken.stopAny();
    fs.rmSync(broken.paths.root, { recursive: true, force: true });
    const error = await broken.start().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LocalNeo4jError);
    const message = (error as Error).message;
    expect(message).toContain("failed to start");
    expect(message, message).toMatch(/Error occurred during initialization of VM/); // the JVM's own words, from the log tail
    expect(message.split("\n").length).toBeGreaterThan(2); // the log tail follows
    expect(broken.runningState()).toBeNull(); // nothing left running
  });
});
