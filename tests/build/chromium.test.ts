/**
 * The browser every page test and the bench launch (tests/support/chromium): Playwright's own
 * disabled features are kept (Chromium reads only the last --disable-features, so ours repeats
 * them), and the browser's address-bar drop-down, a WebUI page that headless Chromium 156 opens in
 * every window and that took a core while pages under test loaded, is not started.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium, PLAYWRIGHT_DISABLED_FEATURES } from "../support/chromium";

/** The string literals of `disabledFeatures = [ … ]` in playwright-core's launcher code. */
function playwrightDisabledFeatures(): string[] {
  const lib = join(dirname(require.resolve("playwright-core/package.json")), "lib");
  const files = readdirSync(lib, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js"));
  for (const f of files) {
    const text = readFileSync(join(lib, f), "utf8");
    const m = /disabledFeatures = \[([\s\S]*?)\]/.exec(text);
    if (m) return [...m[1].matchAll(/"([A-Za-z0-9]+)"/g)].map((x) => x[1]);
  }
  throw new Error("playwright-core's list of disabled features was not found");
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

test("every feature playwright-core disables stays disabled", () => {
  const theirs = playwrightDisabledFeatures();
  expect(theirs.length).toBeGreaterThan(5);
  expect(theirs.filter((f) => !PLAYWRIGHT_DISABLED_FEATURES.includes(f))).toEqual([]);
});

test("a new window starts no browser-interface page beside the page under test", async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto("data:text/html,<p>x</p>");
    const session = await browser.newBrowserCDPSession();
    const { targetInfos } = (await session.send("Target.getTargets")) as {
      targetInfos: { type: string; url: string }[];
    };
    expect(targetInfos.map((t) => `${t.type} ${t.url}`)).toEqual(["page data:text/html,<p>x</p>"]);
  } finally {
    await context.close();
  }
});
