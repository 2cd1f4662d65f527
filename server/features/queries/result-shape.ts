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
  seen.rels.set(rel.elementId, { elementId: rel.elementId, type: rel.type, start: rel.startNodeElementId, end: rel.endNodeElementId, props });
  return { $: "rel", id: typeof props.id === "string" ? props.id : rel.elementId, type: rel.type, start: rel.startNodeElementId, end: rel.endNodeElementId };
}

export function toCell(value: unknown, seen: Collected): unknown {
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

export function shapeRecords(keys: string[], records: Record<string, unknown>[]) {
  const seen: Collected = { nodes: new Map(), rels: new Map() };
  const rows = records.map((record) => keys.map((key) => toCell(record[key], seen)));
  return { columns: keys, rows, seen };
}
