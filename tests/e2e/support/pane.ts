/**
 * Opening the built pane in Chromium, inside a fake Excel (the recording office.js fake) or in
 * a plain browser (the real office.js from the build, which finds no Office host).
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import ts from "typescript";
import { launchChromium, openPage, type WatchedPage } from "../../support/chromium";
import { serveStatic, type StaticServer } from "../../support/staticServer";
import { rangeA1 } from "../../../src/model/a1";
import type { SheetModel } from "../../../src/model/types";
import { officeLiteral } from "../../../src/office/writer/literal";

export const DIST = resolve(__dirname, "../../../dist");
export const SCREENSHOTS = resolve(__dirname, "../../../test-artifacts/screenshots");
// The fake gets its column letters from the product's one A1 module (src/model/a1.ts), transpiled
// for the page as `PLAN_A1`, rather than from a copy of its own.
const A1_FOR_PAGE = ts.transpileModule(readFileSync(resolve(__dirname, "../../../src/model/a1.ts"), "utf8"), {
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2017 },
}).outputText;
const FAKE_OFFICE = `var PLAN_A1 = (function () { var exports = {}; ${A1_FOR_PAGE}; return exports; })();\n${readFileSync(
  join(__dirname, "fakeOffice.js"),
  "utf8",
)}`;

const OFFICE_TELEMETRY_BLOCKED =
  /^console: Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive: "frame-src 'none'"/;

/** The browser tests run against the production build; without it they must fail, loudly. */
export function requireBuild(): void {
  if (!existsSync(join(DIST, "taskpane.html"))) {
    throw new Error(
      "dist/taskpane.html is missing: build first with `npx webpack --mode production` (npm test builds before jest)",
    );
  }
}

/** A cell of the fake workbook: a value, or a formula text starting with "=". */
export type FakeCell = { row: number; col: number } & ({ value: string | number } | { formula: string });

export interface FakeOfficeConfig {
  displayLanguage?: string;
  excelApi?: number;
  selection?: { row: number; col: number; rows: number; cols: number };
  cells?: FakeCell[];
  /** Further sheets after the first. */
  sheets?: { name: string; cells: FakeCell[]; protected?: boolean }[];
  customXml?: string[];
  protectedSheet?: boolean;
  /** Office.onReady answers this late. */
  readyDelayMs?: number;
}

export async function openPane(
  browser: Browser,
  baseUrl: string,
  opts: { office?: FakeOfficeConfig; locale?: string; query?: string; waitForGallery?: boolean } = {},
): Promise<WatchedPage> {
  const w = await openPage(browser, opts.locale ?? "zh-CN");
  if (opts.office) {
    await w.page.addInitScript((config) => {
      (window as unknown as { __fakeOfficeConfig: unknown }).__fakeOfficeConfig = config;
    }, opts.office);
    await w.page.route(/\/assets\/office-js\/office\.js$/, (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: FAKE_OFFICE }),
    );
  }
  await w.page.goto(`${baseUrl}taskpane.html${opts.query ?? ""}`);
  if (opts.waitForGallery === false) return w;
  await w.page
    .getByRole("radiogroup", { name: "模板" })
    .or(w.page.getByRole("radiogroup", { name: "Templates" }))
    .waitFor();
  return w;
}

/**
 * Registers the suite's lifecycle (a static server for dist/ and one Chromium, closed after all;
 * after each test every page opened must have logged no console/page error and sent no request
 * off loopback) and returns the function that opens the pane for a test.
 */
export function paneSession(): (opts?: Parameters<typeof openPane>[2]) => Promise<Page> {
  let server: StaticServer;
  let browser: Browser;
  let open: WatchedPage[] = [];

  beforeAll(async () => {
    requireBuild();
    server = await serveStatic(DIST);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    const pages = open;
    open = [];
    for (const w of pages) {
      // Outside Office, office.js tries to frame its telemetry page about 3 s after load; the CSP
      // blocks it before any request (docs/architecture.md, tests/build/page.test.ts). Whether a
      // test lasts that long depends on the machine's load, so that one message is not a fault.
      expect(w.problems.filter((p) => !OFFICE_TELEMETRY_BLOCKED.test(p))).toEqual([]);
      expect(w.blocked).toEqual([]);
      await w.context.close();
    }
  });

  return async (opts = {}) => {
    const w = await openPane(browser, server.url, opts);
    open.push(w);
    return w.page;
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: "disabled" });
}

export interface FakeExcelState {
  log: {
    runs: number;
    syncs: number;
    calls: { path: string; args: unknown[] }[];
    sets: { path: string; value: unknown }[];
    runLog: { syncs: number; firstCall: number; firstSet: number }[];
    /** Per sync: its run (index into runLog) and the number of calls and sets made before it. */
    syncLog: { run: number; calls: number; sets: number }[];
  };
  book: {
    sheets: { name: string; cells: Record<string, { value?: unknown; formula?: string }> }[];
    customXml: { xml: string }[];
    settings: Record<string, unknown>;
  };
}

export function fakeExcel(page: Page): Promise<FakeExcelState> {
  return page.evaluate(() => (window as unknown as { __fakeExcel: FakeExcelState }).__fakeExcel);
}

type FakeCells = FakeExcelState["book"]["sheets"][number]["cells"];

/** What a cell of the fake shows: its formula, else its value ("" when empty). */
export function shown(cells: FakeCells, key: string): unknown {
  const c = cells[key];
  return c?.formula ?? c?.value ?? "";
}

/**
 * The cells of a fake sheet that differ from what the Office.js writer must send for `model`
 * (formulas with "=", text that looks like a formula with a leading apostrophe), one line each;
 * an empty list when the sheet holds exactly the model.
 */
export function modelDifferences(model: SheetModel, cells: FakeCells): string[] {
  const differences: string[] = [];
  model.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const v = cell?.value ?? "";
      const want = cell?.formula !== undefined ? `=${cell.formula}` : officeLiteral(v);
      const have = shown(cells, `${r + model.origin.row},${c + model.origin.col}`);
      if (want !== have)
        differences.push(`${rangeA1(r, c, 1, 1)}: ${JSON.stringify(have)} ≠ ${JSON.stringify(want)}`);
    }),
  );
  return differences;
}
