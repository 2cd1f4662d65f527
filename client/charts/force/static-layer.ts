import { zoomIdentity } from "d3";
import { blitMatrix, decide, MARGIN, sameView, type CachedLayer, type Decision, type View } from "./layer-cache";
import { staticSteps } from "./render-static";
import type { Scene } from "./scene";
import type { Bounds } from "./viewport";

/** Scenes up to this many nodes + links draw their first bitmap at once; bigger ones across frames. */
export const SYNC_LIMIT = 8000;
/** Time a frame gives to drawing the next bitmap: less while the camera moves, more at rest. */
const SLICE_MOVING_MS = 10;
const SLICE_IDLE_MS = 40;

interface Buffer {
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
  layer: CachedLayer | null;
}

export interface PaintInput {
  scene: Scene;
  t: View;
  width: number;
  height: number;
  dpr: number;
  version: number;
  content: Bounds | null;
  idleMs: number;
}

export interface PaintResult {
  /** The screen now shows the static layer at the current camera (a frame to count). */
  drawn: boolean;
  /** A bitmap is being drawn across frames: ask for another frame. */
  pending: boolean;
  /** The bitmap on screen was drawn for another camera: a crisp one will follow at rest. */
  approximate: boolean;
  decision: Decision;
}

function buffer(): Buffer {
  const canvas = document.createElement("canvas");
  // Read back (one pixel) after each slice: it makes the browser rasterise what was recorded, so that a
  // slice's time is its real cost. A CPU-backed canvas keeps that read cheap on GPU machines too.
  return { canvas, ctx: canvas.getContext("2d", { willReadFrequently: true })!, layer: null };
}

/**
 * The cached static layer of the explorer's canvas (see layer-cache.ts for when it is redrawn): a front
 * bitmap shown on screen and a back one being drawn, small scenes at once, big ones in slices across
 * frames so that input never waits for a whole redraw of 150,000 links.
 */
export function createStaticLayer() {
  let front = buffer();
  let back = buffer();
  let job: { steps: Generator<void>; layer: CachedLayer } | null = null;

  function start(input: PaintInput) {
    const marginX = Math.round(input.width * MARGIN);
    const marginY = Math.round(input.height * MARGIN);
    const w = Math.max(1, Math.round((input.width + 2 * marginX) * input.dpr));
    const h = Math.max(1, Math.round((input.height + 2 * marginY) * input.dpr));
    if (back.canvas.width !== w || back.canvas.height !== h) {
      back.canvas.width = w;
      back.canvas.height = h;
    }
    const layer: CachedLayer = {
      t: { ...input.t },
      width: input.width,
      height: input.height,
      marginX,
      marginY,
      version: input.version,
    };
    const t = zoomIdentity.translate(input.t.x + marginX, input.t.y + marginY).scale(input.t.k);
    const options = { width: input.width + 2 * marginX, height: input.height + 2 * marginY, dpr: input.dpr };
    job = { steps: staticSteps(back.ctx, input.scene, t, options), layer };
  }

  /** Runs the job for `budget` ms (Infinity: to the end); swaps the buffers when it is done. */
  function work(budget: number) {
    if (!job) return;
    const until = performance.now() + budget;
    const sliced = Number.isFinite(budget);
    while (!job.steps.next().done) {
      if (!sliced) continue;
      back.ctx.getImageData(0, 0, 1, 1);
      if (performance.now() >= until) return;
    }
    back.layer = job.layer;
    [front, back] = [back, front];
    job = null;
  }

  return {
    /** Draws the static layer for this frame on `ctx` (cleared first); see PaintResult. */
    paint(ctx: CanvasRenderingContext2D, input: PaintInput): PaintResult {
      const decision = decide(front.layer, input);
      // Small scenes draw their first picture at once; every other bitmap is drawn in slices, the old one
      // standing in meanwhile.
      const cheap = !front.layer && input.scene.nodes.length + input.scene.links.length <= SYNC_LIMIT;
      // A job under way finishes first (even for older positions or another camera), so that pictures keep
      // coming; the next frame starts a fresh one if still needed.
      if (decision !== "blit" && (cheap || !job)) start(input);
      if (job) work(cheap ? Infinity : input.idleMs >= 120 ? SLICE_IDLE_MS : SLICE_MOVING_MS);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
      const layer = front.layer;
      if (!layer) return { drawn: false, pending: job !== null, approximate: false, decision };
      const [s, dx, dy] = blitMatrix(layer, input.t, input.dpr);
      ctx.setTransform(s, 0, 0, s, dx, dy);
      ctx.drawImage(front.canvas, 0, 0, layer.width + 2 * layer.marginX, layer.height + 2 * layer.marginY);
      const exact = layer.version === input.version && sameView(layer.t, input.t);
      return { drawn: true, pending: job !== null, approximate: !exact, decision };
    },
    /** Forget the bitmaps (a new scene): the next frame draws from scratch. */
    reset() {
      job = null;
      front.layer = null;
      back.layer = null;
    },
  };
}
