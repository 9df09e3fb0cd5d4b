/**
 * The pane's budgets: the gzip size of the scripts the pane page loads at start (office.js
 * excluded; screens loaded on demand reported apart), and the time from navigation to an
 * interactive template gallery in headless Chromium, served from dist/ on 127.0.0.1, on the page's
 * clock (bench/pageTiming.ts: the frame in which the gallery and its preview were there, then the
 * end of the long tasks right after it).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../tests/support/chromium";
import { serveStatic } from "../tests/support/staticServer";
import { interactiveMs, seenAt, watchLongTasks } from "./pageTiming";
import type { Benchmark } from "./types";

const DIST = resolve(__dirname, "../dist");
const RUNS = 5;

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file)).length;
}

/** Scripts named by taskpane.html (office.js excluded), and every other script chunk. */
function scriptSizes(): { initial: number; lazy: number } {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const initial = new Set(
    // The build minifies the page: attribute values may be unquoted.
    [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
      .map((m) => m[1])
      .filter((src) => !/office-js\//.test(src)),
  );
  let initialBytes = 0;
  let lazyBytes = 0;
  for (const f of readdirSync(DIST).filter((n) => n.endsWith(".js"))) {
    if (initial.has(f)) initialBytes += gzipSize(join(DIST, f));
    else lazyBytes += gzipSize(join(DIST, f));
  }
  if (initialBytes === 0) throw new Error("no pane scripts found in dist/taskpane.html");
  return { initial: initialBytes, lazy: lazyBytes };
}

async function readyTimes(): Promise<number[]> {
  const server = await serveStatic(DIST);
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 420, height: 900 } });
      await watchLongTasks(context);
      const page = await context.newPage();
      await page.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (r) => r.abort());
      await page.goto(`${server.url}taskpane.html`, { waitUntil: "commit" });
      // Ready: the template choices are there, enabled, and the preview has been drawn.
      const shown = await seenAt(page, () => {
        const choice = [...document.querySelectorAll("label")].find((l) =>
          (l.textContent ?? "").includes("县(市)区季度进展通报表"),
        );
        const input = choice?.htmlFor ? document.getElementById(choice.htmlFor) : null;
        const enabled = input instanceof HTMLInputElement && !input.disabled;
        return enabled && document.querySelector("[role=region] td") ? performance.now() : false;
      });
      times.push(await interactiveMs(page, shown));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return times;
}

export const paneBench: Benchmark = {
  name: "pane",
  async run() {
    if (!existsSync(join(DIST, "taskpane.html"))) {
      const r = spawnSync("npx", ["webpack", "--mode", "production"], { stdio: "ignore" });
      if (r.status !== 0) throw new Error("the production build failed; run `npx webpack --mode production`");
    }
    const sizes = scriptSizes();
    const times = (await readyTimes()).sort((a, b) => a - b);
    return {
      pane: {
        gzipBytes: sizes.initial,
        lazyGzipBytes: sizes.lazy,
        readyMs: Math.round(times[Math.floor(times.length / 2)]),
        readyMsMax: Math.round(times[times.length - 1]),
      },
    };
  },
};
