// Saving a file the page made (CSV, PNG, SVG, DOCX …): one helper for every view.

/** A file name part from an id: letters, digits and dashes only (`chain:power-semi` → `chain-power-semi`). */
export const fileSafe = (id: string) => id.replace(/[^a-z0-9-]+/gi, "-");

/** Hand a blob to the browser as a download named `filename`. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Text (CSV by default, UTF-8) as a download. */
export function downloadText(text: string, filename: string, type = "text/csv;charset=utf-8"): void {
  downloadBlob(new Blob([text], { type }), filename);
}
