import type { ProblemCreate, ProblemFields, ProblemListQuery, Problem } from "../../contracts/problems";
import { ORG_KINDS } from "../../contracts/model";
import { DomainError, notFound } from "../../contracts/errors";
import { referenceError, type Reference } from "../../shared/references";
import { newId, today, userProvenance } from "../../shared/user-data";
import { problemProps, toProblem } from "./problem-mapper";
import type { ProblemsRepo, ProblemWrites } from "./problems.repo";

/** Every id a problem refers to must exist and be of the right kind; otherwise one 400 naming them all. */
async function checkReferences(ops: ProblemWrites, items: { fields: ProblemFields; at: string }[]) {
  const references: Reference[] = items.flatMap(({ fields, at }) => [
    { id: fields.poster, field: `${at}poster`, kinds: ORG_KINDS, what: "organisation" },
    ...fields.requires.map((r, i) => ({
      id: r.tech,
      field: `${at}requires.${i}.tech`,
      kinds: ["Technology"],
      what: "technology",
    })),
    ...fields.chains.map((c, i) => ({ id: c, field: `${at}chains.${i}`, kinds: ["Chain"], what: "chain" })),
  ]);
  const error = referenceError(await ops.kinds([...new Set(references.map((r) => r.id))]), references);
  if (error) throw error;
}

const FROM_ILLUSTRATIVE = "edited in ChainAtlas; based on an illustrative example problem";

/** Provenance after a planner's edit: user data now, still saying if it started as an illustrative example. */
function editedProvenance(before: Problem, by?: string) {
  return userProvenance(before.provenance.source === "illustrative" ? FROM_ILLUSTRATIVE : before.provenance.note, by);
}

async function link(ops: ProblemWrites, id: string, fields: ProblemFields, prov: Record<string, string>) {
  await ops.link({ id, poster: fields.poster, requires: fields.requires, chains: fields.chains, prov });
}

/** One problem's row by id (none: undefined). */
const oneRow = async (repo: ProblemsRepo, id: string) =>
  (
    await repo.list({
      ids: [id],
      status: null,
      chain: null,
      technology: null,
      deadlineBefore: null,
      deadlineAfter: null,
      limit: 1,
    })
  )[0];

export function problemsService(repo: ProblemsRepo) {
  async function get(id: string): Promise<Problem> {
    const row = await oneRow(repo, id);
    if (!row) throw notFound("Problem", id);
    return toProblem(row);
  }

  async function createAll(inputs: ProblemCreate[], at: (i: number) => string, by?: string): Promise<string[]> {
    return repo.transaction(async (ops) => {
      await checkReferences(
        ops,
        inputs.map((fields, i) => ({ fields, at: at(i) })),
      );
      const ids = inputs.map((input) => input.id ?? newId("prob"));
      const taken = await ops.kinds(ids);
      if (taken.size)
        throw new DomainError("conflict", "CONFLICT", `Already exists: ${[...taken.keys()].join(", ")}`, {
          ids: [...taken.keys()],
        });
      const prov = userProvenance(undefined, by);
      for (const [i, input] of inputs.entries()) {
        await ops.create({ ...problemProps(input), id: ids[i], ...prov });
        await link(ops, ids[i]!, input, prov);
      }
      return ids;
    });
  }

  return {
    get,
    async list(query: ProblemListQuery) {
      const rows = await repo.list({
        ids: null,
        status: query.status ?? null,
        chain: query.chain ?? null,
        technology: query.technology ?? null,
        deadlineBefore: query.deadlineBefore ?? null,
        deadlineAfter: query.deadlineAfter ?? null,
        limit: query.limit,
      });
      return { problems: rows.map(toProblem) };
    },
    async create(input: ProblemCreate, by?: string): Promise<Problem> {
      const [id] = await createAll([input], () => "", by);
      return get(id!);
    },
    /** Several problems in one transaction: all are created, or none. */
    async import(inputs: ProblemCreate[], by?: string) {
      return { created: await createAll(inputs, (i) => `problems.${i}.`, by) };
    },
    async update(id: string, fields: ProblemFields, by?: string): Promise<Problem> {
      const prov = editedProvenance(await get(id), by);
      await repo.transaction(async (ops) => {
        await checkReferences(ops, [{ fields, at: "" }]);
        if (!(await ops.update(id, { ...problemProps(fields), note: prov.note ?? null, ...prov })))
          throw notFound("Problem", id);
        await ops.unlink(id);
        await link(ops, id, fields, prov);
      });
      return get(id);
    },
    /** Only the status changes (with when and by whom): the provenance of the problem's text stays as it was. */
    async close(id: string, by?: string): Promise<Problem> {
      await get(id);
      await repo.transaction((ops) => ops.setStatus(id, "closed", { asOf: today(), ...(by ? { by } : {}) }));
      return get(id);
    },
    /** Only problems entered in the app, and only while no saved consortium addresses them. */
    async remove(id: string) {
      const row = await oneRow(repo, id);
      if (!row) throw notFound("Problem", id);
      const problem = toProblem(row);
      const seededFrom = typeof row.problem.seededFrom === "string" ? row.problem.seededFrom : null;
      if (seededFrom)
        throw new DomainError(
          "conflict",
          "SEEDED",
          `Problem '${id}' comes from the seed (${seededFrom}, since edited); close it instead of deleting it`,
        );
      if (problem.provenance.source !== "app" && problem.provenance.source !== "import")
        throw new DomainError(
          "conflict",
          "SEEDED",
          `Problem '${id}' comes from the seed (${problem.provenance.source}); close it instead of deleting it`,
        );
      if (problem.consortia > 0)
        throw new DomainError(
          "conflict",
          "IN_USE",
          `Problem '${id}' has ${problem.consortia} saved consortia; delete them first`,
        );
      await repo.transaction((ops) => ops.remove(id));
      return { deleted: id };
    },
  };
}

export type ProblemsService = ReturnType<typeof problemsService>;
