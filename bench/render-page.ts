import { baseCamera, cameraAt, toTransform, type Camera, type CameraKind } from "./render-camera";
import { chainatlasLayout, chainatlasView } from "./render-chainatlas";
import { percentile, type Renderer } from "./render-format";
import { benchGraph } from "./render-graph";
import { sigmaSetup, sigmaView } from "./render-sigma";
import { svgSetup, svgView } from "./render-svg";
import { nextFrame, type BenchView } from "./render-view";

// The page bench/render.bench.ts opens once per measurement (a fresh page each time): one renderer, one
// graph, one camera path. It drives the camera from requestAnimationFrame and reports to Node after every
// frame (window.benchFrame), so a cell cut short by its wall-time cap still prints what it got.

const container = document.getElementById("graph")!;
let view: BenchView | null = null;
let base: Camera = { cx: 0, cy: 0, k: 1 };

declare global {
  interface Window {
    bench: {
      webgl(): string;
      layout(n: number): Promise<{
        nodes: number;
        links: number;
        firstPictureMs: number;
        coarsePictureMs: number | null;
        stableMs: number;
        ticks: number;
        positions: number[];
      }>;
      setup(
        renderer: "svg" | "sigma",
        n: number,
        capMs: number,
      ): Promise<{ firstPictureMs: number; stableMs: number | null; ticks: number }>;
      prepare(
        renderer: Renderer,
        n: number,
        positions: number[],
        camera: CameraKind,
      ): Promise<{ firstPictureMs: number }>;
      interact(ms: number): Promise<{ frames: number; seconds: number; p95: number; labels: number }>;
    };
    /** Exposed by the bench in Node: progress after each frame (frames so far, this frame's interval; -1: start). */
    benchFrame?: (frames: number, intervalMs: number) => Promise<void>;
  }
}

const size = () => ({ width: container.clientWidth, height: container.clientHeight });

window.bench = {
  webgl() {
    const gl = document.createElement("canvas").getContext("webgl2");
    if (!gl) return "none";
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  },

  async layout(n) {
    const g = benchGraph(n);
    return { nodes: g.nodes.length, links: g.links.length, ...(await chainatlasLayout(container, g)) };
  },

  setup(renderer, n, capMs) {
    const g = benchGraph(n);
    return renderer === "svg" ? svgSetup(container, g, capMs) : sigmaSetup(container, g, capMs);
  },

  async prepare(renderer, n, positions, camera) {
    const g = benchGraph(n);
    const started = performance.now();
    view = (renderer === "chainatlas" ? chainatlasView : renderer === "svg" ? svgView : sigmaView)(
      container,
      g,
      positions,
    );
    const { width, height } = size();
    base = baseCamera(camera, positions, width, height);
    view.setTransform(toTransform(base, width, height));
    await nextFrame();
    await nextFrame();
    const firstPictureMs = performance.now() - started;
    // let the first frames and any start-up work pass before measuring
    for (let i = 0; i < 10; i++) await nextFrame();
    return { firstPictureMs };
  },

  /**
   * One loop of the camera path over `ms`, one camera update per animation frame (the camera for the time
   * elapsed, so a slow renderer skips views rather than lagging). fps = frames that showed a new camera
   * per second: the renderer's own count of redraws (chainatlas, sigma) or, for SVG, animation-frame
   * callbacks that followed a camera change (the browser renders between two callbacks). p95 = 95th
   * percentile of the intervals between callbacks. labels: drawn once the camera is back at its start.
   */
  async interact(ms) {
    const v = view!;
    const { width, height } = size();
    const framesBefore = v.frames();
    const intervals: number[] = [];
    void window.benchFrame?.(0, -1); // tells Node the path starts
    const start = performance.now();
    let last = start;
    let callbacks = 0;
    const counted = () => {
      const own = v.frames();
      return own === null || framesBefore === null ? Math.max(0, callbacks - 1) : own - framesBefore;
    };
    await new Promise<void>((resolve) => {
      const frame = () => {
        const now = performance.now();
        if (callbacks++ > 0) {
          intervals.push(now - last);
          void window.benchFrame?.(counted(), now - last);
        }
        last = now;
        if (now - start >= ms) return resolve();
        v.setTransform(toTransform(cameraAt(base, now - start, ms, width, height), width, height));
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    const frames = counted();
    const seconds = (last - start) / 1000;
    v.setTransform(toTransform(base, width, height));
    await nextFrame();
    await nextFrame();
    return { frames, seconds, p95: percentile(intervals, 0.95), labels: v.labels() };
  },
};
