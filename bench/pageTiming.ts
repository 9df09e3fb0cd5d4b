/**
 * When a page is ready for its user, on the page's own clock (ms from navigation start), for the
 * page benches. Playwright's waitForSelector and locator.waitFor poll every 500 ms after their
 * first few tries, so the time they return is late by up to half a second; these read the page
 * itself instead:
 * - seenAt: the animation frame in which a check of the page first succeeded;
 * - interactiveMs: from that moment, the end of the page's long tasks (≥ 50 ms, Long Tasks API)
 *   until a 50 ms quiet window, as the usual time-to-interactive measure does.
 */
import type { BrowserContext, Page } from "playwright-core";

type Tasks = [number, number][];

/** Records each page's long tasks from its first script on (the API keeps none before an observer
 * exists). Call once per browser context, before the first navigation. */
export async function watchLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const tasks: Tasks = [];
    (window as unknown as { benchLongTasks: Tasks }).benchLongTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push([e.startTime, e.startTime + e.duration]);
    }).observe({ type: "longtask", buffered: true });
  });
}

/** The time of the first animation frame in which `at` returned one: a check of the page that
 * returns performance.now() once what it waits for is there, and false before. */
export async function seenAt(page: Page, at: () => number | false): Promise<number> {
  const handle = await page.waitForFunction(at, undefined, { polling: "raf", timeout: 120_000 });
  return (await handle.jsonValue()) as number;
}

/** From `since`, the end of the long task after which the page stayed quiet for 50 ms. */
export function interactiveMs(page: Page, since: number): Promise<number> {
  return page.evaluate(async (start) => {
    const QUIET_MS = 50;
    const tasks = (window as unknown as { benchLongTasks: Tasks }).benchLongTasks;
    for (;;) {
      let t = start;
      for (const [begin, end] of [...tasks].sort((a, b) => a[0] - b[0])) {
        if (end <= t) continue;
        if (begin > t + QUIET_MS) break;
        t = end;
      }
      // The window after t must have passed before it can be called quiet.
      if (performance.now() > t + QUIET_MS + 20) return t;
      await new Promise((r) => setTimeout(r, QUIET_MS));
    }
  }, since);
}
