import type { ImportEntity } from "../../../contracts/import";
import type { NodeKind, RelType } from "../../../contracts/model";
import type { Field } from "../fields";

export type Props = Record<string, string | number | boolean | string[] | number[]>;

/** A reference cell (an id, or a name/alias resolved against the graph and the file), or the row's own node. */
export type Ref = { value: string; kinds: readonly NodeKind[]; field: string } | "self";

export interface DraftNode {
  /** Explicit id; without one, an existing node of the same name is updated, else an id is derived from the name. */
  id?: string;
  kind: NodeKind;
  name: string;
  content: Props;
}

export interface DraftLink {
  type: RelType;
  from: Ref;
  to: Ref;
  key?: string;
  content: Props;
}

/** What one row means, before its references are resolved. */
export interface Draft {
  node?: DraftNode;
  links: DraftLink[];
}

export type Values = Record<string, unknown>;

export interface EntityDef {
  key: Exclude<ImportEntity, "graph">;
  zh: string;
  en: string;
  descriptionZh: string;
  descriptionEn: string;
  fields: Field[];
  build(values: Values): Draft;
}

/** Only the keys that have a value (a blank optional cell leaves the stored value as it is). */
export function pick(values: Values, keys: string[]): Props {
  const out: Props = {};
  for (const key of keys) if (values[key] !== undefined) out[key] = values[key] as Props[string];
  return out;
}

export const ref = (values: Values, field: string, kinds: readonly NodeKind[]): Ref => ({
  value: String(values[field]),
  kinds,
  field,
});
