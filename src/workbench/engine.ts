/**
 * The workbench's spreadsheet engine: Univer (Apache-2.0), never a formula engine of our own.
 *
 * Two ways to start it, both returning { univer, api, dispose }:
 * - createHeadlessEngine(): the sheet model, formula engine, number formats, data validation and
 *   conditional formats, with no rendering. Runs in Node (Jest) and in a page; tests and the bench
 *   use it to compute templates and PLAN formulas in a real engine.
 * - createUiEngine(container): the same plus the grid, toolbar, formula bar and the validation /
 *   conditional-format UIs (the three sheet presets). Its plugins are loaded with import() so that
 *   Node never evaluates DOM code and webpack can split them into their own chunks.
 *
 * The PLAN functions are registered by the caller (planFunctions.ts) once a workbook exists:
 * Univer refuses function registration before the first workbook is created.
 */
import { LifecycleService, LifecycleStages, LocaleType, Univer, mergeLocales } from "@univerjs/core";
import { FUniver } from "@univerjs/core/facade";
import { UniverDataValidationPlugin } from "@univerjs/data-validation";
import { UniverFormulaEnginePlugin } from "@univerjs/engine-formula";
import { UniverSheetsPlugin } from "@univerjs/sheets";
import { UniverSheetsConditionalFormattingPlugin } from "@univerjs/sheets-conditional-formatting";
import { UniverSheetsDataValidationPlugin } from "@univerjs/sheets-data-validation";
import { UniverSheetsFormulaPlugin } from "@univerjs/sheets-formula";
import { UniverSheetsNumfmtPlugin } from "@univerjs/sheets-numfmt";
import sheetsZhCN from "@univerjs/sheets/locale/zh-CN";
import sheetsEnUS from "@univerjs/sheets/locale/en-US";
// The facades add their methods to FUniver / FWorkbook / FRange when imported.
import "@univerjs/sheets/facade";
import "@univerjs/engine-formula/facade";
import "@univerjs/sheets-formula/facade";
import "@univerjs/sheets-numfmt/facade";
import "@univerjs/sheets-data-validation/facade";
import "@univerjs/sheets-conditional-formatting/facade";
import { applyUniverFixes } from "./univerFixes";

applyUniverFixes();

export type EngineLocale = "zh-CN" | "en-US";

export interface EngineOptions {
  locale?: EngineLocale;
}

export interface Engine {
  univer: Univer;
  api: FUniver;
  dispose(): void;
}

export function localeType(locale: EngineLocale | undefined): LocaleType {
  return locale === "en-US" ? LocaleType.EN_US : LocaleType.ZH_CN;
}

function wrap(univer: Univer): Engine {
  const api = FUniver.newAPI(univer);
  let disposed = false;
  return {
    univer,
    api,
    dispose() {
      if (disposed) return;
      disposed = true;
      univer.dispose();
    },
  };
}

/** Univer without any UI: sheets, formulas, number formats, validation, conditional formats. */
export function createHeadlessEngine(options: EngineOptions = {}): Engine {
  const locale = localeType(options.locale);
  const univer = new Univer({
    locale,
    locales: {
      [LocaleType.ZH_CN]: mergeLocales(sheetsZhCN),
      [LocaleType.EN_US]: mergeLocales(sheetsEnUS),
    },
  });
  univer.registerPlugin(UniverFormulaEnginePlugin);
  univer.registerPlugin(UniverSheetsPlugin);
  univer.registerPlugin(UniverSheetsFormulaPlugin);
  univer.registerPlugin(UniverSheetsNumfmtPlugin);
  univer.registerPlugin(UniverDataValidationPlugin);
  univer.registerPlugin(UniverSheetsDataValidationPlugin);
  univer.registerPlugin(UniverSheetsConditionalFormattingPlugin);
  return wrap(univer);
}

/** Resolves once Univer has drawn its grid the first time. Univer mounts the grid on a timer after
 * the first workbook is created (300 ms in 0.25.1), so the grid is not there when the workbook is. */
export function gridRendered(engine: Engine): Promise<void> {
  return engine.univer.__getInjector().get(LifecycleService).onStage(LifecycleStages.Rendered);
}

/**
 * Univer with the grid, toolbar, formula bar and the validation / conditional-format UIs,
 * rendering into container, with the interface strings of its one language. Its code is loaded on
 * demand (chunks of their own in the page).
 */
export async function createUiEngine(container: HTMLElement, options: EngineOptions = {}): Promise<Engine> {
  const [{ startUiUniver }, strings] = await Promise.all([
    import(/* webpackChunkName: "univer-ui" */ "./uiEngine"),
    options.locale === "en-US"
      ? import(/* webpackChunkName: "univer-en-US" */ "./uiLocales/en-US")
      : import(/* webpackChunkName: "univer-zh-CN" */ "./uiLocales/zh-CN"),
  ]);
  return wrap(startUiUniver(container, localeType(options.locale), strings.default));
}
