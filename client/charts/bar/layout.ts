// Horizontal bar chart layout (pure): one bar per row, longest first kept in the given order, scaled to
// the largest value. Horizontal because Chinese category names are long.

export interface Bar {
  label: string;
  value: number;
  y: number;
  width: number;
}

export interface BarLayout {
  bars: Bar[];
  height: number;
  max: number;
  /** Rows beyond `maxBars` that were not drawn. */
  hidden: number;
}

export function layoutBars(
  items: { label: string; value: number }[],
  options: { width: number; barHeight?: number; gap?: number; maxBars?: number },
): BarLayout {
  const barHeight = options.barHeight ?? 22;
  const gap = options.gap ?? 6;
  const shown = items.filter((item) => Number.isFinite(item.value)).slice(0, options.maxBars ?? 50);
  const max = Math.max(0, ...shown.map((item) => item.value));
  const bars = shown.map((item, index) => ({
    label: item.label,
    value: item.value,
    y: index * (barHeight + gap),
    width: max > 0 ? Math.max(0, (item.value / max) * options.width) : 0,
  }));
  return {
    bars,
    height: Math.max(0, shown.length * (barHeight + gap) - gap),
    max,
    hidden: items.length - shown.length,
  };
}
