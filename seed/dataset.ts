import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../server/db/local/paths";
import { checkHonesty } from "./honesty";
import { reservedKeysIn } from "./rows";
import { ENDPOINTS, linkId, SeedFileSchema, type SeedLink, type SeedNode } from "./schema";

export const SEED_DIR = path.join(REPO_ROOT, "seed");
export const DATA_DIR = path.join(SEED_DIR, "data");
export const REPLY_FILE = path.join(SEED_DIR, "sources", "reply-2025-37.txt");
export const FACTS_FILE = path.join(SEED_DIR, "sources", "zhuzhou-facts.md");

export interface Dataset {
  nodes: SeedNode[];
  links: (SeedLink & { id: string })[];
}

export { squash } from "./honesty";

/** Read and zod-validate every seed/data/*.json file (sorted, so the load order is stable). */
export function readDataset(dir = DATA_DIR): Dataset {
  const nodes: SeedNode[] = [];
  const links: Dataset["links"] = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const raw = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as unknown;
    const parsed = SeedFileSchema.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 10).map((i) => `  ${i.path.join(".")}: ${i.message}`);
      throw new Error(`seed/data/${file} is invalid:\n${issues.join("\n")}`);
    }
    nodes.push(...parsed.data.nodes);
    links.push(...parsed.data.links.map((link) => ({ ...link, id: linkId(link) })));
  }
  return { nodes, links };
}

/**
 * Integrity problems that zod cannot see: duplicate ids, dangling or wrongly-typed link endpoints, reply
 * quotes that are not verbatim in the reply, public URLs that are not in the fact sheet, and the honesty
 * rules of seed/honesty.ts (basis, per-property claims, no placeholder dates). Empty = healthy.
 */
export function checkDataset(
  dataset: Dataset,
  reply = fs.readFileSync(REPLY_FILE, "utf8"),
  facts = fs.readFileSync(FACTS_FILE, "utf8"),
): string[] {
  const problems: string[] = [];
  const byId = new Map<string, SeedNode>();
  for (const node of dataset.nodes) {
    if (byId.has(node.id)) problems.push(`duplicate node id ${node.id}`);
    for (const key of reservedKeysIn(node.props))
      problems.push(`${node.id}: props.${key} is reserved (use the field of that name)`);
    byId.set(node.id, node);
  }
  const seenLinks = new Set<string>();
  for (const link of dataset.links) {
    if (seenLinks.has(link.id)) problems.push(`duplicate link ${link.id} (add a distinct "key")`);
    seenLinks.add(link.id);
    for (const key of reservedKeysIn(link.props, "link")) problems.push(`${link.id}: props.${key} is reserved`);
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    if (!from || !to) {
      problems.push(`link ${link.id} points to a missing node (${!from ? link.from : link.to})`);
      continue;
    }
    const allowed = ENDPOINTS[link.type];
    if (!allowed.from.includes(from.kind) || !allowed.to.includes(to.kind)) {
      problems.push(`link ${link.id}: ${link.type} cannot go ${from.kind} → ${to.kind}`);
    }
  }
  problems.push(...checkHonesty(dataset, reply, facts));
  return problems;
}
