// ESLint (flat config, typescript-eslint): the house rules that used to rest on memory.
// The layer table — who may import whom — is encoded with no-restricted-imports, one block per room:
//
//   client/**               → server/contracts/** only (never the server's features, db, domain or seed)
//   server/contracts/**     → pure: zod and each other; no db, http, features, node I/O
//   server/domain/**        → pure: contracts and each other; no db, http, features, node I/O
//   server/features/**/*.routes.ts → never a repo or db/ (routes call services)
//   server/features/**/*.service.ts → never http/ (services raise domain errors; only http maps them to statuses)
//   server/http/**          → never db/ (the database layer is reached through services)
//   server/** but boot/, cli/ → never seed/ (seed depends on the server's model, not the other way round)
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const restrict = (patterns) => ["error", { patterns }];
const group = (group, message) => ({ group, message });

// node:crypto is allowed: hashing is computation, not I/O.
const NODE_IO = group(
  ["node:*", "!node:crypto", "fs", "path", "net", "http", "child_process", "neo4j-driver", "express"],
  "pure module: no I/O, no driver, no express",
);
const SERVER_ROOMS = (message) =>
  group(["**/db/**", "**/db", "**/http/**", "**/features/**", "**/boot/**", "**/cli/**"], message);

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", ".neo4j/", ".scratch/", ".artifacts/", "**/*.js", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-explicit-any": "error",
      "no-empty": ["error", { allowEmptyCatch: true }],
      "max-len": [
        "error",
        {
          code: 160,
          ignoreUrls: true,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
          ignoreComments: false,
        },
      ],
    },
  },
  {
    files: ["client/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict([
        group(
          ["**/server/*", "!**/server/contracts", "**/server/*/**", "!**/server/contracts/**"],
          "the client imports only server/contracts",
        ),
        group(["**/seed/**"], "the client never imports the seed"),
      ]),
    },
  },
  {
    files: ["server/contracts/**/*.ts", "server/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict([
        NODE_IO,
        SERVER_ROOMS("contracts and domain are pure"),
        group(["**/seed/**"], "pure modules never import the seed"),
      ]),
    },
  },
  {
    files: ["server/features/**/*.routes.ts"],
    rules: {
      "no-restricted-imports": restrict([
        group(["**/*.repo", "**/db/**", "**/db"], "routes call services, never repos or the database"),
        group(["**/seed/**"], "the server never imports the seed"),
      ]),
    },
  },
  {
    files: ["server/features/**/*.service.ts"],
    rules: {
      "no-restricted-imports": restrict([
        group(
          ["**/http/**", "**/http"],
          "services raise domain errors (server/contracts/errors); only http/ maps them to statuses",
        ),
        group(["**/seed/**"], "the server never imports the seed"),
      ]),
    },
  },
  {
    files: ["server/http/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict([
        group(["**/db/**", "**/db"], "http/ never reaches the database"),
        group(["**/seed/**"], "the server never imports the seed"),
      ]),
    },
  },
  {
    files: ["server/features/**/*.ts", "server/shared/**/*.ts", "server/db/**/*.ts", "server/app.ts"],
    ignores: ["server/features/**/*.routes.ts", "server/features/**/*.service.ts"],
    rules: {
      "no-restricted-imports": restrict([
        group(["**/seed/**"], "the server never imports the seed (start-up and CLIs in boot/ and cli/ may load it)"),
      ]),
    },
  },
  {
    files: ["tests/**/*.ts", "bench/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "max-len": "off" },
  },
);
