// npm run neo4j -- install|start|stop|status [instance] — manage the project's local Neo4j by hand.
import { parseEnv } from "../config/env";
import { LocalNeo4jError } from "../db/local/errors";
import { ensureInstalled } from "../db/local/install";
import { LocalNeo4j } from "../db/local/instance";

const [command = "status", name] = process.argv.slice(2);
const env = parseEnv();
const log = (line: string) => console.log(line);
const local = new LocalNeo4j(name ?? env.CHAINATLAS_INSTANCE, {
  heap: env.NEO4J_HEAP,
  pageCache: env.NEO4J_PAGECACHE,
  txTimeoutMs: env.NEO4J_TX_TIMEOUT_MS,
  boltPort: env.NEO4J_BOLT_PORT,
  log,
});

try {
  switch (command) {
    case "install": {
      const installation = await ensureInstalled(log);
      console.log(`Neo4j ${installation.neo4jVersion} is installed (${installation.classpath.split(":").length} jars)`);
      break;
    }
    case "start": {
      // Runs in the foreground until Ctrl-C, then stops the server cleanly.
      const connection = await local.start();
      console.log(
        `Neo4j (${local.name}) is up: ${connection.uri} user ${connection.user}, password in ${local.paths.passwordFile}`,
      );
      if (!local.isOwner) break;
      console.log("Press Ctrl-C to stop it.");
      await new Promise<void>((resolve) => {
        for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => resolve());
      });
      await local.stop();
      break;
    }
    case "stop":
      console.log((await local.stopAny()) ? `stopped Neo4j (${local.name})` : `Neo4j (${local.name}) was not running`);
      break;
    case "status": {
      const state = local.runningState();
      console.log(
        state
          ? `Neo4j (${local.name}) is running: bolt://127.0.0.1:${state.port}, pid ${state.pid}`
          : `Neo4j (${local.name}) is not running`,
      );
      break;
    }
    default:
      console.error("usage: npm run neo4j -- install|start|stop|status [instance]");
      process.exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof LocalNeo4jError ? error.message : error);
  process.exitCode = 1;
}
