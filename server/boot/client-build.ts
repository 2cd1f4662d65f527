import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../db/local/paths";

export const CLIENT_SRC = path.join(REPO_ROOT, "client");
export const CLIENT_DIST = path.join(REPO_ROOT, "dist", "client");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Sources the client bundle depends on: the client itself and the shared contracts. */
function sourcesMtime(): number {
  return Math.max(
    newestMtime(CLIENT_SRC),
    newestMtime(path.join(REPO_ROOT, "server", "contracts")),
    fs.statSync(path.join(REPO_ROOT, "vite.config.ts")).mtimeMs,
  );
}

export function clientIsStale(): boolean {
  const index = path.join(CLIENT_DIST, "index.html");
  if (!fs.existsSync(index)) return true;
  return sourcesMtime() > fs.statSync(index).mtimeMs;
}

/** `npm start` builds the client when dist/ is missing or older than its sources. */
export async function ensureClientBuilt(log: (line: string) => void): Promise<void> {
  if (!clientIsStale()) return;
  log("building the client (vite build)...");
  const { build } = await import("vite");
  await build({ configFile: path.join(REPO_ROOT, "vite.config.ts"), logLevel: "warn" });
}
