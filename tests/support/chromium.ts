/**
 * Debian's Chromium driven by playwright-core, with the launch arguments that work on these
 * machines, and a page that refuses every request leaving loopback and records console errors.
 */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** The features playwright-core (1.65) disables in every Chromium it launches. Chromium keeps only
 * the last --disable-features it is given, so ours must repeat them; tests/build/chromium.test.ts
 * checks this list against the installed playwright-core. */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
  "msForceBrowserSignIn",
  "msEdgeUpdateLaunchServicesPreferredVersion",
];

/** Chromium 156 (Debian) opens the address bar's drop-down, a WebUI page of its own, in every new
 * window, headless too, and that page kept one of this machine's two cores busy for seconds while
 * the page under test loaded: measured, it added 0.5–0.8 s to the workbench's start and is no part
 * of it (a real browser has its window long before the workbench is opened). */
const BROWSER_UI_FEATURES = ["WebUIOmniboxPopup", "WebUIOmniboxFullPopup", "WebUIOmniboxAimPopup"];

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...BROWSER_UI_FEATURES].join(",")}`,
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS, headless: true });
}

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and requests that tried to leave loopback. */
  problems: string[];
  /** Requests refused because they left loopback. */
  blocked: string[];
}

export async function openPage(browser: Browser, locale = "zh-CN"): Promise<WatchedPage> {
  const context = await browser.newContext({ locale, viewport: { width: 420, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  const blocked: string[] = [];
  await page.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) => {
    blocked.push(route.request().url());
    return route.abort();
  });
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  return { context, page, problems, blocked };
}
