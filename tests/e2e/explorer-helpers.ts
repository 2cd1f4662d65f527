import type { Page } from "playwright-core";

/** Wait until the explorer has applied the current URL (no load in flight) and return what it shows. */
export async function settled(page: Page): Promise<{ nodes: number; links: number; layout: string }> {
  await page.waitForFunction(
    () => {
      const el = document.querySelector<HTMLElement>("[data-testid=graph]");
      return !!el && el.dataset.nodeCount !== undefined && el.dataset.loading === undefined;
    },
    null,
    { timeout: 30_000 },
  );
  return page.evaluate(() => {
    const el = document.querySelector<HTMLElement>("[data-testid=graph]")!;
    return {
      nodes: Number(el.dataset.nodeCount),
      links: Number(el.dataset.linkCount),
      layout: el.dataset.layout ?? "",
    };
  });
}

/** Wait for a URL change and the view to follow it. */
export async function settledAfter(page: Page, action: () => Promise<unknown>) {
  const before = page.url();
  await action();
  await page.waitForFunction((url) => location.href !== url, before, { timeout: 30_000 });
  return settled(page);
}

export const query = (page: Page) => new URL(page.url()).searchParams;

/** Console errors other than the browser's own line for an expected HTTP error status. */
export const unexpectedErrors = (errors: string[]) =>
  errors.filter((e) => !/Failed to load resource: the server responded with a status of (404|503)/.test(e));
