// Round scales for bars (pure: no DOM, no i18n).
/** The smallest of 1, 2, 2.5, 5 × 10^k that is ≥ x (x > 0); 1 for nothing. */
export function niceCeil(x: number): number {
  if (!(x > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= x - 1e-12) return Number((step * power).toPrecision(3));
  return 10 * power;
}
