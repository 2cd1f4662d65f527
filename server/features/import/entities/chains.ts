import { ORG_KINDS, STAGES } from "../../../contracts/model";
import { f, PROVENANCE_FIELDS } from "../fields";
import { idField, nameFields } from "./organisations";
import { pick, ref, type DraftLink, type EntityDef } from "./types";

export const segments: EntityDef = {
  key: "segments",
  zh: "产业链环节",
  en: "Chain segments",
  descriptionZh: "产业链中的环节（有序，上游→下游）",
  descriptionEn: "Ordered segments of a chain (upstream → downstream)",
  fields: [
    idField("seg:power-semi:example"),
    f.ref({
      key: "chain",
      zh: "产业链",
      en: "Chain",
      required: true,
      kinds: ["Chain"],
      descriptionZh: "所属产业链（编号或名称）",
      descriptionEn: "Chain (id or name)",
      example: "chain:power-semi",
    }),
    ...nameFields("名称", "Name", "外延片", "Epitaxial wafers"),
    f.integer({
      key: "order",
      zh: "顺序",
      en: "Order",
      required: true,
      min: 0,
      max: 1000,
      descriptionZh: "在链中的顺序（上游小）",
      descriptionEn: "Position in the chain (upstream first)",
      example: "2",
    }),
    f.enum({
      key: "stage",
      zh: "阶段",
      en: "Stage",
      required: true,
      values: STAGES,
      synonyms: { 上游: "UP", 中游: "MID", 下游: "DOWN" },
      descriptionZh: "上游/中游/下游",
      descriptionEn: "UP / MID / DOWN",
      example: "上游",
    }),
    f.refs({
      key: "feeds",
      zh: "下游环节",
      en: "Feeds",
      kinds: ["Segment"],
      descriptionZh: "供给的下游环节（编号或名称，可多个）",
      descriptionEn: "Downstream segments it feeds (ids or names)",
      example: "seg:power-semi:wafer-fab",
    }),
    ...PROVENANCE_FIELDS,
  ],
  build: (v) => ({
    node: {
      id: v.id as string | undefined,
      kind: "Segment",
      name: String(v.name),
      content: { ...pick(v, ["name", "nameEn", "order", "stage"]) },
    },
    links: [
      { type: "PART_OF", from: "self", to: ref(v, "chain", ["Chain"]), content: {} },
      ...((v.feeds as string[] | undefined) ?? []).map((target): DraftLink => ({
        type: "FEEDS",
        from: "self",
        to: { value: target, kinds: ["Segment"], field: "feeds" },
        content: {},
      })),
    ],
  }),
};

export const memberships: EntityDef = {
  key: "memberships",
  zh: "环节成员",
  en: "Segment memberships",
  descriptionZh: "组织位于产业链的哪个环节",
  descriptionEn: "Which chain segment an organisation works in",
  fields: [
    f.ref({
      key: "org",
      zh: "组织",
      en: "Organisation",
      required: true,
      kinds: ORG_KINDS,
      descriptionZh: "组织（编号、名称或别名）",
      descriptionEn: "Organisation (id, name or alias)",
      example: "时代半导体",
    }),
    f.ref({
      key: "segment",
      zh: "环节",
      en: "Segment",
      required: true,
      kinds: ["Segment"],
      descriptionZh: "环节（编号或名称）",
      descriptionEn: "Segment (id or name)",
      example: "seg:power-semi:wafer-fab",
    }),
    f.enum({
      key: "role",
      zh: "角色",
      en: "Role",
      values: ["core", "supplier", "research", "service"],
      synonyms: {
        核心: "core",
        龙头: "core",
        配套: "supplier",
        供应: "supplier",
        研发: "research",
        科研: "research",
        服务: "service",
      },
      descriptionZh: "core 核心 / supplier 配套 / research 研发 / service 服务",
      descriptionEn: "core / supplier / research / service",
      example: "配套",
    }),
    ...PROVENANCE_FIELDS,
  ],
  build: (v) => ({
    links: [
      {
        type: "IN_SEGMENT",
        from: ref(v, "org", ORG_KINDS),
        to: ref(v, "segment", ["Segment"]),
        content: pick(v, ["role"]),
      },
    ],
  }),
};

/** The segment's chain id is also stored on it (segment_order index: chainId + order). */
export function segmentChainId(links: { type: string; to: string }[]): string | undefined {
  return links.find((l) => l.type === "PART_OF")?.to;
}
