import { execFile } from "node:child_process";
import { promisify } from "node:util";
import fs from "node:fs";
import { HOW_TO_GET_NEO4J, LocalNeo4jError } from "./errors";
import { installPaths, POM_FILE } from "./paths";

const run = promisify(execFile);

export interface Installation {
  classpath: string;
  neo4jVersion: string;
}

/** Java major version from `java -version` output ("17.0.15", "1.8.0_392" → 8, "21" ...). */
export function parseJavaMajor(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

export function pomNeo4jVersion(pomXml: string): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pomXml);
  if (!match?.[1]) throw new LocalNeo4jError(`${POM_FILE} has no <neo4j.version>`, "INSTALL_FAILED");
  return match[1];
}

async function checkJava(): Promise<void> {
  let output: string;
  try {
    const { stderr, stdout } = await run("java", ["-version"]);
    output = `${stderr}${stdout}`;
  } catch {
    throw new LocalNeo4jError(`Java was not found on PATH.\n${HOW_TO_GET_NEO4J}`, "NO_JAVA");
  }
  const major = parseJavaMajor(output);
  if (major === null || major < 17) {
    throw new LocalNeo4jError(
      `Neo4j 5.26 needs Java 17 or newer; found: ${output.split("\n")[0]}\n${HOW_TO_GET_NEO4J}`,
      "NO_JAVA",
    );
  }
}

async function checkMaven(): Promise<void> {
  try {
    await run("mvn", ["-v"]);
  } catch {
    throw new LocalNeo4jError(`Maven (mvn) was not found on PATH.\n${HOW_TO_GET_NEO4J}`, "NO_MAVEN");
  }
}

function readInstalled(version: string): Installation | null {
  try {
    const stamp = JSON.parse(fs.readFileSync(installPaths.stampFile, "utf8")) as { version?: string };
    if (stamp.version !== version) return null;
    const classpath = fs.readFileSync(installPaths.classpathFile, "utf8").trim();
    const jars = classpath.split(":");
    if (jars.length < 10 || !jars.every((jar) => fs.existsSync(jar))) return null;
    return { classpath, neo4jVersion: version };
  } catch {
    return null;
  }
}

/**
 * Make sure the Neo4j server jars are on disk: Maven resolves org.neo4j:neo4j from Maven Central into
 * .neo4j/m2 and writes the classpath. Runs once per version; afterwards only Java is checked.
 */
export async function ensureInstalled(log: (line: string) => void = () => {}): Promise<Installation> {
  await checkJava();
  const version = pomNeo4jVersion(fs.readFileSync(POM_FILE, "utf8"));
  const existing = readInstalled(version);
  if (existing) return existing;
  await checkMaven();
  log(`Resolving Neo4j Community ${version} from Maven Central (first run only, ~150 MB)...`);
  fs.mkdirSync(installPaths.mavenRepo, { recursive: true });
  try {
    await run(
      "mvn",
      [
        "-q",
        "-B",
        "-f",
        POM_FILE,
        "dependency:build-classpath",
        `-Dmdep.outputFile=${installPaths.classpathFile}`,
        `-Dmaven.repo.local=${installPaths.mavenRepo}`,
      ],
      { maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    const detail =
      error instanceof Error && "stdout" in error
        ? String((error as { stdout: unknown }).stdout).slice(-2000)
        : String(error);
    throw new LocalNeo4jError(`Maven could not resolve Neo4j ${version}:\n${detail}`, "INSTALL_FAILED");
  }
  fs.writeFileSync(installPaths.stampFile, JSON.stringify({ version, resolvedAt: new Date().toISOString() }));
  const installed = readInstalled(version);
  if (!installed)
    throw new LocalNeo4jError(`Maven finished but the Neo4j ${version} jars are missing`, "INSTALL_FAILED");
  return installed;
}
