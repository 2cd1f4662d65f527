// Word lists the pattern rules use. Kept here, in one place, so the rules in docs/documents.md can cite them.
import type { NodeKind } from "../../contracts/model";

/** Name endings that make a new-entity candidate, longest first, with the kind they suggest. */
export const SUFFIX_KINDS: [string, NodeKind][] = [
  ["有限责任公司", "Enterprise"], ["股份有限公司", "Enterprise"], ["有限公司", "Enterprise"], ["公司", "Enterprise"], ["集团", "Enterprise"],
  ["大学", "University"], ["学院", "University"],
  ["研究院", "ResearchInstitute"], ["研究所", "ResearchInstitute"],
  ["实验室", "Platform"], ["中心", "Platform"], ["平台", "Platform"],
  ["联盟", "Association"], ["协会", "Association"], ["学会", "Association"], ["商会", "Association"],
  ["产业园", "Park"], ["园区", "Park"], ["基地", "Park"],
  ["项目", "Project"],
];

/**
 * Words that end a name when reading backwards from its suffix: verbs, prepositions and conjunctions that
 * introduce a name in running text (支持…实验室, 依托…大学). Longest first.
 */
export const STOP_WORDS = [
  "积极引导", "全力支持", "重点培育", "加快建设", "支持", "联合", "依托", "建设好", "建设", "筹建", "搭建", "推动", "创建", "打造", "组建", "建立", "申报",
  "引进", "培育", "争创", "围绕", "通过", "加大", "携手", "共建", "牵头", "承担", "参与", "获批", "认定", "成立", "设立", "落户", "入选", "成为", "包括",
  "关注", "对于", "构建", "优化", "完善", "促进", "推荐", "争取", "开展", "申请", "年", "月", "日", "以及", "其中", "我市", "全市", "相关", "有关", "等", "的", "对", "及", "或", "在", "为", "向", "由", "将", "是", "了", "获", "以", "从",
  "把", "被", "同", "并",
];

/** Words that say nothing about which entity is meant; a candidate made only of these is dropped. */
export const GENERIC_WORDS = [
  "国家级", "省级", "市级", "国家", "重点", "重大", "相关", "试点", "研发", "科技", "技术", "创新", "工程", "研究", "新型", "公共", "服务", "示范", "专项",
  "攻关", "关键", "前沿", "产业", "应用", "平台", "中心", "实验室", "基地", "园区", "联合", "高水平", "现有", "新兴", "领域", "企业", "高校", "院所",
  "科研", "优势", "单位", "各类", "一批", "省", "市", "县", "区", "国际", "合作", "开放", "共享", "转化", "成果", "孵化", "众创", "检验", "检测", "认证",
  "标准", "产学研", "用金", "协同", "制造业", "制造", "先进", "高端", "智能", "数字", "信息", "资源", "科学", "大", "小", "新", "高", "级", "类", "该",
  "本", "此", "其", "高能级", "能级", "有关", "龙头", "骨干", "领军", "头部", "上级", "下级",
];

/** Technology terms a document may name that the graph may not have yet (new Technology candidates). */
export const TECH_TERMS = [
  "功率半导体", "第三代半导体", "碳化硅", "氮化镓", "IGBT", "IGCT", "MOSFET", "集成电路", "芯片", "传感器", "激光雷达", "人工智能", "大模型", "机器视觉",
  "工业机器人", "协作机器人", "数字孪生", "工业互联网", "物联网", "区块链", "云计算", "大数据", "边缘计算", "5G", "操作系统", "工业软件", "嵌入式",
  "北斗", "卫星导航", "无人机", "eVTOL", "航空发动机", "燃气轮机", "直升机", "通用航空", "低空经济", "轨道交通", "牵引系统", "变流器", "永磁电机",
  "智轨", "磁浮", "氢能", "燃料电池", "锂电池", "钠离子电池", "固态电池", "储能", "正极材料", "负极材料", "电解液", "隔膜", "硬质合金", "粉末冶金",
  "复合材料", "碳纤维", "先进陶瓷", "特种陶瓷", "稀土", "增材制造", "3D打印", "智能制造", "工业控制", "自动驾驶", "新能源汽车", "风电", "光伏",
  "超导", "量子", "生物医药", "医疗器械", "新材料", "新能源",
];
