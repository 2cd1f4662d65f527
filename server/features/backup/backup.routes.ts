import path from "node:path";
import { z } from "zod";
import { BackupNameParams, BackupSummary, BackupsResponse } from "../../contracts/backups";
import { defineRoute, type RouteDef } from "../../http/route";
import type { BackupService } from "./backup.service";

/** Admins only: a backup holds the whole graph and the bookkeeping (accounts, sessions, audit) as stored. */
export function backupRoutes(service: BackupService): RouteDef[] {
  return [
    defineRoute(
      {
        method: "get",
        path: "/api/admin/backups",
        tag: "admin",
        auth: "admin",
        summary: "The backups on the server, newest first, and the schedule (BACKUP_INTERVAL_HOURS, BACKUP_KEEP)",
        response: BackupsResponse,
      },
      async () => service.list(),
    ),
    defineRoute(
      {
        method: "post",
        path: "/api/admin/backups",
        tag: "admin",
        auth: "admin",
        status: 201,
        errors: [409],
        response: BackupSummary,
        summary:
          "Write a backup now (one read transaction over every node and relationship, gzip JSONL + manifest); older ones beyond BACKUP_KEEP are removed",
      },
      async () => {
        const { name, bytes, manifest } = await service.create("admin");
        service.prune();
        return {
          name,
          bytes,
          createdAt: manifest.createdAt,
          trigger: manifest.trigger,
          nodes: manifest.nodes,
          relationships: manifest.relationships,
          sha256: manifest.sha256,
        };
      },
    ),
    defineRoute(
      {
        method: "get",
        path: "/api/admin/backups/:name",
        tag: "admin",
        auth: "admin",
        params: BackupNameParams,
        errors: [404],
        produces: ["application/gzip"],
        summary: "Download a backup file (restore it with npm run restore -- FILE)",
        response: z.unknown(),
      },
      async ({ params, res }) => {
        const file = service.file(params.name);
        res.set("cache-control", "no-store");
        await new Promise<void>((resolve, reject) =>
          res.download(file, path.basename(file), (error) => (error ? reject(error) : resolve())),
        );
      },
    ),
  ];
}
