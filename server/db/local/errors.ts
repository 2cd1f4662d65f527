/** A managed-Neo4j failure with a message meant for the person at the terminal (no stack trace needed). */
export class LocalNeo4jError extends Error {
  constructor(
    message: string,
    readonly code: "NO_JAVA" | "NO_MAVEN" | "INSTALL_FAILED" | "PORT_IN_USE" | "START_FAILED" | "BUSY",
  ) {
    super(message);
    this.name = "LocalNeo4jError";
  }
}

export const HOW_TO_GET_NEO4J = [
  "ChainAtlas runs its own Neo4j when NEO4J_URI is not set; that needs Java 17+ and Maven on PATH:",
  "  Debian/Ubuntu: sudo apt-get install openjdk-17-jre-headless maven",
  "  macOS (Homebrew): brew install openjdk@17 maven",
  "Or point it at a Neo4j you already have: NEO4J_URI=bolt://host:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=... npm start",
  "With Docker: docker compose up -d  (see docker-compose.yml), then set NEO4J_URI as docs/neo4j.md shows.",
].join("\n");
