import type { KIND_STYLE } from "../../lib/kind-style";

export type Shape = (typeof KIND_STYLE)[keyof typeof KIND_STYLE]["shape"];

/** Minimal 2D path interface shared by CanvasRenderingContext2D and Path2D. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, r: number, a0: number, a1: number): void;
  closePath(): void;
}

const HEX = Array.from(
  { length: 6 },
  (_, i) => [Math.cos((Math.PI / 3) * i + Math.PI / 6), Math.sin((Math.PI / 3) * i + Math.PI / 6)] as const,
);

/** Append one node's outline to the current path (so a whole kind fills in one call). */
export function traceShape(sink: PathSink, shape: Shape, x: number, y: number, r: number): void {
  switch (shape) {
    case "circle":
      sink.moveTo(x + r, y);
      sink.arc(x, y, r, 0, Math.PI * 2);
      break;
    case "square": {
      const s = r * 0.88;
      sink.moveTo(x - s, y - s);
      sink.lineTo(x + s, y - s);
      sink.lineTo(x + s, y + s);
      sink.lineTo(x - s, y + s);
      break;
    }
    case "diamond":
      sink.moveTo(x, y - r * 1.15);
      sink.lineTo(x + r * 1.15, y);
      sink.lineTo(x, y + r * 1.15);
      sink.lineTo(x - r * 1.15, y);
      break;
    case "triangle":
      sink.moveTo(x, y - r * 1.2);
      sink.lineTo(x + r * 1.1, y + r * 0.8);
      sink.lineTo(x - r * 1.1, y + r * 0.8);
      break;
    case "hexagon":
      HEX.forEach(([cx, cy], i) =>
        i === 0 ? sink.moveTo(x + cx * r, y + cy * r) : sink.lineTo(x + cx * r, y + cy * r),
      );
      break;
  }
  sink.closePath();
}

/** The same outline as an SVG path `d` (exports and the legend). */
export function shapePathD(shape: Shape, x: number, y: number, r: number): string {
  const parts: string[] = [];
  const f = (n: number) => Math.round(n * 10) / 10;
  const sink: PathSink = {
    moveTo: (px, py) => parts.push(`M${f(px)} ${f(py)}`),
    lineTo: (px, py) => parts.push(`L${f(px)} ${f(py)}`),
    arc: (cx, cy, rr) =>
      parts.push(
        `M${f(cx - rr)} ${f(cy)}a${f(rr)} ${f(rr)} 0 1 0 ${f(2 * rr)} 0a${f(rr)} ${f(rr)} 0 1 0 ${f(-2 * rr)} 0`,
      ),
    closePath: () => parts.push("Z"),
  };
  if (shape === "circle") sink.arc(x, y, r, 0, Math.PI * 2);
  else traceShape(sink, shape, x, y, r);
  return parts.join("");
}
