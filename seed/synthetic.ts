import { seededRandom } from "../server/contracts/random";
import type { Dataset } from "./dataset";
import { linkId, type OrgKind, type SeedLink, type SeedNode } from "./schema";

export interface SyntheticOptions {
  orgs: number;
  seed?: number;
  segmentsPerChain?: number;
}

const PROV = {
  source: "illustrative" as const,
  basis: "editorial" as const,
  asOf: "2026-01-01",
  note: "synthetic benchmark data (npm run seed:synthetic)",
};
const PREFIX = ["华", "湘", "株", "中", "新", "恒", "博", "鼎", "远", "天", "瑞", "嘉"];
const FIELD = ["芯", "材", "能", "航", "轨", "智", "控", "精", "电", "信", "诺", "达"];
const SUFFIX: Record<string, string> = {
  Enterprise: "科技有限公司",
  University: "大学",
  ResearchInstitute: "研究院",
  Platform: "技术创新中心",
};

function pad(n: number, width = 5) {
  return String(n).padStart(width, "0");
}

/**
 * A deterministic synthetic graph of `orgs` organisations for benchmarks: chains of ordered segments
 * (FEEDS), technologies required by segments, organisations placed in segments with capabilities mostly in
 * their segments' technologies, collaborations, supply links between adjacent segments, and open problems.
 * About 7 relationships per organisation. Everything is marked illustrative.
 */
export function syntheticDataset(options: SyntheticOptions): Dataset {
  const random = seededRandom(options.seed ?? 42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const nodes: SeedNode[] = [];
  const links: Dataset["links"] = [];
  const link = (l: Omit<SeedLink, "prov">) => links.push({ ...l, prov: PROV, id: linkId(l) });

  const chainCount = Math.max(7, Math.round(options.orgs / 2000));
  const perChain = options.segmentsPerChain ?? 6;
  const techCount = Math.max(40, Math.round(options.orgs / 50));
  const techs = Array.from({ length: techCount }, (_, i) => `syn:tech-${pad(i, 4)}`);
  techs.forEach((id, i) =>
    nodes.push({ id, kind: "Technology", name: `技术领域${i}`, nameEn: `Technology ${i}`, prov: PROV }),
  );

  const segments: { id: string; chain: number; order: number; techs: string[] }[] = [];
  for (let c = 0; c < chainCount; c++) {
    const chainId = `syn:chain-${pad(c, 3)}`;
    nodes.push({ id: chainId, kind: "Chain", name: `合成产业链${c}`, nameEn: `Synthetic chain ${c}`, prov: PROV });
    for (let s = 1; s <= perChain; s++) {
      const id = `syn:seg-${pad(c, 3)}-${s}`;
      const stage = s <= perChain / 3 ? "UP" : s <= (2 * perChain) / 3 ? "MID" : "DOWN";
      const required = [pick(techs), pick(techs), pick(techs)].filter((t, i, all) => all.indexOf(t) === i);
      nodes.push({
        id,
        kind: "Segment",
        name: `链${c}环节${s}`,
        nameEn: `Chain ${c} segment ${s}`,
        props: { chainId, order: s, stage },
        prov: PROV,
      });
      link({ type: "PART_OF", from: id, to: chainId });
      for (const tech of required)
        link({ type: "REQUIRES", from: id, to: tech, props: { weight: 1 + Math.floor(random() * 5) } });
      if (s > 1) link({ type: "FEEDS", from: `syn:seg-${pad(c, 3)}-${s - 1}`, to: id });
      segments.push({ id, chain: c, order: s, techs: required });
    }
  }

  const orgs: { id: string; kind: OrgKind; segment: (typeof segments)[number] }[] = [];
  for (let i = 0; i < options.orgs; i++) {
    const r = random();
    const kind: OrgKind =
      r < 0.75 ? "Enterprise" : r < 0.85 ? "University" : r < 0.95 ? "ResearchInstitute" : "Platform";
    const id = `syn:org-${pad(i)}`;
    const segment = pick(segments);
    nodes.push({
      id,
      kind,
      name: `${pick(PREFIX)}${pick(FIELD)}${pick(FIELD)}${SUFFIX[kind]}${i}`,
      nameEn: `Synthetic ${kind} ${i}`,
      local: random() < 0.7,
      district: pick(["天元区", "石峰区", "芦淞区", "荷塘区", "渌口区"]),
      ...(kind === "Platform"
        ? { props: { level: pick(["national", "provincial", "municipal"]), status: "existing" } }
        : {}),
      prov: PROV,
    });
    link({
      type: "IN_SEGMENT",
      from: id,
      to: segment.id,
      props: { role: kind === "Enterprise" ? "core" : "research" },
    });
    const caps = new Set([pick(segment.techs), random() < 0.5 ? pick(segment.techs) : pick(techs), pick(techs)]);
    for (const tech of caps)
      link({
        type: "HAS_CAPABILITY",
        from: id,
        to: tech,
        props: { level: 1 + Math.floor(random() * 3), evidence: "synthetic" },
      });
    orgs.push({ id, kind, segment });
  }

  const bySegment = new Map<string, string[]>();
  for (const org of orgs)
    if (org.kind === "Enterprise") bySegment.set(org.segment.id, [...(bySegment.get(org.segment.id) ?? []), org.id]);
  orgs.forEach((org, i) => {
    const collaborations = random() < 0.5 ? 1 : 2;
    for (let k = 0; k < collaborations; k++) {
      const other = orgs[Math.floor(random() * orgs.length)]!;
      if (other.id !== org.id)
        link({
          type: "COLLABORATES_WITH",
          from: org.id,
          to: other.id,
          key: `s${i}-${k}`,
          props: { kind: "co-research", year: 2018 + Math.floor(random() * 8) },
        });
    }
    if (org.kind !== "Enterprise" || org.segment.order === 1) return;
    const upstream = bySegment.get(`syn:seg-${pad(org.segment.chain, 3)}-${org.segment.order - 1}`) ?? [];
    if (upstream.length && random() < 0.8) {
      const supplier = pick(upstream);
      link({ type: "SUPPLIES", from: supplier, to: org.id, key: `s${i}`, props: { product: "parts" } });
    }
  });

  const problemCount = Math.max(5, Math.round(options.orgs / 25));
  for (let p = 0; p < problemCount; p++) {
    const id = `syn:prob-${pad(p, 4)}`;
    const poster = pick(orgs.filter((o) => o.kind === "Enterprise").slice(0, 500));
    nodes.push({
      id,
      kind: "Problem",
      name: `合成榜单${p}`,
      props: {
        status: "open",
        deadline: "2027-06-30",
        budget: 500,
        selfFundingRatio: 2,
        leadKinds: ["Enterprise"],
        localOnly: false,
        requireResearchMember: true,
      },
      prov: PROV,
    });
    link({ type: "POSTED", from: poster.id, to: id });
    for (const tech of new Set([pick(techs), pick(techs), pick(techs), pick(poster.segment.techs)])) {
      link({ type: "REQUIRES", from: id, to: tech, props: { weight: 1 + Math.floor(random() * 5) } });
    }
  }
  const unique = new Map(links.map((l) => [l.id, l]));
  return { nodes, links: [...unique.values()] };
}
