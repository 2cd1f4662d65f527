import neo4j from "neo4j-driver";

/**
 * The one place Neo4j values become plain JSON-able JS: integers → numbers (the driver is configured with
 * disableLosslessIntegers, but values from maps can still be Integer), temporals → ISO strings, graph
 * entities → plain objects. Everything the API sends went through here.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are already plain: skip the type probes (most of the cost on big lists).
  if (typeof value !== "object") return value;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value)) {
    const node = value as unknown as { labels: string[]; properties: Record<string, unknown>; elementId: string };
    return { elementId: node.elementId, labels: node.labels, properties: toPlain(node.properties) };
  }
  if (neo4j.isRelationship(value)) {
    const rel = value as unknown as {
      type: string;
      properties: Record<string, unknown>;
      elementId: string;
      startNodeElementId: string;
      endNodeElementId: string;
    };
    return {
      elementId: rel.elementId,
      type: rel.type,
      start: rel.startNodeElementId,
      end: rel.endNodeElementId,
      properties: toPlain(rel.properties),
    };
  }
  if (neo4j.isPath(value)) {
    const path = value as unknown as { segments: { start: unknown; relationship: unknown; end: unknown }[] };
    return path.segments.map((segment) => ({
      start: toPlain(segment.start),
      relationship: toPlain(segment.relationship),
      end: toPlain(segment.end),
    }));
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

/**
 * JS numbers go to Neo4j as floats unless wrapped; LIMIT/SKIP and list slices need integers, and a year
 * should be stored as an integer. So integer-valued numbers become Cypher integers (deeply); 2.5 stays a float.
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === "number") return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}
