import type { ImportEntity } from "../../../contracts/import";
import { segments, memberships } from "./chains";
import { organisations } from "./organisations";
import { problems, projects } from "./projects";
import { capabilities, collaborations, supplyLinks } from "./relations";
import { technologies } from "./technologies";
import type { EntityDef } from "./types";

/** Every tabular import entity (the JSON-only `graph` entity is handled by graph-rows.ts). */
export const ENTITIES: EntityDef[] = [
  organisations,
  technologies,
  capabilities,
  collaborations,
  supplyLinks,
  segments,
  memberships,
  projects,
  problems,
];

export function entityDef(key: ImportEntity): EntityDef | null {
  return ENTITIES.find((e) => e.key === key) ?? null;
}
