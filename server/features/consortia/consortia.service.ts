import type {
  ConsortiumCreate,
  ConsortiumListQuery,
  ConsortiumPatch,
  SavedConsortium,
} from "../../contracts/consortia";
import { CONSORTIUM_STATUSES } from "../../contracts/consortia";
import { ORG_KINDS } from "../../contracts/model";
import { PROBLEM_STATUSES } from "../../contracts/problems";
import { notFound } from "../../contracts/errors";
import type { Principal } from "../../contracts/auth";
import { assertCanChange } from "../../shared/ownership";
import { referenceError, type Reference } from "../../shared/references";
import { toGraphNode } from "../../shared/entity-mapper";
import { newId, userProvenance } from "../../shared/user-data";
import type { ConsortiaRepo, ConsortiumRow, ConsortiumWrites } from "./consortia.repo";

const nameEn = (value: string | null) => (value ? { nameEn: value } : {});

function toSaved(row: ConsortiumRow): SavedConsortium {
  const node = toGraphNode(row.consortium);
  const problem = row.problem ?? { id: "", name: "", nameEn: null, status: "open" };
  return {
    id: node.id,
    name: node.name,
    status: CONSORTIUM_STATUSES.find((s) => s === row.consortium.status) ?? "proposed",
    ...(typeof row.consortium.note === "string" ? { note: row.consortium.note } : {}),
    problem: {
      id: problem.id,
      name: problem.name,
      ...nameEn(problem.nameEn),
      status: PROBLEM_STATUSES.find((s) => s === problem.status) ?? "open",
    },
    members: row.members.map((m) => ({
      id: m.id,
      name: m.name,
      kind: m.kind,
      role: m.role === "lead" ? "lead" : "member",
      ...nameEn(m.nameEn),
    })),
    ...(typeof row.consortium.owner === "string" ? { owner: row.consortium.owner } : {}),
    provenance: node.provenance,
  };
}

/** The problem must be a Problem and every member an organisation; otherwise one 400 naming them. Returns names. */
async function checkReferences(ops: ConsortiumWrites, problem: string | null, members: { org: string }[]) {
  const references: Reference[] = [
    ...(problem ? [{ id: problem, field: "problem", kinds: ["Problem"], what: "problem" }] : []),
    ...members.map((m, i) => ({ id: m.org, field: `members.${i}.org`, kinds: ORG_KINDS, what: "organisation" })),
  ];
  const found = await ops.find(references.map((r) => r.id));
  const error = referenceError(new Map(found.map((r) => [r.id, r.kind])), references);
  if (error) throw error;
  return new Map(found.map((r) => [r.id, r.name ?? r.id]));
}

export function consortiaService(repo: ConsortiaRepo) {
  async function get(id: string): Promise<SavedConsortium> {
    const [row] = await repo.list({ ids: [id], problem: null, org: null, status: null });
    if (!row) throw notFound("Consortium", id);
    return toSaved(row);
  }

  return {
    get,
    async list(query: ConsortiumListQuery) {
      const rows = await repo.list({
        ids: null,
        problem: query.problem ?? null,
        org: query.org ?? null,
        status: query.status ?? null,
      });
      return { consortia: rows.map(toSaved) };
    },
    /** Node, ADDRESSES and every MEMBER_OF in one transaction; a formed consortium marks its open problem matched. */
    async create(input: ConsortiumCreate, by?: string): Promise<SavedConsortium> {
      const id = newId("cons");
      const prov = userProvenance(undefined, by);
      await repo.transaction(async (ops) => {
        const names = await checkReferences(ops, input.problem, input.members);
        const lead = input.members.find((m) => m.role === "lead")!.org;
        // Default name in the data's language (the graph's names are Chinese): "<lead>牵头 · <problem>".
        const name = input.name ?? `${names.get(lead)}牵头 · ${names.get(input.problem)}`;
        await ops.create(
          {
            id,
            kind: "Consortium",
            name,
            status: input.status,
            ...(input.note ? { note: input.note } : {}),
            ...(by ? { owner: by } : {}),
            ...prov,
          },
          input.problem,
          prov,
        );
        await ops.setMembers(id, input.members, prov);
        if (input.status === "formed") await ops.markProblemMatched(id, prov);
      });
      return get(id);
    },
    /** Only its owner or an admin (403 otherwise); the owner never changes. */
    async update(id: string, patch: ConsortiumPatch, user: Principal | null): Promise<SavedConsortium> {
      assertCanChange(user, (await get(id)).owner, "consortium");
      const prov = userProvenance(undefined, user?.username);
      await repo.transaction(async (ops) => {
        await checkReferences(ops, null, patch.members ?? []);
        const props = {
          ...(patch.status ? { status: patch.status } : {}),
          ...(patch.name ? { name: patch.name } : {}),
          ...(patch.note !== undefined ? { note: patch.note || null } : {}),
          ...prov,
        };
        if (!(await ops.update(id, props))) throw notFound("Consortium", id);
        if (patch.members) await ops.setMembers(id, patch.members, prov);
        if (patch.status === "formed") await ops.markProblemMatched(id, prov);
      });
      return get(id);
    },
    async remove(id: string, user: Principal | null) {
      assertCanChange(user, (await get(id)).owner, "consortium");
      if (!(await repo.transaction((ops) => ops.remove(id)))) throw notFound("Consortium", id);
      return { deleted: id };
    },
  };
}

export type ConsortiaService = ReturnType<typeof consortiaService>;
