import type { Point } from "./layout";
import type { SceneNode } from "./scene";

export interface PointerHandlers {
  nodeAt(clientX: number, clientY: number): SceneNode | null;
  toWorld(clientX: number, clientY: number): Point;
  indexOf(node: SceneNode): number;
  drag(node: SceneNode, index: number, p: Point): void;
  dragEnd(node: SceneNode, index: number): void;
  click(node: SceneNode | null): void;
  dblclick(node: SceneNode): void;
  hover(node: SceneNode | null, clientX: number, clientY: number): void;
  /** Touch: a finger held still on a node (the node menu). */
  longpress?(node: SceneNode): void;
}

const DRAG_THRESHOLD = 4;
const LONG_PRESS_MS = 550;
const TOUCH_SLOP = 10;

/**
 * Pointer gestures on nodes: press-and-move drags (and pins) a node, a click selects, a double click
 * opens. Presses on empty canvas are left to d3-zoom (pan, pinch); its click after a pan is not a selection.
 * Touch: a tap selects, a finger held still on a node opens its menu (long press), a moving finger drags it.
 */
export function attachPointer(canvas: HTMLCanvasElement, on: PointerHandlers): void {
  let pressed: { node: SceneNode; index: number; x: number; y: number; dx: number; dy: number; moved: boolean } | null =
    null;
  let suppressClick = false;
  let downAt: { x: number; y: number } | null = null;
  let holdTimer = 0;
  const cancelHold = () => {
    if (holdTimer) clearTimeout(holdTimer);
    holdTimer = 0;
  };

  canvas.addEventListener("pointerdown", (event) => {
    downAt = { x: event.clientX, y: event.clientY };
    if (event.button !== 0) return;
    const node = on.nodeAt(event.clientX, event.clientY);
    if (!node) return;
    const p = on.toWorld(event.clientX, event.clientY);
    pressed = {
      node,
      index: on.indexOf(node),
      x: event.clientX,
      y: event.clientY,
      dx: node.x - p.x,
      dy: node.y - p.y,
      moved: false,
    };
    canvas.setPointerCapture(event.pointerId);
    cancelHold();
    if (event.pointerType === "touch" && on.longpress) {
      holdTimer = window.setTimeout(() => {
        holdTimer = 0;
        if (!pressed || pressed.moved) return;
        const held = pressed.node;
        pressed = null;
        suppressClick = true;
        on.longpress?.(held);
      }, LONG_PRESS_MS);
    }
  });
  canvas.addEventListener("contextmenu", (event) => {
    // Chromium on touch devices raises contextmenu for a long press: the node menu replaces the page menu.
    if (on.longpress && on.nodeAt(event.clientX, event.clientY)) event.preventDefault();
  });
  canvas.addEventListener("pointermove", (event) => {
    if (!pressed) {
      if (event.buttons === 0) on.hover(on.nodeAt(event.clientX, event.clientY), event.clientX, event.clientY);
      return;
    }
    const slop = event.pointerType === "touch" ? TOUCH_SLOP : DRAG_THRESHOLD;
    if (!pressed.moved && Math.hypot(event.clientX - pressed.x, event.clientY - pressed.y) < slop) return;
    cancelHold();
    pressed.moved = true;
    canvas.style.cursor = "grabbing";
    const p = on.toWorld(event.clientX, event.clientY);
    on.drag(pressed.node, pressed.index, { x: p.x + pressed.dx, y: p.y + pressed.dy });
  });
  const finish = (event: PointerEvent) => {
    cancelHold();
    if (!pressed) return;
    if (pressed.moved) {
      on.dragEnd(pressed.node, pressed.index);
      suppressClick = true;
    }
    pressed = null;
    if (canvas.hasPointerCapture(event.pointerId)) canvas.releasePointerCapture(event.pointerId);
  };
  canvas.addEventListener("pointerup", finish);
  canvas.addEventListener("pointercancel", finish);
  canvas.addEventListener("pointerleave", () => !pressed && on.hover(null, 0, 0));
  canvas.addEventListener("click", (event) => {
    const panned = downAt && Math.hypot(event.clientX - downAt.x, event.clientY - downAt.y) >= DRAG_THRESHOLD;
    if (suppressClick || panned) {
      suppressClick = false;
      return;
    }
    on.click(on.nodeAt(event.clientX, event.clientY));
  });
  canvas.addEventListener("dblclick", (event) => {
    const node = on.nodeAt(event.clientX, event.clientY);
    if (node) on.dblclick(node);
  });
}
