import { ORG_KINDS } from "../../../contracts/model";
import { f, PROVENANCE_FIELDS } from "../fields";
import { pick, type EntityDef } from "./types";

export const ORG_SYNONYMS: Record<string, string> = {
  企业: "Enterprise",
  公司: "Enterprise",
  高校: "University",
  大学: "University",
  科研院所: "ResearchInstitute",
  研究院: "ResearchInstitute",
  研究所: "ResearchInstitute",
  创新平台: "Platform",
  平台: "Platform",
  政府部门: "GovernmentBody",
  政府: "GovernmentBody",
  协会: "Association",
  联盟: "Association",
  "协会/联盟": "Association",
  园区: "Park",
};

export const idField = (example: string) =>
  f.string({
    key: "id",
    zh: "编号",
    en: "ID",
    max: 200,
    descriptionZh: "唯一编号（可留空：同名已有则更新，否则按名称生成）",
    descriptionEn:
      "Unique id (optional: an existing node of the same name is updated, else one is derived from the name)",
    example,
  });

/** The name and English name columns every node entity has. */
export const nameFields = (zh: string, en: string, example: string, exampleEn: string, max = 200) => [
  f.string({ key: "name", zh, en, required: true, max, descriptionZh: `${zh}（中文）`, descriptionEn: en, example }),
  f.string({
    key: "nameEn",
    zh: "英文名称",
    en: "English name",
    max,
    descriptionZh: "英文名称",
    descriptionEn: "English name",
    example: exampleEn,
  }),
];

export const organisations: EntityDef = {
  key: "organisations",
  zh: "组织机构",
  en: "Organisations",
  descriptionZh: "企业、高校、科研院所、平台、政府部门、协会、园区",
  descriptionEn: "Enterprises, universities, research institutes, platforms, government bodies, associations, parks",
  fields: [
    idField("ent:zz-example-tech"),
    f.enum({
      key: "kind",
      zh: "类型",
      en: "Kind",
      required: true,
      values: ORG_KINDS,
      synonyms: ORG_SYNONYMS,
      descriptionZh: "企业/高校/科研院所/创新平台/政府部门/协会/园区",
      descriptionEn: ORG_KINDS.join(" / "),
      example: "企业",
    }),
    ...nameFields("名称", "Name", "株洲示例科技有限公司", "Zhuzhou Example Technology Co., Ltd."),
    f.list({
      key: "aliases",
      zh: "别名",
      en: "Aliases",
      descriptionZh: "简称、曾用名，用；或、分隔",
      descriptionEn: "Short or former names, separated by ; or 、",
      example: "示例科技；株洲示例",
    }),
    f.string({
      key: "district",
      zh: "区县",
      en: "District",
      max: 50,
      descriptionZh: "所在区县",
      descriptionEn: "District",
      example: "天元区",
    }),
    f.boolean({
      key: "local",
      zh: "是否本地",
      en: "Local",
      required: true,
      descriptionZh: "是否在株洲（是/否）",
      descriptionEn: "In Zhuzhou? (true/false)",
      example: "是",
    }),
    f.integer({
      key: "founded",
      zh: "成立年份",
      en: "Founded",
      min: 1800,
      max: 2100,
      descriptionZh: "成立年份",
      descriptionEn: "Year founded",
      example: "2015",
    }),
    f.string({
      key: "creditCode",
      zh: "统一社会信用代码",
      en: "Credit code",
      max: 30,
      descriptionZh: "统一社会信用代码",
      descriptionEn: "Unified social credit code",
      example: "91430200MA4XXXXXXX",
    }),
    ...PROVENANCE_FIELDS,
  ],
  build: (v) => ({
    node: {
      id: v.id as string | undefined,
      kind: v.kind as (typeof ORG_KINDS)[number],
      name: String(v.name),
      content: pick(v, ["name", "nameEn", "aliases", "district", "local", "founded", "creditCode"]),
    },
    links: [],
  }),
};
