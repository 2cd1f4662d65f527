import { f, PROVENANCE_FIELDS } from "../fields";
import { idField, nameFields } from "./organisations";
import { pick, ref, type EntityDef } from "./types";

export const technologies: EntityDef = {
  key: "technologies",
  zh: "技术领域",
  en: "Technologies",
  descriptionZh: "技术领域及其上级领域",
  descriptionEn: "Technology fields and their parent field",
  fields: [
    idField("tech:example-field"),
    ...nameFields("名称", "Name", "碳化硅外延", "SiC epitaxy"),
    f.ref({
      key: "parent",
      zh: "上级领域",
      en: "Parent field",
      kinds: ["Technology"],
      descriptionZh: "上级技术领域（编号或名称）",
      descriptionEn: "Parent technology (id or name)",
      example: "tech:sic-device",
    }),
    f.string({
      key: "code",
      zh: "代码",
      en: "Code",
      max: 40,
      descriptionZh: "分类代码",
      descriptionEn: "Classification code",
      example: "SIC-EPI",
    }),
    ...PROVENANCE_FIELDS,
  ],
  build: (v) => ({
    node: {
      id: v.id as string | undefined,
      kind: "Technology",
      name: String(v.name),
      content: pick(v, ["name", "nameEn", "code"]),
    },
    links: v.parent ? [{ type: "SUBFIELD_OF", from: "self", to: ref(v, "parent", ["Technology"]), content: {} }] : [],
  }),
};
