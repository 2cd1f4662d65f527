import neo4j from "neo4j-driver";
import { LocalNeo4jError } from "./errors";
import { canConnect, sleep } from "./process-utils";

interface Target {
  uri: string;
  user: string;
  password: string;
  port: number;
}

/**
 * Bolt accepting a TCP connection is not enough: the default database may still be recovering. We wait
 * until `RETURN 1` succeeds on it, failing fast when the JVM died or the credentials are wrong.
 */
export async function waitForBolt(target: Target, opts: { timeoutMs: number; isAlive: () => boolean }): Promise<void> {
  const deadline = Date.now() + opts.timeoutMs;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    if (!opts.isAlive()) throw new LocalNeo4jError("the Neo4j process exited during start-up", "START_FAILED");
    if (await canConnect(target.port)) {
      const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
        connectionTimeout: 2_000,
        logging: { level: "error", logger: () => {} },
      });
      try {
        await driver.executeQuery("RETURN 1");
        return;
      } catch (error) {
        lastError = error;
        const code = (error as { code?: string }).code ?? "";
        if (code === "Neo.ClientError.Security.Unauthorized") {
          throw new LocalNeo4jError(
            "the managed Neo4j rejected the stored password (its data directory was created with another one); " +
              "delete the instance's data folder under .neo4j/instances/ to start fresh",
            "START_FAILED",
          );
        }
      } finally {
        await driver.close();
      }
    }
    await sleep(250);
  }
  throw new LocalNeo4jError(
    `Bolt did not answer within ${Math.round(opts.timeoutMs / 1000)} s (${String(lastError ?? "no connection")})`,
    "START_FAILED",
  );
}
