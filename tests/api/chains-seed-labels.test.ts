// The labels the seeded Zhuzhou chains get, worked out by hand from seed/data (who is local, who is in which
// segment, who supplies or collaborates with whom) and the published rules. The same table is in the
// docs/gaps.md ("Seeded labels"). If the seed or the rules change, this test says which label moved.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../setup/test-db";

let app: RunningApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const SINGLE = "single-source";
const CUT = "no-neighbour-link";

// segment → [status, local enterprises E(S), note]
const EXPECTED: Record<string, Record<string, [string, string[], string?]>> = {
  "chain:power-semi": {
    "materials-equipment": ["strong", ["dezhi-new-materials", "hunan-yuemo", "kairuisi", "nuotian"]], // three supply 时代半导体
    "sic-substrate-epi": ["missing", [], "no local substrate/epi firm; 湖南三安 (Changsha) is non-local"],
    "chip-design": ["weak", ["crrc-times-semi"]],
    "wafer-fab": ["strong", ["crrc-times-electric", "crrc-times-semi"]], // 时代半导体 is also in chip design (vertical)
    "packaging-modules": ["weak", ["crrc-times-semi"]], // 国创越摩 packages RF modules, not power devices (issue 13)
    "devices-systems": ["strong", ["crrc-times-electric", "crrc-zic", "megmeet-zz"]],
    applications: ["broken", ["crrc-times-ev", "crrc-zelc"], "no recorded link to a local firm of 装置与系统 or 封装"],
  },
  "chain:rail": {
    "materials-components": ["strong", ["liancheng", "times-new-material"]],
    "core-parts": ["strong", ["crrc-zec", "crrc-zelc", "liancheng"]],
    "key-systems": ["strong", ["crrc-times-electric", "crrc-times-semi", "crrc-zic"]],
    vehicles: ["strong", ["crrc-zelc", "crrc-zic"]],
    om: ["strong", ["crrc-zelc", "guochuang-rail-tech"]],
  },
  "chain:aviation-lowalt": {
    upstream: ["missing", [], "中南大学 is non-local"],
    "propulsion-transmission": [
      "broken",
      ["aecc-south", "hn-south-ga-engine", "south-aerospace"],
      "no link to 山河星航 (整机)",
    ],
    airframes: ["weak", ["shanhe-xinghang"]],
    infrastructure: ["missing", [], "only parks (芦淞机场, 航空城) are placed there"],
    operations: ["strong", ["shanhe-xinghang", "zz-lowalt-invest"]],
  },
  "chain:carbide-materials": {
    "ore-apt": ["weak", ["cthm"]],
    powder: ["weak", ["zcc"]],
    blanks: ["strong", ["oke", "zcc"]],
    tools: ["strong", ["cthm", "huarui", "oke", "zcc", "zccct", "zz-precision"]],
    recycling: ["missing", []],
    "advanced-ceramics": ["broken", ["hualian-ceramics", "huaxin-insulator"], "no link to a local tool maker"],
    composites: ["strong", ["times-huaxian", "times-new-material"]], // 时代新材 also in rail materials (cross-chain FEEDS)
  },
  "chain:new-energy-battery": {
    minerals: ["missing", []],
    materials: ["weak", ["lihe-houpu"]],
    cells: ["weak", ["lifang"]], // the big cell makers in the seed are non-local
    systems: ["strong", ["crrc-times-electric", "crrc-zic"]],
    applications: ["strong", ["crrc-times-electric", "crrc-times-ev", "crrc-zic"]],
    recycling: ["missing", []],
  },
  "chain:beidou-os-software": {
    "chips-boards": ["missing", [], "国防科大 is non-local; the lab alliance is an association"],
    "base-software": ["weak", ["hunan-greatwall"]],
    "satellite-mfg": ["weak", ["sdrt"]],
    "operation-data": ["missing", []],
    "terminals-integration": ["missing", []],
    applications: ["missing", []],
  },
  "chain:ai-smart-mfg": {
    foundation: ["missing", []],
    technology: ["strong", ["crrc-zic", "smart-ste", "zhongke-zhigan"]],
    "software-robots": ["weak", ["megmeet-zz"]],
    "smart-factory": ["strong", ["crrc-times-electric", "crrc-times-ev", "hunan-greatwall"]],
    applications: ["strong", ["crrc-times-ev", "crrc-zic"]],
  },
};

describe("labels of the seeded Zhuzhou chains", () => {
  it.each(Object.keys(EXPECTED))("%s", async (chainId) => {
    const { status, body } = await app.get(`/api/chains/${chainId}/gaps`);
    expect(status).toBe(200);
    const prefix = `seg:${chainId.replace("chain:", "")}:`;
    const actual = Object.fromEntries(
      body.segments.map((s: { id: string; status: string; enterprises: string[] }) => [
        s.id.replace(prefix, ""),
        [s.status, s.enterprises.map((e) => e.replace("ent:", ""))],
      ]),
    );
    const expected = Object.fromEntries(
      Object.entries(EXPECTED[chainId]!).map(([id, [statusLabel, enterprises]]) => [id, [statusLabel, enterprises]]),
    );
    expect(actual).toEqual(expected);
    for (const s of body.segments) {
      // no missing segment of the seed has local research (R(S) is empty), no weak one lacks capability
      if (s.status === "missing") expect(s.reasons).toEqual(["no-local-enterprise"]);
      if (s.status === "weak") expect(s.reasons).toEqual([SINGLE]);
      if (s.status === "broken") expect(s.reasons).toEqual([CUT]);
    }
  });

  it("totals 11 missing, 10 weak, 3 broken and 17 strong of 41 segments", async () => {
    const { body } = await app.get("/api/chains/gaps");
    const totals = { missing: 0, weak: 0, broken: 0, strong: 0 } as Record<string, number>;
    for (const entry of body.chains) for (const [k, v] of Object.entries(entry.counts)) totals[k]! += v as number;
    expect(totals).toEqual({ missing: 11, weak: 10, broken: 3, strong: 17 });
  });
});
