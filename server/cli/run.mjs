// Fast start for the command-line tools: `node server/cli/run.mjs <name> [args…]` runs server/cli/<name>.ts from
// a bundle in .cache/cli/ (gitignored) instead of compiling TypeScript through tsx at every start (≈1 s).
// The bundle is rebuilt with esbuild whenever it is missing or any source file it was built from is newer
// than it (esbuild's metafile lists them; checking is a few dozen stat calls), so it never runs stale code.
// Packages stay in node_modules (not bundled). Plain JavaScript on purpose: it must run before any compiler.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const OUT_DIR = path.join(ROOT, ".cache", "cli");

const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9-]*$/.test(name) || !fs.existsSync(path.join(ROOT, "server", "cli", `${name}.ts`))) {
  process.stderr.write(`usage: node server/cli/run.mjs <tool> [args…] (a file server/cli/<tool>.ts)\n`);
  process.exit(2);
}
const bundle = path.join(OUT_DIR, `${name}.mjs`);
const metaFile = path.join(OUT_DIR, `${name}.inputs.json`);

function isFresh() {
  try {
    const built = fs.statSync(bundle).mtimeMs;
    const inputs = JSON.parse(fs.readFileSync(metaFile, "utf8"));
    return inputs.every((file) => fs.statSync(path.join(ROOT, file)).mtimeMs <= built);
  } catch {
    return false; // missing bundle, missing list, or a source file gone: rebuild
  }
}

async function build() {
  const esbuild = await import("esbuild");
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const tmp = `${bundle}.${process.pid}.tmp`;
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, "server", "cli", `${name}.ts`)],
    outfile: tmp,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    metafile: true,
    logLevel: "error",
    absWorkingDir: ROOT,
  });
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith("node_modules/"));
  // The list first, then the bundle (each renamed into place, so a concurrent start never reads half a file):
  // interrupted in between, the new list meets the old bundle, whose sources are newer, and it rebuilds.
  fs.writeFileSync(`${metaFile}.${process.pid}.tmp`, JSON.stringify(inputs));
  fs.renameSync(`${metaFile}.${process.pid}.tmp`, metaFile);
  fs.renameSync(tmp, bundle);
}

if (!isFresh()) await build();
process.argv.splice(2, 1); // the tool sees its own arguments at argv[2…], as under tsx
await import(pathToFileURL(bundle).href);
