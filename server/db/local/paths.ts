import fs from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

/**
 * Repository root: the nearest folder above this module that holds package.json and cypher/. Found by walking
 * up rather than a fixed "../../..", so the same code works from server/db/local/ and from a CLI bundle
 * (.cache/cli/*.mjs) that flattens every module into one file.
 */
function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json")) && fs.existsSync(path.join(dir, "cypher"))) return dir;
    if (path.dirname(dir) === dir)
      throw new Error(`ChainAtlas: no repository root (package.json + cypher/) above ${start}`);
  }
}

export const REPO_ROOT = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));

/** Everything the managed Neo4j needs lives under one gitignored folder. */
export const NEO4J_HOME_ROOT = process.env.CHAINATLAS_NEO4J_DIR ?? path.join(REPO_ROOT, ".neo4j");

export const POM_FILE = path.join(REPO_ROOT, "neo4j", "pom.xml");

export const installPaths = {
  mavenRepo: path.join(NEO4J_HOME_ROOT, "m2"),
  classpathFile: path.join(NEO4J_HOME_ROOT, "classpath.txt"),
  stampFile: path.join(NEO4J_HOME_ROOT, "installed.json"),
};

export interface InstancePaths {
  root: string;
  conf: string;
  confFile: string;
  data: string;
  logs: string;
  stateFile: string;
  lockFile: string;
  passwordFile: string;
  consoleLog: string;
}

export function instancePaths(name: string): InstancePaths {
  const root = path.join(NEO4J_HOME_ROOT, "instances", name);
  return {
    root,
    conf: path.join(root, "conf"),
    confFile: path.join(root, "conf", "neo4j.conf"),
    data: path.join(root, "data"),
    logs: path.join(root, "logs"),
    stateFile: path.join(root, "state.json"),
    lockFile: path.join(root, "start.lock"),
    passwordFile: path.join(root, "password"),
    consoleLog: path.join(root, "logs", "console.log"),
  };
}
