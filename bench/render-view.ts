// What the render bench's page needs from each renderer, and small frame helpers.

export interface Transform {
  x: number;
  y: number;
  k: number;
}

export interface BenchView {
  /** Jump the camera (screen = world × k + (x, y)); no animation. */
  setTransform(t: Transform): void;
  /** Frames that redrew so far, or null when the page counts animation frames after camera changes instead. */
  frames(): number | null;
  /** Labels drawn in the last frame. */
  labels(): number;
}

export const nextFrame = () =>
  new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/** Resolves on the first animation frame at which `ready()` holds. */
export async function frameWhen(ready: () => boolean): Promise<void> {
  while (!ready()) await nextFrame();
}

/** Flat [x0, y0, x1, y1, …] positions as the map the static placement takes. */
export function positionMap(
  ids: readonly string[],
  positions: ArrayLike<number>,
): Map<string, { x: number; y: number }> {
  return new Map(ids.map((id, i) => [id, { x: positions[i * 2]!, y: positions[i * 2 + 1]! }]));
}
