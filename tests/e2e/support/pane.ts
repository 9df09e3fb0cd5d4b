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
 * Registers a browser suite's lifecycle: a static server for dist/ and one Chromium, started after
 * `requireFiles` finds the build and closed after all; after each test every page opened must
 * have logged no console/page error (but `tolerated`) and sent no request off loopback.
 */
export function browserSuite(
  requireFiles: () => void,
  tolerated?: RegExp,
): { browser(): Browser; url(): string; track(w: WatchedPage): void } {
  let server: StaticServer;
  let browser: Browser;
  let open: WatchedPage[] = [];

  beforeAll(async () => {
    requireFiles();
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
      expect(w.problems.filter((p) => !tolerated?.test(p))).toEqual([]);
      expect(w.blocked).toEqual([]);
      await w.context.close();
    }
  });

  return { browser: () => browser, url: () => server.url, track: (w) => open.push(w) };
}

/**
 * Registers the suite's lifecycle (browserSuite) and returns the function that opens the pane for
 * a test. Outside Office, office.js tries to frame its telemetry page about 3 s after load; the
 * CSP blocks it before any request (docs/architecture.md, tests/build/page.test.ts). Whether a test
 * lasts that long depends on the machine's load, so that one message is not a fault.
 */
export function paneSession(): (opts?: Parameters<typeof openPane>[2]) => Promise<Page> {
  const suite = browserSuite(requireBuild, OFFICE_TELEMETRY_BLOCKED);
  return async (opts = {}) => {
    const w = await openPane(suite.browser(), suite.url(), opts);
    suite.track(w);
    return w.page;
  };
}

/** Types a small plan for four counties into the pane's editor (its first line, one more from the
 * catalogue). */
export async function typeCountyPlan(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "规划" }).click();
  await page.getByRole("textbox", { name: /规划名称/ }).fill("2025年县域专利工作");
  await page.getByRole("textbox", { name: /基期年份/ }).fill("2024");
  await page.getByRole("textbox", { name: /目标年份/ }).fill("2025");
  // The first (blank) row, then one more from the catalogue.
  const first = page.getByRole("group", { name: "指标 1" });
  await first.getByRole("combobox", { name: "名称" }).fill("发明专利申请量");
  await page.keyboard.press("Escape");
  await first.getByRole("textbox", { name: "单位" }).fill("件");
  await first.getByRole("textbox", { name: "基期值" }).fill("46");
  await first.getByRole("textbox", { name: "增长率(%)", exact: true }).fill("30");
  await first.getByRole("textbox", { name: "目标值" }).fill("60");
  await page.getByRole("combobox", { name: "从常用指标添加" }).click();
  await page.getByRole("option", { name: "专利申请量(件)", exact: true }).click();
  const second = page.getByRole("group", { name: "指标 2" });
  expect(await second.getByRole("textbox", { name: "单位" }).inputValue()).toBe("件");
  await second.getByRole("textbox", { name: "基期值" }).fill("320");
  await second.getByRole("textbox", { name: "增长率(%)", exact: true }).fill("25");
  const regions = page.getByRole("textbox", { name: /县\(市\)区 ·/ });
  await regions.fill("东城区\t西城县,南湖区、北山县");
  await regions.blur();
  await page.getByText("共 4 个").waitFor();
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
