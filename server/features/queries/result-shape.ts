import neo4j, { type Node, type Path, type Relationship } from "neo4j-driver";
import type { CellNode, CellRel } from "../../contracts/queries";
import { toPlain } from "../../db/convert";

// Driver values of an arbitrary query → JSON table cells, collecting every node and relationship seen so the
// service can draw the result as a graph. Used by the repo (the only layer that sees driver values).

export interface SeenNode {
  elementId: string;
  labels: string[];
  props: Record<string, unknown>;
}
export interface SeenRel {
  elementId: string;
  type: string;
  start: string;
  end: string;
  props: Record<string, unknown>;
}
export interface Collected {
  nodes: Map<string, SeenNode>;
  rels: Map<string, SeenRel>;
  /** Element ids of bookkeeping nodes: they, relationships touching them and paths through them become null. */
  hidden: Set<string>;
  /** How many values were withheld. */
  withheld: number;
}

/** The app's bookkeeping labels: never returned by analysts' queries (defence in depth; their content is sealed too). */
export const BOOKKEEPING_LABELS = new Set(["User", "Session", "ApiToken", "AuditEntry", "AuditChain"]);

/** First pass over raw values: bookkeeping nodes seen, and relationship ends whose labels are not known yet. */
export function scanGraph(value: unknown, found: { hidden: Set<string>; seen: Set<string>; ends: Set<string> }): void {
  if (neo4j.isNode(value)) {
    const node = value as Node;
    found.seen.add(node.elementId);
    if (node.labels.some((label) => BOOKKEEPING_LABELS.has(label))) found.hidden.add(node.elementId);
  } else if (neo4j.isRelationship(value)) {
    const rel = value as Relationship;
    found.ends.add(rel.startNodeElementId).add(rel.endNodeElementId);
  } else if (neo4j.isPath(value)) {
    const path = value as Path;
    scanGraph(path.start, found);
    for (const segment of path.segments) {
      scanGraph(segment.end, found);
      scanGraph(segment.relationship, found);
    }
  } else if (Array.isArray(value)) {
    for (const item of value) scanGraph(item, found);
  } else if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    for (const item of Object.values(value)) scanGraph(item, found);
  }
}

function isHidden(value: unknown, hidden: Set<string>): boolean {
  if (neo4j.isNode(value)) return hidden.has((value as Node).elementId);
  if (neo4j.isRelationship(value))
    return (
      hidden.has((value as Relationship).startNodeElementId) || hidden.has((value as Relationship).endNodeElementId)
    );
  if (neo4j.isPath(value)) {
    const path = value as Path;
    return (
      isHidden(path.start, hidden) ||
      path.segments.some((segment) => isHidden(segment.end, hidden) || isHidden(segment.relationship, hidden))
    );
  }
  return false;
}

function nodeCell(node: Node, seen: Collected): CellNode {
  const props = toPlain(node.properties) as Record<string, unknown>;
  seen.nodes.set(node.elementId, { elementId: node.elementId, labels: node.labels, props });
  const text = (key: string) => (typeof props[key] === "string" ? (props[key] as string) : undefined);
  return {
    $: "node",
    id: text("id") ?? node.elementId,
    labels: node.labels,
    ...(text("name") ? { name: text("name") } : {}),
    ...(text("nameEn") ? { nameEn: text("nameEn") } : {}),
    ...(text("kind") ? { kind: text("kind") } : {}),
  };
}

function relCell(rel: Relationship, seen: Collected): CellRel {
  const props = toPlain(rel.properties) as Record<string, unknown>;
  seen.rels.set(rel.elementId, {
    elementId: rel.elementId,
    type: rel.type,
    start: rel.startNodeElementId,
    end: rel.endNodeElementId,
    props,
  });
  return {
    $: "rel",
    id: typeof props.id === "string" ? props.id : rel.elementId,
    type: rel.type,
    start: rel.startNodeElementId,
    end: rel.endNodeElementId,
  };
}

export function toCell(value: unknown, seen: Collected): unknown {
  if (seen.hidden.size && isHidden(value, seen.hidden)) {
    seen.withheld++;
    return null;
  }
  if (neo4j.isNode(value)) return nodeCell(value as Node, seen);
  if (neo4j.isRelationship(value)) return relCell(value as Relationship, seen);
  if (neo4j.isPath(value)) {
    const path = value as Path;
    return {
      $: "path",
      nodes: [nodeCell(path.start, seen), ...path.segments.map((segment) => nodeCell(segment.end, seen))],
      rels: path.segments.map((segment) => relCell(segment.relationship, seen)),
    };
  }
  if (Array.isArray(value)) return value.map((item) => toCell(item, seen));
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toCell(item, seen)]));
  }
  return toPlain(value);
}

export function shapeRecords(keys: string[], records: Record<string, unknown>[], hidden: Set<string> = new Set()) {
  const seen: Collected = { nodes: new Map(), rels: new Map(), hidden, withheld: 0 };
  const rows = records.map((record) => keys.map((key) => toCell(record[key], seen)));
  return { columns: keys, rows, seen };
}
