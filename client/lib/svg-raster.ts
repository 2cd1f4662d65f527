// An SVG drawing as a file: its markup, or a PNG rasterised in the browser (exports, Word reports).
// The SVG must carry its own width/height and styling (attributes, no page CSS).

/** Standalone markup with the XML declaration. */
export function svgMarkup(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

/** The drawing's size in CSS pixels (its width/height attributes, else its viewBox). */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg
    .getAttribute("viewBox")
    ?.split(/[\s,]+/)
    .map(Number);
  return {
    width: Number(svg.getAttribute("width")) || box?.[2] || 0,
    height: Number(svg.getAttribute("height")) || box?.[3] || 0,
  };
}

/** Rasterise at `scale` × its size (2× for print) to a PNG blob, on white. */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([svgMarkup(svg)], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext("2d")!;
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(scale, scale);
    ctx.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG export failed"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The PNG bytes and the drawing's size, for embedding (the Word reports' ImageRun). */
export async function svgPicture(svg: SVGSVGElement, scale = 2) {
  const blob = await svgToPng(svg, scale);
  return { data: new Uint8Array(await blob.arrayBuffer()), ...svgSize(svg) };
}
