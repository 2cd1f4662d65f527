import neo4j from "neo4j-driver";

/**
 * Property values in a backup line, with Neo4j's types kept (JSON alone cannot tell 2 from 2.0, nor a
 * date from a string). Strings and booleans are plain JSON; a bare JSON number is always a FLOAT; every other
 * type is a one-key object: {"$int":"42"} (a string: Int64 beyond 2^53 stays exact), {"$float":"NaN"},
 * {"$date":[y,m,d]}, {"$localtime":[h,mi,s,ns]}, {"$time":[h,mi,s,ns,offsetSeconds]},
 * {"$localdatetime":[y,m,d,h,mi,s,ns]}, {"$datetime":[y,m,d,h,mi,s,ns,offsetSeconds|null,zoneId|null]},
 * {"$duration":[months,days,seconds,nanoseconds]}, {"$point":[srid,x,y,z|null]}. Lists hold encoded elements.
 */
export type Encoded = string | boolean | number | Encoded[] | { [tag: string]: unknown };

/** A property as the export query returns it: its valueType() and its value (integers as decimal strings). */
export interface TypedProperty {
  k: string;
  t: string;
  v: unknown;
}

export class UnsupportedValueError extends Error {}

const num = (value: unknown): number =>
  neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : Number(value);

/** Year, month, day, hour, minute, second, nanosecond of a driver date-time, as numbers. */
const dateTimeParts = (v: Record<string, unknown>): number[] =>
  [v.year, v.month, v.day, v.hour, v.minute, v.second, v.nanosecond].map(num);

function encodeScalar(type: string, value: unknown): Encoded {
  if (value === null || value === undefined) throw new UnsupportedValueError(`a null inside a ${type} value`);
  const v = value as Record<string, unknown>;
  switch (type) {
    case "STRING":
      return String(value);
    case "BOOLEAN":
      return Boolean(value);
    case "INTEGER":
      return { $int: String(value) };
    case "FLOAT":
      return Number.isFinite(value) ? (value as number) : { $float: String(value) };
    case "DATE":
      return { $date: [num(v.year), num(v.month), num(v.day)] };
    case "LOCAL TIME":
      return { $localtime: [num(v.hour), num(v.minute), num(v.second), num(v.nanosecond)] };
    case "ZONED TIME":
      return { $time: [num(v.hour), num(v.minute), num(v.second), num(v.nanosecond), num(v.timeZoneOffsetSeconds)] };
    case "LOCAL DATETIME":
      return {
        $localdatetime: dateTimeParts(v),
      };
    case "ZONED DATETIME":
      return {
        $datetime: [
          ...dateTimeParts(v),
          v.timeZoneOffsetSeconds == null ? null : num(v.timeZoneOffsetSeconds),
          (v.timeZoneId as string | undefined) ?? null,
        ],
      };
    case "DURATION":
      return { $duration: [num(v.months), num(v.days), num(v.seconds), num(v.nanoseconds)] };
    case "POINT":
      return { $point: [num(v.srid), Number(v.x), Number(v.y), v.z == null ? null : Number(v.z)] };
    default:
      throw new UnsupportedValueError(`property type ${type} is not supported by the backup format`);
  }
}

/** Encode one property from its valueType() name ("INTEGER NOT NULL", "LIST<DATE NOT NULL> NOT NULL", …). */
export function encodeValue(valueType: string, value: unknown): Encoded {
  const type = valueType.replace(/ NOT NULL/g, "");
  const list = /^LIST<(.+)>$/.exec(type);
  if (!list) return encodeScalar(type, value);
  const inner = list[1]!;
  if (inner === "NOTHING") return [];
  return (value as unknown[]).map((element) => encodeScalar(inner, element));
}

/** A node's or relationship's properties as a map with sorted keys (the canonical form hashes the JSON text). */
export function encodeProperties(properties: TypedProperty[]): Record<string, Encoded> {
  const sorted = [...properties].sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  return Object.fromEntries(sorted.map((p) => [p.k, encodeValue(p.t, p.v)]));
}

const ints = (values: unknown): number[] => {
  if (!Array.isArray(values) || !values.every((n) => typeof n === "number" || n === null))
    throw new UnsupportedValueError("malformed temporal value");
  return values as number[];
};

/** Back to driver values: exact integers (neo4j.int), floats stay JS numbers, temporals and points rebuilt. */
export function decodeValue(value: Encoded): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (typeof value !== "object" || value === null) return value;
  const [tag, payload] = Object.entries(value)[0] ?? [];
  const p =
    tag === "$int" || tag === "$float"
      ? []
      : ints(tag === "$datetime" && Array.isArray(payload) ? payload.slice(0, 8) : payload);
  const T = neo4j.types;
  switch (tag) {
    case "$int":
      return neo4j.int(String(payload));
    case "$float":
      return Number(payload);
    case "$date":
      return new T.Date(p[0]!, p[1]!, p[2]!);
    case "$localtime":
      return new T.LocalTime(p[0]!, p[1]!, p[2]!, p[3]!);
    case "$time":
      return new T.Time(p[0]!, p[1]!, p[2]!, p[3]!, p[4]!);
    case "$localdatetime":
      return new T.LocalDateTime(p[0]!, p[1]!, p[2]!, p[3]!, p[4]!, p[5]!, p[6]!);
    case "$datetime": {
      const zone = (payload as unknown[])[8] as string | null;
      return new T.DateTime(
        p[0]!,
        p[1]!,
        p[2]!,
        p[3]!,
        p[4]!,
        p[5]!,
        p[6]!,
        zone ? undefined : (p[7] ?? 0),
        zone ?? undefined,
      );
    }
    case "$duration":
      return new T.Duration(p[0]!, p[1]!, p[2]!, p[3]!);
    case "$point":
      return p[3] == null ? new T.Point(p[0]!, p[1]!, p[2]!) : new T.Point(p[0]!, p[1]!, p[2]!, p[3]);
    default:
      throw new UnsupportedValueError(`unknown value tag ${String(tag)}`);
  }
}

export function decodeProperties(properties: Record<string, Encoded>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, decodeValue(v)]));
}
