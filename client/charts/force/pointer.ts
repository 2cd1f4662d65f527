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
}

const DRAG_THRESHOLD = 4;

/**
 * Pointer gestures on nodes: press-and-move drags (and pins) a node, a click selects, a double click
 * opens. Presses on empty canvas are left to d3-zoom (pan); its click after a pan is not a selection.
 */
export function attachPointer(canvas: HTMLCanvasElement, on: PointerHandlers): void {
  let pressed: { node: SceneNode; index: number; x: number; y: number; dx: number; dy: number; moved: boolean } | null = null;
  let suppressClick = false;
  let downAt: { x: number; y: number } | null = null;

  canvas.addEventListener("pointerdown", (event) => {
    downAt = { x: event.clientX, y: event.clientY };
    if (event.button !== 0) return;
    const node = on.nodeAt(event.clientX, event.clientY);
    if (!node) return;
    const p = on.toWorld(event.clientX, event.clientY);
    pressed = { node, index: on.indexOf(node), x: event.clientX, y: event.clientY, dx: node.x - p.x, dy: node.y - p.y, moved: false };
    canvas.setPointerCapture(event.pointerId);
  });
  canvas.addEventListener("pointermove", (event) => {
    if (!pressed) {
      if (event.buttons === 0) on.hover(on.nodeAt(event.clientX, event.clientY), event.clientX, event.clientY);
      return;
    }
    if (!pressed.moved && Math.hypot(event.clientX - pressed.x, event.clientY - pressed.y) < DRAG_THRESHOLD) return;
    pressed.moved = true;
    canvas.style.cursor = "grabbing";
    const p = on.toWorld(event.clientX, event.clientY);
    on.drag(pressed.node, pressed.index, { x: p.x + pressed.dx, y: p.y + pressed.dy });
  });
  const finish = (event: PointerEvent) => {
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
