import crypto from "node:crypto";
import { z } from "zod";
import { ParamSpec, type QueryDetail, type QueryInfo } from "../../contracts/queries";
import type { DeletedQueries, SaveQueryBody, VersionDetail, VersionList } from "../../contracts/saved-queries";
import { fieldError, notFound } from "../../contracts/errors";
import type { Principal } from "../../contracts/auth";
import { assertCanChange } from "../../shared/ownership";
import { checkParams, QueryHeaderError } from "./query-header";
import type { SavedQueriesRepo, StoredVersion } from "./saved-queries.repo";

// Analysts' queries: stored in Neo4j as bookkeeping (:SavedQuery)-[:HAS_VERSION]->(:QueryVersion), never
// :Entity. Every save is a new version; restoring copies an old version into a new one (history only grows).
// A query belongs to its creator (owner); a delete only hides it, with every version, until an admin restores it.

const StoredParams = z.array(ParamSpec);

function toStored(body: SaveQueryBody, restoredFrom?: number): StoredVersion {
  return {
    title: body.title,
    description: body.description,
    text: body.text,
    params: JSON.stringify(body.params),
    view: body.view,
    barX: body.bar?.x ?? null,
    barY: body.bar?.y ?? null,
    note: body.note,
    restoredFrom: restoredFrom ?? null,
  };
}

function fromStored(raw: Record<string, unknown>): VersionDetail {
  const text = (key: string) => (typeof raw[key] === "string" ? (raw[key] as string) : "");
  const params = StoredParams.safeParse(JSON.parse(text("params") || "[]"));
  return {
    n: Number(raw.n),
    savedAt: text("savedAt"),
    note: text("note"),
    title: text("title"),
    description: text("description"),
    text: text("text"),
    params: params.success ? params.data : [],
    view: (["table", "graph", "bar"].includes(text("view")) ? text("view") : "table") as VersionDetail["view"],
    ...(raw.barX && raw.barY ? { bar: { x: text("barX"), y: text("barY") } } : {}),
    ...(typeof raw.restoredFrom === "number" ? { restoredFrom: raw.restoredFrom } : {}),
  };
}

function asDetail(id: string, version: VersionDetail): QueryDetail {
  const text = { zh: version.title, en: version.title };
  const description = { zh: version.description || "—", en: version.description || "—" };
  return {
    id,
    title: text,
    description,
    category: "user",
    params: version.params,
    view: version.view,
    ...(version.bar ? { bar: version.bar } : {}),
    builtin: false,
    text: version.text,
    version: version.n,
  };
}

/** `check` runs a statement through the read-only pipeline without keeping its rows (the queries service). */
export function savedQueriesService(
  repo: SavedQueriesRepo,
  check: (text: string, params: SaveQueryBody["params"]) => Promise<void>,
) {
  async function validate(body: SaveQueryBody) {
    try {
      checkParams(body.params, body.text);
    } catch (error) {
      if (error instanceof QueryHeaderError) throw fieldError("params", error.message, "query_header");
      throw error;
    }
    if (body.view === "bar" && !body.bar) throw fieldError("bar", "required for a bar view", "bar_columns");
    await check(body.text, body.params);
  }

  async function version(id: string, n: number): Promise<VersionDetail> {
    const [row] = await repo.versions(id, n);
    if (!row) throw notFound("Version", `${id}@${n}`);
    return fromStored(row.version);
  }

  async function current(id: string): Promise<QueryDetail | null> {
    const rows = await repo.versions(id);
    const row = rows.find((r) => r.version.n === r.current);
    return row ? { ...asDetail(id, fromStored(row.version)), ...(row.owner ? { owner: row.owner } : {}) } : null;
  }

  /** 404 for an unknown (or deleted) query, 403 unless `user` owns it or is an admin. */
  async function assertOwner(id: string, user: Principal | null) {
    const [row] = await repo.versions(id);
    if (!row) throw notFound("Query", id);
    assertCanChange(user, row.owner, "saved query");
  }

  async function addVersion(id: string, stored: StoredVersion): Promise<QueryDetail> {
    const n = await repo.addVersion(id, stored, new Date().toISOString());
    if (n === null) throw notFound("Query", id);
    return (await current(id))!;
  }

  return {
    current,
    version,
    async list(): Promise<QueryInfo[]> {
      const rows = await repo.list();
      return rows.map((row) => {
        const { text: _text, version: _n, ...rest } = asDetail(row.id, fromStored(row.version));
        return { ...rest, ...(row.owner ? { owner: row.owner } : {}) };
      });
    },
    /** Version 1, owned by its creator (only they or an admin may change or delete it). */
    async create(body: SaveQueryBody, user: Principal | null): Promise<QueryDetail> {
      await validate(body);
      const id = `u-${crypto.randomBytes(5).toString("hex")}`;
      await repo.create(id, user?.username ?? null, toStored(body), new Date().toISOString());
      return (await current(id))!;
    },
    async save(id: string, body: SaveQueryBody, user: Principal | null): Promise<QueryDetail> {
      await assertOwner(id, user);
      await validate(body);
      return addVersion(id, toStored(body));
    },
    async versions(id: string): Promise<VersionList> {
      const rows = await repo.versions(id);
      if (rows.length === 0) throw notFound("Query", id);
      return {
        id,
        current: rows[0]!.current,
        versions: rows
          .map((row) => fromStored(row.version))
          .map(({ n, savedAt, note, title }) => ({ n, savedAt, note, title })),
      };
    },
    /** A new version with the old one's text, parameters and title (the history keeps both). */
    async restore(id: string, n: number, user: Principal | null): Promise<QueryDetail> {
      await assertOwner(id, user);
      const old = await version(id, n);
      const body: SaveQueryBody = {
        title: old.title,
        description: old.description,
        text: old.text,
        params: old.params,
        view: old.view,
        ...(old.bar ? { bar: old.bar } : {}),
        note: `restored version ${n}`,
      };
      return addVersion(id, toStored(body, n));
    },
    /** Soft delete: hidden from the library, every version kept; an admin can bring it back. */
    async delete(id: string, user: Principal | null) {
      await assertOwner(id, user);
      if (!(await repo.delete(id, user?.username ?? null, new Date().toISOString()))) throw notFound("Query", id);
      return { deleted: id };
    },
    /** Admin: the deleted queries, with owner, who deleted them and when, and how many versions they keep. */
    async deleted(): Promise<DeletedQueries> {
      const rows = await repo.deleted();
      return {
        queries: rows.map((r) => ({
          id: r.id,
          title: r.title ?? "",
          owner: r.owner,
          deletedAt: r.deletedAt,
          deletedBy: r.deletedBy,
          current: r.current,
          versions: r.versions,
        })),
      };
    },
    /** Admin: undo a delete; the query comes back with all its versions and its owner. */
    async undelete(id: string, user: Principal | null): Promise<QueryDetail> {
      if (!(await repo.undelete(id, user?.username ?? null, new Date().toISOString())))
        throw notFound("Deleted query", id);
      return (await current(id))!;
    },
  };
}

export type SavedQueriesService = ReturnType<typeof savedQueriesService>;
