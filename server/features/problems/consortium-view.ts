import type { ConsortiumView } from "../../contracts/matching";
import { minimumSpanningTree, type Prepared } from "../../domain/consortium";
import type { Scored } from "../../domain/consortium/objective";
import { leadOf } from "../../domain/consortium/objective";
import type { ProblemPool } from "./match-context";

/** A scored consortium → what the planner sees: members with roles and reasons, and the tree behind the cost. */
export function consortiumView(p: Prepared, pool: ProblemPool, scored: Scored): ConsortiumView {
  const members = scored.members;
  const holders = new Map<number, number>();
  for (const m of members) for (const t of p.all[m]!.techs) holders.set(t, (holders.get(t) ?? 0) + 1);
  const leadIndex = leadOf(p, members);
  const leadKinds = members.filter((m) => p.all[m]!.leadKind);
  const researchers = members.filter((m) => p.all[m]!.research);
  const tree = minimumSpanningTree(members.length, (i, j) => p.graph.distance(members[i]!, members[j]!));
  const id = (i: number) => p.all[i]!.id;
  return {
    lead: leadIndex === null ? "" : id(leadIndex),
    members: members.map((m) => {
      const member = p.all[m]!;
      const org = pool.byId.get(member.id)!;
      const fills: ("lead" | "research")[] = [];
      if (leadKinds.length === 1 && leadKinds[0] === m) fills.push("lead");
      if (p.rules.requireResearchMember && researchers.length === 1 && researchers[0] === m) fills.push("research");
      return {
        id: member.id,
        name: org.name,
        kind: member.kind,
        local: member.local,
        ...(org.nameEn ? { nameEn: org.nameEn } : {}),
        role: m === leadIndex ? ("lead" as const) : ("member" as const),
        covers: member.techs.map((t) => p.techs[t]!),
        unique: member.techs.filter((t) => holders.get(t) === 1).map((t) => p.techs[t]!),
        fills,
      };
    }),
    covered: p.techs.filter((_, t) => holders.has(t)),
    uncovered: p.techs.filter((_, t) => !holders.has(t)),
    coveredWeight: scored.coveredWeight,
    totalWeight: p.totalWeight,
    size: scored.size,
    cost: scored.cost,
    tree: tree.edges.map((e) => {
      const [a, b] = [members[e.a]!, members[e.b]!];
      return { a: id(a), b: id(b), distance: e.distance, path: (p.graph.path(a, b) ?? []).map(id) };
    }),
  };
}
