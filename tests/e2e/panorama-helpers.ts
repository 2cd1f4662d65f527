import type { Page } from "playwright-core";

/**
 * The text boxes a panorama drew, as the browser laid them out (getBoundingClientRect), and every pair
 * that overlaps by more than half a pixel. `root` selects the element the panorama SVGs are in.
 */
export async function drawnOverlaps(page: Page, root = "[data-testid=panorama]") {
  return page.evaluate((selector) => {
    const out: string[] = [];
    let count = 0;
    let right = 0;
    // Each panorama is its own picture: labels are compared within one SVG.
    for (const svg of document.querySelectorAll(`${selector} svg`)) {
      const boxes = [...svg.querySelectorAll("text")].map((t) => ({
        text: t.textContent ?? "",
        r: t.getBoundingClientRect(),
      }));
      count += boxes.length;
      for (const b of boxes) right = Math.max(right, b.r.right);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r;
          const b = boxes[j]!.r;
          if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
            out.push(`${boxes[i]!.text} ⟷ ${boxes[j]!.text}`);
        }
    }
    return { count, overlaps: out, right };
  }, root);
}
