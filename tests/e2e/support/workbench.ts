/**
 * The production workbench (dist/workbench.html) in Chromium: a static server for dist/, one
 * browser per suite, and per test a page whose console errors, page errors and requests leaving
 * loopback fail the test. Cells are read through the engine the page exposes on window.workbench
 * (FRange.getValues(), which includes the cells a formula spilled into).
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { openPage, type WatchedPage } from "../../support/chromium";
import { browserSuite, DIST, SCREENSHOTS } from "./pane";
import type { Plan } from "../../../src/core/plan";
import { PLAN_XML_NAMESPACE, planFromXml } from "../../../src/office/planXml";

export function requireWorkbenchBuild(): void {
  if (!existsSync(join(DIST, "workbench.html"))) {
    throw new Error(
      "dist/workbench.html is missing: build first with `npx webpack --mode production` (npm test builds before jest)",
    );
  }
}

export interface WorkbenchPage extends WatchedPage {
  /** Opens workbench.html again in the same browser context (same IndexedDB). */
  reload(): Promise<void>;
}

async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector("html[data-workbench=ready]", { state: "attached", timeout: 60_000 });
}

/**
 * Registers the suite's lifecycle and returns the function that opens the workbench for a test.
 */
export function workbenchSession(): (opts?: { locale?: string }) => Promise<WorkbenchPage> {
  const suite = browserSuite(requireWorkbenchBuild);
  return async (opts = {}) => {
    const w = await openPage(suite.browser(), opts.locale ?? "zh-CN");
    await w.page.setViewportSize({ width: 1440, height: 900 });
    suite.track(w);
    const url = `${suite.url()}workbench.html`;
    await w.page.goto(url);
    await waitReady(w.page);
    return {
      ...w,
      reload: async () => {
        await w.page.goto(url);
        await waitReady(w.page);
      },
    };
  };
}

/** The calculated values of a range of the active sheet (A1 notation), spilled cells included. */
export function cellValues(page: Page, a1: string, sheet?: string): Promise<unknown[][]> {
  return page.evaluate(
    ([a1, sheet]) => {
      const api = window.workbench!.engine.api;
      const wb = api.getActiveWorkbook()!;
      const ws = sheet ? wb.getSheetByName(sheet)! : wb.getActiveSheet();
      return ws.getRange(a1).getValues() as unknown[][];
    },
    [a1, sheet] as const,
  );
}

/** Waits until Univer has applied its current calculation. */
export async function calculated(page: Page): Promise<void> {
  await page.evaluate(() => window.workbench!.engine.api.getFormula().onCalculationResultApplied());
}

/** Selects one cell of the active sheet, as a click on it would. */
export async function selectCell(page: Page, a1: string): Promise<void> {
  await page.evaluate((a1) => {
    const ws = window.workbench!.engine.api.getActiveWorkbook()!.getActiveSheet();
    ws.getRange(a1).activate();
  }, a1);
}

/**
 * Types a formula into the selected cell with the keyboard and commits it with Enter. Univer's
 * editor can drop keys typed before it has opened, so the first key opens it and the rest follow.
 */
export async function typeInCell(page: Page, a1: string, text: string): Promise<void> {
  // On a loaded machine the editor can still drop a key; what reached the cell is checked and
  // typed again (at most three times), so a test judges the engine, not the keyboard timing.
  for (let attempt = 0; attempt < 3; attempt++) {
    await selectCell(page, a1);
    await page
      .locator("#wb-grid canvas")
      .first()
      .focus()
      .catch(() => undefined);
    await page.keyboard.type(text.slice(0, 1));
    await page.waitForTimeout(150 * (attempt + 1));
    await page.keyboard.type(text.slice(1), { delay: 10 * (attempt + 1) });
    await page.waitForTimeout(200);
    await page.keyboard.press("Enter");
    await page.waitForTimeout(300);
    if ((await typedText(page, a1)) === text) return;
  }
}

/** What a cell holds as typed: its formula, or its value as text. */
function typedText(page: Page, a1: string): Promise<string> {
  return page.evaluate((a1) => {
    const ws = window.workbench!.engine.api.getActiveWorkbook()!.getActiveSheet();
    const cell = ws.getRange(a1).getCellData();
    if (cell?.f) return cell.f;
    const v = cell?.v ?? cell?.p?.body?.dataStream?.replace(/\r?\n$/, "");
    return v === undefined || v === null ? "" : String(v);
  }, a1);
}

export async function workbenchScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: "disabled" });
}

/** The values of a range as the add-in reads them: through window.Excel (Range.values). */
export function excelValues(page: Page, sheet: string, address: string): Promise<unknown[][]> {
  return page.evaluate(
    ([sheet, address]) =>
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange(address);
        range.load("values");
        await context.sync();
        return range.values as unknown[][];
      }),
    [sheet, address] as const,
  );
}

/** The plan the pane saved into the workbook, read back through window.Excel as the pane would. */
export async function savedPlan(page: Page): Promise<Plan | null> {
  const xml = await page.evaluate(async (ns) => {
    return Excel.run(async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace(ns);
      parts.load("items");
      await context.sync();
      const last = parts.items[parts.items.length - 1];
      if (!last) return null;
      const x = last.getXml();
      await context.sync();
      return x.value;
    });
  }, PLAN_XML_NAMESPACE);
  return xml ? planFromXml(xml) : null;
}

/** The pane keeps the plan in the workbook (a custom XML part) a moment after the last edit:
 * waits for the saved plan with all its `regions`. */
export async function waitForSavedPlan(page: Page, regions: number): Promise<Plan> {
  for (let i = 0; i < 60; i++) {
    const plan = await savedPlan(page);
    if (plan && plan.regions?.length === regions) return plan;
    await page.waitForTimeout(500);
  }
  throw new Error("the pane did not save the plan into the workbook");
}
