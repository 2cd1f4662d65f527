import type { PreviewRow, RowError } from "../../contracts/import";
import { kindFamily, labelsFor, linkId, type NodeKind } from "../../contracts/model";
import type { Props, Ref } from "./entities/types";
import type { ValidRow } from "./validate";
import { citationClaim, mergedClaims } from "./citations";
import type { Claims } from "../../contracts/common";
import {
  changeOf,
  derivedId,
  diff,
  lower,
  namesOf,
  withoutProvenance,
  type Lookup,
  type Plan,
  type PlanContext,
  type Stored,
} from "./plan-support";

export { derivedId };
export type { LinkWrite, Lookup, NodeWrite, Plan, PlanContext } from "./plan-support";

/**
 * Resolve ids and references, compare every row with what is stored, and produce the writes. Nothing is
 * written here: the preview shows this plan, and apply re-plans inside its transaction before writing.
 */
export async function planImport(
  valid: ValidRow[],
  upstreamErrors: RowError[],
  lookup: Lookup,
  ctx: PlanContext,
  totalRows: number,
): Promise<Plan> {
  const errors: RowError[] = [...upstreamErrors];
  const rowErrors = new Set(upstreamErrors.map((e) => e.row));
  const fail = (e: RowError) => {
    errors.push(e.column && ctx.column ? { ...e, column: ctx.column(e.column) } : e);
    rowErrors.add(e.row);
  };

  // 1. The graph's nodes that the file may name: by id, and by name for rows without ids and for references.
  const refs = valid
    .flatMap((r) => r.draft.links.flatMap((l) => [l.from, l.to]))
    .filter((x): x is Exclude<Ref, "self"> => x !== "self");
  const nameKeys = [
    ...new Set([
      ...refs.map((x) => lower(x.value)),
      ...valid.filter((r) => r.draft.node && !r.draft.node.id).map((r) => lower(r.draft.node!.name)),
    ]),
  ];
  const byName = new Map<string, Stored[]>();
  for (const node of await lookup.nodesByNames(nameKeys))
    for (const name of namesOf(node)) byName.set(name, [...(byName.get(name) ?? []), node]);

  // 2. Ids of the rows' own nodes (explicit, an existing node of that name, or derived) — unique within the file.
  const fileNodes = new Map<string, { kind: NodeKind; name: string; row: number; names: string[] }>();
  const ownId = new Map<number, string>();
  for (const { row, draft } of valid) {
    const node = draft.node;
    if (!node) continue;
    let id = node.id;
    if (!id) {
      const matches = (byName.get(lower(node.name)) ?? []).filter(
        (n) => kindFamily(String(n.kind)) === kindFamily(node.kind),
      );
      if (matches.length > 1) {
        fail({
          row,
          column: "name",
          reason: "ambiguous_reference",
          message: `Several existing nodes are called '${node.name}' (${matches.map((m) => m.id).join(", ")}); give the id`,
          value: node.name,
        });
        continue;
      }
      id = matches[0] ? String(matches[0].id) : derivedId(node.kind, node.name);
    }
    const earlier = fileNodes.get(id);
    if (earlier) {
      fail({
        row,
        column: node.id ? "id" : "name",
        reason: "duplicate_id",
        message: `Duplicate id ${id}: row ${earlier.row} already defines it`,
        value: node.id ?? node.name,
      });
      continue;
    }
    fileNodes.set(id, { kind: node.kind, name: node.name, row, names: namesOf({ ...node.content, name: node.name }) });
    ownId.set(row, id);
  }

  // 3. Stored versions of those nodes and of referenced ids.
  const stored = new Map<string, Stored>();
  for (const node of await lookup.nodesByIds([...new Set([...fileNodes.keys(), ...refs.map((x) => x.value)])]))
    stored.set(String(node.id), node);

  function resolve(ref: Exclude<Ref, "self">, row: number): string | null {
    const kinds = ref.kinds as readonly string[];
    const direct =
      stored.get(ref.value) ??
      (fileNodes.has(ref.value) ? { id: ref.value, kind: fileNodes.get(ref.value)!.kind } : null);
    if (direct) {
      if (kinds.includes(String(direct.kind))) return ref.value;
      fail({
        row,
        column: ref.field,
        reason: "wrong_kind",
        message: `${ref.value} is a ${String(direct.kind)}; ${ref.field} must be ${kinds.join("/")}`,
        value: ref.value,
      });
      return null;
    }
    const key = lower(ref.value);
    const candidates = new Map<string, string>();
    for (const n of byName.get(key) ?? []) candidates.set(String(n.id), String(n.kind));
    for (const [id, n] of fileNodes) if (n.names.includes(key)) candidates.set(id, n.kind);
    const fitting = [...candidates].filter(([, kind]) => kinds.includes(kind));
    if (fitting.length === 1) return fitting[0]![0];
    if (fitting.length > 1)
      fail({
        row,
        column: ref.field,
        reason: "ambiguous_reference",
        message: `'${ref.value}' matches ${fitting.map(([id]) => id).join(", ")}; use the id`,
        value: ref.value,
      });
    else if (candidates.size > 0)
      fail({
        row,
        column: ref.field,
        reason: "wrong_kind",
        message: `'${ref.value}' is not a ${kinds.join("/")}`,
        value: ref.value,
      });
    else
      fail({
        row,
        column: ref.field,
        reason: "unknown_reference",
        message: `No ${kinds.length > 3 ? "organisation" : kinds.join("/")} '${ref.value}' in the graph or in this file`,
        value: ref.value,
      });
    return null;
  }

  // 4. Links with resolved ends and deterministic ids (TYPE:from->to#key), unique within the file.
  const fileLinks = new Map<string, number>();
  const rowLinks = new Map<number, { id: string; type: string; from: string; to: string; content: Props }[]>();
  for (const { row, draft } of valid) {
    if (rowErrors.has(row) && draft.node && !ownId.has(row)) continue;
    const self = ownId.get(row);
    const links = [];
    for (const link of draft.links) {
      const from = link.from === "self" ? self : resolve(link.from, row);
      const to = link.to === "self" ? self : resolve(link.to, row);
      if (!from || !to) continue;
      const id = linkId({ type: link.type, from, to, key: link.key });
      const earlier = fileLinks.get(id);
      if (earlier !== undefined && earlier !== row) {
        fail({
          row,
          column: null,
          reason: "duplicate_id",
          message: `Duplicate ${link.type} ${from} → ${to}: row ${earlier} already has it (add a distinct key to keep both)`,
        });
        continue;
      }
      fileLinks.set(id, row);
      links.push({ id, type: link.type, from, to, content: link.content });
    }
    rowLinks.set(row, links);
  }
  const storedLinks = new Map((await lookup.linksByIds([...rowLinks.values()].flat())).map((l) => [l.id, l.props]));

  // 5. Compare and write only what differs; provenance says import, the file, the row, the day and who.
  // Names beside ids in the preview: the file's own nodes, then the stored ones.
  const nameOf = (id: string) =>
    fileNodes.get(id)?.name ?? (typeof stored.get(id)?.name === "string" ? String(stored.get(id)!.name) : null);
  const named = (id: string) => (nameOf(id) ? `${nameOf(id)}（${id}）` : id);
  const plan: Plan = {
    rows: [],
    errors,
    summary: { rows: totalRows, new: 0, updated: 0, unchanged: 0, errors: 0 },
    nodes: [],
    links: [],
    changes: [],
    created: [],
  };
  for (const { row, draft, asOf, note, citations, claims } of valid) {
    if (rowErrors.has(row)) continue;
    const prov = {
      source: "import",
      basis: "stated",
      file: ctx.file,
      row,
      asOf: asOf ?? ctx.today,
      by: ctx.by,
      ...(note ? { note } : {}),
    };
    const cited: Claims = { ...(claims ?? {}) };
    for (const [property, text] of Object.entries(citations ?? {})) {
      if (draft.node?.content[property] === undefined) {
        fail({
          row,
          column: `source:${property}`,
          reason: "bad_value",
          message: `The source column cites '${property}', which this row does not set`,
          value: text.slice(0, 100),
        });
        continue;
      }
      cited[property] = [citationClaim(text, { file: ctx.file, row, asOf: prov.asOf, by: ctx.by })];
    }
    if (rowErrors.has(row)) continue;
    const links = rowLinks.get(row) ?? [];
    const linkNames = links.map((l) => `${nameOf(l.from) ?? l.from} → ${nameOf(l.to) ?? l.to}`).join("；");
    const preview: PreviewRow = {
      row,
      status: "unchanged",
      ids: [],
      name: draft.node?.name ?? (linkNames || null),
      changes: [],
    };
    let isNew = false;
    let changed = false;
    if (draft.node) {
      const id = ownId.get(row)!;
      const before = stored.get(id) ?? null;
      if (before && before.kind !== draft.node.kind) {
        fail({
          row,
          column: "kind",
          reason: "kind_conflict",
          message: `${id} exists as ${String(before.kind)}, not ${draft.node.kind}`,
          value: draft.node.kind,
        });
        continue;
      }
      const content = {
        ...draft.node.content,
        ...(draft.node.kind === "Segment" && links.find((l) => l.type === "PART_OF")
          ? { chainId: links.find((l) => l.type === "PART_OF")!.to }
          : {}),
      };
      const fields = diff(before, content);
      preview.ids.push(id);
      const claimProps = mergedClaims(
        before,
        fields.map((f) => f.field),
        cited,
      );
      const claimsChange = (claimProps.claims ?? null) !== (before?.claims ?? null);
      if (!before || fields.length || claimsChange) {
        plan.nodes.push({
          id,
          labels: labelsFor(draft.node.kind),
          props: { ...withoutProvenance(before ?? {}), ...content, id, kind: draft.node.kind, ...prov, ...claimProps },
        });
        plan.changes.push(changeOf(id, before, fields));
        if (!before) plan.created.push(id);
        preview.changes.push(...(before ? fields.map((f) => ({ id, ...f })) : []));
        isNew ||= !before;
        changed ||= Boolean(before);
      }
    }
    for (const link of links) {
      const before = storedLinks.get(link.id) ?? null;
      const fields = diff(before, link.content);
      preview.ids.push(link.id);
      if (before && !fields.length) continue;
      plan.links.push({
        id: link.id,
        type: link.type,
        from: link.from,
        to: link.to,
        props: { ...withoutProvenance(before ?? {}), ...link.content, id: link.id, ...prov },
      });
      plan.changes.push(changeOf(link.id, before, fields));
      preview.changes.push(
        ...(before
          ? fields.map((f) => ({ id: link.id, ...f }))
          : [{ id: link.id, field: link.type, before: null, after: `${named(link.from)} → ${named(link.to)}` }]),
      );
      if (draft.node) changed = true;
      else if (before) changed = true;
      else isNew = true;
    }
    preview.status = isNew ? "new" : changed ? "updated" : "unchanged";
    plan.summary[preview.status] += 1;
    plan.rows.push(preview);
  }
  plan.summary.errors = new Set(errors.filter((e) => e.row > 0).map((e) => e.row)).size;
  return plan;
}
