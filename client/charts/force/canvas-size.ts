type Size = { width: number; height: number };

/**
 * Keeps a canvas the size of its container (in device pixels): `redraw` after every change, `resized` when a
 * known size changes (to keep the view centred).
 */
export function observeSize(
  container: HTMLElement,
  canvas: HTMLCanvasElement,
  dpr: () => number,
  redraw: () => void,
  resized: (before: Size, after: Size) => void,
): ResizeObserver {
  let last: Size = { width: 0, height: 0 };
  const observer = new ResizeObserver(() => {
    const size = { width: container.clientWidth, height: container.clientHeight };
    if (last.width && size.width && size.height && (size.width !== last.width || size.height !== last.height))
      resized(last, size);
    if (size.width && size.height) last = size;
    canvas.width = Math.max(1, Math.round(size.width * dpr()));
    canvas.height = Math.max(1, Math.round(size.height * dpr()));
    canvas.style.width = `${size.width}px`;
    canvas.style.height = `${size.height}px`;
    redraw();
  });
  observer.observe(container);
  return observer;
}
