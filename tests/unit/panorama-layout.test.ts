import { describe, expect, it } from "vitest";
import { fit, layoutPanorama, overlaps, wrap, type PanoramaSegment } from "../../client/charts/panorama/layout";

// Approximate widths: CJK characters one em, others about half (the browser measures for real).
const measure = (text: string, size: number, bold = false) =>
  [...text].reduce((w, c) => w + (/[\u2e80-\uffff]/.test(c) ? size : size * 0.56), 0) * (bold ? 1.05 : 1);

const stages = ["UP", "UP", "MID", "MID", "MID", "DOWN", "DOWN"] as const;
const segments: PanoramaSegment[] = stages.map((stage, i) => ({
  id: `s${i}`,
  name: `环节${i}：${"很长的环节名称".repeat((i % 3) + 1)}`,
  stage,
  order: i + 1,
  status: ["missing", "weak", "broken", "strong"][i % 4]!,
  orgs: Array.from({ length: i * 3 }, (_, j) => ({
    id: `o${i}-${j}`,
    name: `株洲${"某某".repeat(j % 5)}科技有限公司${j}`,
    local: j % 4 !== 3,
    research: j % 5 === 1,
  })),
  techs: Array.from({ length: (i % 4) + 1 }, (_, j) => `技术${j}${"甲".repeat(j * 3)}`),
  counts: "本地企业 3 · 科研 1 · 外地 1",
}));
const options = (width: number, expanded = new Set<string>()) => ({
  width,
  title: "测试产业链 · 产业链全景图",
  caption: "数据来源：答复原文 / 公开资料 / 示例数据。生成日期 2026-12-06。",
  expanded,
  measure,
  stageLabel: (s: string) => ({ UP: "上游", MID: "中游", DOWN: "下游" })[s]!,
  statusLabel: (s: string) => s,
  mark: (k: string) => (k === "foreign" ? "外地" : "科研"),
  more: (n: number) => `+${n} 家`,
  less: "收起",
  statuses: ["missing", "weak", "broken", "strong"],
});

describe("chain panorama layout", () => {
  it.each([1440, 1024, 768, 390, 360])(
    "places every label without overlap at %i px, inside its box and the width",
    (width) => {
      for (const expanded of [new Set<string>(), new Set(segments.map((s) => s.id))]) {
        const layout = layoutPanorama(segments, options(width, expanded));
        expect(overlaps(layout.texts)).toEqual([]);
        for (const text of layout.texts) expect(text.x + text.w).toBeLessThanOrEqual(width - 15);
        for (const text of layout.texts.filter((x) => x.segmentId)) {
          const box = layout.boxes.find((b) => b.segmentId === text.segmentId)!;
          expect(text.y).toBeGreaterThanOrEqual(box.y);
          expect(text.y + text.h).toBeLessThanOrEqual(box.y + box.h);
          expect(text.x + text.w).toBeLessThanOrEqual(box.x + box.w);
        }
        for (let i = 0; i < layout.boxes.length; i++)
          for (let j = i + 1; j < layout.boxes.length; j++) {
            const a = layout.boxes[i]!;
            const b = layout.boxes[j]!;
            expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).toBe(false);
          }
      }
    },
  );

  it("puts the three stages side by side on a wide screen and stacks them on a phone", () => {
    expect(layoutPanorama(segments, options(1440)).columns).toBe(3);
    expect(layoutPanorama(segments, options(390)).columns).toBe(1);
    const wide = layoutPanorama(segments, options(1440));
    const [up, mid, down] = wide.bands;
    expect(up!.x).toBeLessThan(mid!.x);
    expect(mid!.x).toBeLessThan(down!.x);
  });

  it("lists six organisations then +N more, and all of them once expanded", () => {
    const seg = segments[6]!; // 18 organisations
    const collapsed = layoutPanorama(segments, options(1440)).texts.filter((x) => x.segmentId === seg.id);
    expect(collapsed.filter((x) => x.role === "org")).toHaveLength(6);
    expect(collapsed.find((x) => x.role === "more")!.text).toBe("+12 家");
    const open = layoutPanorama(segments, options(1440, new Set([seg.id]))).texts.filter((x) => x.segmentId === seg.id);
    expect(open.filter((x) => x.role === "org").map((x) => x.orgId)).toEqual(seg.orgs.map((o) => o.id));
    expect(open.find((x) => x.role === "org" && x.orgId === "o6-3")!.text).toContain("（外地）");
    expect(open.find((x) => x.role === "org" && x.orgId === "o6-1")!.text).toContain("（科研）");
  });

  it("shortens with … only what does not fit, keeping the full text", () => {
    expect(fit("株洲中车时代电气", 200, 13, measure)).toBe("株洲中车时代电气");
    const short = fit("株洲中车时代半导体有限公司", 80, 13, measure);
    expect(short.endsWith("…")).toBe(true);
    expect(measure(short, 13)).toBeLessThanOrEqual(80);
    expect(wrap("一二三四五六七八九十", 50, 10, measure, 2)).toEqual(["一二三四五", "六七八九十"]);
  });
});
