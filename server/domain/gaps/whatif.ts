// What-if: remove organisations, grant capabilities and/or settle organisations locally in segments, on a copy
// of the instance; re-run the rules and report which labels change. Never touches the input (or the database).
import type { GapInstance } from "./instance";
import { evaluateChain, labelsOnly, type SegmentLabel } from "./rules";

export interface WhatIfChange {
  removeOrgs: string[];
  addCapabilities: { orgId: string; techId: string }[];
  /** The organisation operates locally in the segment (it becomes local and a member of it). */
  settle?: { orgId: string; segmentId: string }[];
}

export interface LabelChange {
  id: string;
  from: SegmentLabel["status"];
  to: SegmentLabel["status"];
  reasonsBefore: SegmentLabel["reasons"];
  reasonsAfter: SegmentLabel["reasons"];
}

export interface WhatIfResult {
  before: SegmentLabel[];
  after: SegmentLabel[];
  /** Segments whose status or reasons differ. */
  changes: LabelChange[];
}

export function applyWhatIf(instance: GapInstance, change: WhatIfChange): GapInstance {
  const removed = new Set(change.removeOrgs);
  const added = new Map<string, string[]>();
  for (const { orgId, techId } of change.addCapabilities) added.set(orgId, [...(added.get(orgId) ?? []), techId]);
  const settled = new Map<string, string[]>();
  for (const { orgId, segmentId } of change.settle ?? [])
    settled.set(orgId, [...(settled.get(orgId) ?? []), segmentId]);
  return {
    ...instance,
    orgs: instance.orgs
      .filter((org) => !removed.has(org.id))
      .map((org) =>
        added.has(org.id) ? { ...org, capabilities: [...new Set([...org.capabilities, ...added.get(org.id)!])] } : org,
      )
      .map((org) =>
        settled.has(org.id)
          ? { ...org, local: true, segments: [...new Set([...org.segments, ...settled.get(org.id)!])] }
          : org,
      ),
    links: instance.links.filter(([a, b]) => !removed.has(a) && !removed.has(b)),
  };
}

const sameReasons = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((r, i) => r === b[i]);

export function whatIf(instance: GapInstance, change: WhatIfChange, scope?: readonly string[]): WhatIfResult {
  const before = labelsOnly(evaluateChain(instance, scope));
  const after = labelsOnly(evaluateChain(applyWhatIf(instance, change), scope));
  const changes = before.flatMap((b, i): LabelChange[] => {
    const a = after[i]!;
    return a.status === b.status && sameReasons(a.reasons, b.reasons)
      ? []
      : [{ id: b.id, from: b.status, to: a.status, reasonsBefore: b.reasons, reasonsAfter: a.reasons }];
  });
  return { before, after, changes };
}
