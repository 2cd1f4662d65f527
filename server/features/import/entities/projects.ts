import { ORG_KINDS, type NodeKind } from "../../../contracts/model";
import { f, PROVENANCE_FIELDS } from "../fields";
import { idField, nameFields } from "./organisations";
import { pick, ref, type DraftLink, type EntityDef, type Props, type Values } from "./types";

/** One link per listed reference; "tech:igbt*3" carries a weight. */
function many(
  v: Values,
  field: string,
  type: DraftLink["type"],
  kinds: readonly NodeKind[],
  direction: "out" | "in",
): DraftLink[] {
  return ((v[field] as string[] | undefined) ?? []).map((value): DraftLink => {
    const weighted = /^(.*?)\s*[*×]\s*(\d+(?:\.\d+)?)$/.exec(value);
    const target = { value: weighted ? weighted[1]! : value, kinds, field };
    const content: Props = weighted ? { weight: Number(weighted[2]) } : {};
    return direction === "out"
      ? { type, from: "self", to: target, content }
      : { type, from: target, to: "self", content };
  });
}

const chainField = f.ref({
  key: "chain",
  zh: "产业链",
  en: "Chain",
  kinds: ["Chain"],
  descriptionZh: "所属产业链（编号或名称）",
  descriptionEn: "Chain (id or name)",
  example: "chain:power-semi",
});
const techsField = (descZh: string, descEn: string, example: string) =>
  f.refs({
    key: "technologies",
    zh: "技术领域",
    en: "Technologies",
    kinds: ["Technology"],
    descriptionZh: descZh,
    descriptionEn: descEn,
    example,
  });

export const projects: EntityDef = {
  key: "projects",
  zh: "项目",
  en: "Projects",
  descriptionZh: "科技项目（牵头、参与单位、技术领域）",
  descriptionEn: "Projects (lead, participants, technologies)",
  fields: [
    idField("proj:example-2025"),
    ...nameFields("项目名称", "Name", "碳化硅MOSFET车规级模块研发", "Automotive SiC MOSFET modules", 300),
    f.integer({
      key: "year",
      zh: "年份",
      en: "Year",
      min: 1900,
      max: 2100,
      descriptionZh: "立项年份",
      descriptionEn: "Year",
      example: "2025",
    }),
    f.string({
      key: "level",
      zh: "级别",
      en: "Level",
      max: 40,
      descriptionZh: "national / provincial / municipal",
      descriptionEn: "national / provincial / municipal",
      example: "provincial",
    }),
    f.string({
      key: "status",
      zh: "状态",
      en: "Status",
      max: 40,
      descriptionZh: "planned / approved / ongoing / completed",
      descriptionEn: "planned / approved / ongoing / completed",
      example: "ongoing",
    }),
    f.string({
      key: "programme",
      zh: "计划类别",
      en: "Programme",
      max: 200,
      descriptionZh: "所属计划",
      descriptionEn: "Funding programme",
      example: "省十大关键技术攻关项目",
    }),
    f.ref({
      key: "lead",
      zh: "牵头单位",
      en: "Lead",
      kinds: ORG_KINDS,
      descriptionZh: "牵头单位（编号、名称或别名）",
      descriptionEn: "Lead organisation",
      example: "ent:crrc-times-semi",
    }),
    f.refs({
      key: "participants",
      zh: "参与单位",
      en: "Participants",
      kinds: ORG_KINDS,
      descriptionZh: "参与单位，用；分隔",
      descriptionEn: "Participating organisations, separated by ;",
      example: "中南大学；湖南大学",
    }),
    techsField("涉及的技术领域，用；分隔", "Technologies addressed, separated by ;", "tech:sic-device"),
    chainField,
    ...PROVENANCE_FIELDS,
  ],
  build: (v) => ({
    node: {
      id: v.id as string | undefined,
      kind: "Project",
      name: String(v.name),
      content: pick(v, ["name", "nameEn", "year", "level", "status", "programme"]),
    },
    links: [
      ...(v.lead
        ? [{ type: "LEADS", from: ref(v, "lead", ORG_KINDS), to: "self", content: {} } satisfies DraftLink]
        : []),
      ...many(v, "participants", "PARTICIPATES_IN", ORG_KINDS, "in"),
      ...many(v, "technologies", "ADDRESSES", ["Technology"], "out"),
      ...(v.chain
        ? [{ type: "IN_CHAIN", from: "self", to: ref(v, "chain", ["Chain"]), content: {} } satisfies DraftLink]
        : []),
    ],
  }),
};

export const problems: EntityDef = {
  key: "problems",
  zh: "揭榜挂帅榜单",
  en: "Problems (揭榜挂帅)",
  descriptionZh: "企业出题的揭榜挂帅榜单",
  descriptionEn: "Open technology problems posted for 揭榜挂帅",
  fields: [
    idField("prob:example-2026"),
    ...nameFields("榜单名称", "Title", "SiC双向变流关键器件", "SiC bidirectional converter devices", 300),
    f.string({
      key: "statement",
      zh: "需求描述",
      en: "Statement",
      max: 5000,
      descriptionZh: "技术需求与指标",
      descriptionEn: "What is needed, with targets",
      example: "研制高功率密度双向变流模块……",
    }),
    f.ref({
      key: "poster",
      zh: "发榜单位",
      en: "Posted by",
      kinds: ORG_KINDS,
      descriptionZh: "出题企业（编号、名称或别名）",
      descriptionEn: "Posting organisation",
      example: "ent:crrc-times-electric",
    }),
    techsField(
      "所需技术领域，可加权重，如 tech:igbt*3；用；分隔",
      "Required technologies, optionally weighted (tech:igbt*3), separated by ;",
      "tech:sic-device*5；tech:igbt*3",
    ),
    chainField,
    f.date({
      key: "deadline",
      zh: "截止日期",
      en: "Deadline",
      descriptionZh: "揭榜截止日期",
      descriptionEn: "Deadline",
      example: "2026-09-30",
    }),
    f.number({
      key: "budget",
      zh: "榜单金额（万元）",
      en: "Budget (10k CNY)",
      min: 0,
      descriptionZh: "榜单金额，单位万元",
      descriptionEn: "Budget in 10,000 CNY",
      example: "1200",
    }),
    f.enum({
      key: "status",
      zh: "状态",
      en: "Status",
      values: ["open", "matched", "closed"],
      synonyms: { 征集中: "open", 开放: "open", 已揭榜: "matched", 已关闭: "closed", 关闭: "closed" },
      descriptionZh: "open 征集中 / matched 已揭榜 / closed 已关闭",
      descriptionEn: "open / matched / closed",
      example: "open",
    }),
    f.list({
      key: "leadKinds",
      zh: "牵头单位类型",
      en: "Lead kinds",
      descriptionZh: "可牵头的组织类型（Enterprise；University…）",
      descriptionEn: "Kinds that may lead (Enterprise; University …)",
      example: "Enterprise；University",
    }),
    f.boolean({
      key: "localOnly",
      zh: "仅限本地",
      en: "Local only",
      descriptionZh: "是否仅限本地单位",
      descriptionEn: "Local organisations only?",
      example: "否",
    }),
    f.boolean({
      key: "requireResearchMember",
      zh: "须有科研单位",
      en: "Needs a research member",
      descriptionZh: "联合体是否须含高校或科研院所",
      descriptionEn: "Must the consortium include a university or institute?",
      example: "是",
    }),
    ...PROVENANCE_FIELDS,
  ],
  build: (v) => ({
    node: {
      id: v.id as string | undefined,
      kind: "Problem",
      name: String(v.name),
      content: pick(v, [
        "name",
        "nameEn",
        "statement",
        "deadline",
        "budget",
        "status",
        "leadKinds",
        "localOnly",
        "requireResearchMember",
      ]),
    },
    links: [
      ...(v.poster
        ? [{ type: "POSTED", from: ref(v, "poster", ORG_KINDS), to: "self", content: {} } satisfies DraftLink]
        : []),
      ...many(v, "technologies", "REQUIRES", ["Technology"], "out"),
      ...(v.chain
        ? [{ type: "IN_CHAIN", from: "self", to: ref(v, "chain", ["Chain"]), content: {} } satisfies DraftLink]
        : []),
    ],
  }),
};
