import { ORG_KINDS } from "../../../contracts/model";
import { f, PROVENANCE_FIELDS } from "../fields";
import { pick, ref, type EntityDef } from "./types";

const org = (key: string, zh: string, en: string, example: string) =>
  f.ref({
    key,
    zh,
    en,
    required: true,
    kinds: ORG_KINDS,
    descriptionZh: `${zh}（编号、名称或别名）`,
    descriptionEn: `${en} (id, name or alias)`,
    example,
  });

export const capabilities: EntityDef = {
  key: "capabilities",
  zh: "技术能力",
  en: "Capabilities",
  descriptionZh: "组织在某技术领域的能力（能力调查表）",
  descriptionEn: "What an organisation can do in a technology (capability surveys)",
  fields: [
    org("org", "组织", "Organisation", "株洲中车时代半导体有限公司"),
    f.ref({
      key: "technology",
      zh: "技术领域",
      en: "Technology",
      required: true,
      kinds: ["Technology"],
      descriptionZh: "技术领域（编号或名称）",
      descriptionEn: "Technology (id or name)",
      example: "tech:igbt",
    }),
    f.integer({
      key: "level",
      zh: "能力等级",
      en: "Level",
      min: 1,
      max: 3,
      descriptionZh: "1 有涉及，2 较强，3 领先",
      descriptionEn: "1 some, 2 strong, 3 leading",
      example: "3",
    }),
    f.string({
      key: "evidence",
      zh: "依据",
      en: "Evidence",
      descriptionZh: "能力依据（产品、专利、项目）",
      descriptionEn: "Evidence (products, patents, projects)",
      example: "IGBT模块量产",
    }),
    ...PROVENANCE_FIELDS,
  ],
  build: (v) => ({
    links: [
      {
        type: "HAS_CAPABILITY",
        from: ref(v, "org", ORG_KINDS),
        to: ref(v, "technology", ["Technology"]),
        content: pick(v, ["level", "evidence"]),
      },
    ],
  }),
};

export const collaborations: EntityDef = {
  key: "collaborations",
  zh: "合作关系",
  en: "Collaborations",
  descriptionZh: "两个组织之间的合作（联合实验室、联盟、项目合作等）",
  descriptionEn: "A collaboration between two organisations (joint lab, alliance, joint project …)",
  fields: [
    org("from", "组织甲", "Organisation A", "ent:crrc-times-semi"),
    org("to", "组织乙", "Organisation B", "中南大学"),
    f.string({
      key: "kind",
      zh: "合作类型",
      en: "Kind",
      max: 60,
      descriptionZh: "如 co-research、joint-platform、alliance",
      descriptionEn: "e.g. co-research, joint-platform, alliance",
      example: "co-research",
    }),
    f.integer({
      key: "year",
      zh: "年份",
      en: "Year",
      min: 1900,
      max: 2100,
      descriptionZh: "开始年份",
      descriptionEn: "Year",
      example: "2024",
    }),
    f.string({
      key: "what",
      zh: "合作内容",
      en: "What",
      descriptionZh: "合作内容",
      descriptionEn: "What they do together",
      example: "共建碳化硅联合实验室",
    }),
    f.string({
      key: "key",
      zh: "区分键",
      en: "Key",
      max: 40,
      descriptionZh: "同一对组织有多项合作时用以区分（小写字母、数字、-）",
      descriptionEn: "Tells apart several collaborations of one pair (a-z, 0-9, -)",
      example: "sic-lab",
    }),
    ...PROVENANCE_FIELDS,
  ],
  build: (v) => ({
    links: [
      {
        type: "COLLABORATES_WITH",
        from: ref(v, "from", ORG_KINDS),
        to: ref(v, "to", ORG_KINDS),
        key: v.key as string | undefined,
        content: pick(v, ["kind", "year", "what"]),
      },
    ],
  }),
};

export const supplyLinks: EntityDef = {
  key: "supply-links",
  zh: "供应关系",
  en: "Supply links",
  descriptionZh: "供应方向采购方供货",
  descriptionEn: "A supplier delivers to a customer",
  fields: [
    org("supplier", "供应方", "Supplier", "湖南越摩"),
    org("customer", "采购方", "Customer", "ent:crrc-times-semi"),
    f.string({
      key: "product",
      zh: "产品",
      en: "Product",
      max: 300,
      descriptionZh: "供应的产品或服务",
      descriptionEn: "Product or service supplied",
      example: "IGBT封装材料",
    }),
    ...PROVENANCE_FIELDS,
  ],
  build: (v) => ({
    links: [
      {
        type: "SUPPLIES",
        from: ref(v, "supplier", ORG_KINDS),
        to: ref(v, "customer", ORG_KINDS),
        content: pick(v, ["product"]),
      },
    ],
  }),
};
