import { defineConfig } from "vitest/config";

// Three projects: pure unit tests (parallel, no database); db/api tests against the real managed Neo4j
// started once by the global setup (own data directory and port: never the user's data); e2e tests in real
// headless Chromium against the app served from that same Neo4j. Files touching the database run one at a
// time so counts before/after a refused write are not disturbed by another file.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/setup/fail-on-console-error.ts"],
        },
      },
      {
        test: {
          name: "db",
          include: ["tests/db/**/*.test.ts", "tests/api/**/*.test.ts", "tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/global-neo4j.ts"],
          setupFiles: ["tests/setup/app-secret.ts", "tests/setup/fail-on-console-error.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
