/**
 * Univer with its grid UI: the core preset (grid, toolbar, formula bar, number formats) and data
 * validation and conditional formats with their drawing and editors. Loaded only through
 * createUiEngine() in engine.ts, with import(), so Node never evaluates it and webpack keeps it in
 * chunks of its own.
 *
 * Registering the validation and conditional-format UIs after the page was ready was measured and
 * dropped: the late plugins and the re-layout they need made the page busy for longer right after
 * it was ready than their start-up costs.
 *
 * No formula worker: the formula engine runs on the page's thread, so the PLAN functions registered
 * there are the ones cells use, and dist/ needs no worker script.
 */
import { LocaleType, Univer, type ILocales } from "@univerjs/core";
import { UniverSheetsCorePreset } from "@univerjs/preset-sheets-core";
import { UniverDataValidationPlugin } from "@univerjs/data-validation";
import { UniverSheetsDataValidationPlugin } from "@univerjs/sheets-data-validation";
import { UniverSheetsConditionalFormattingPlugin } from "@univerjs/sheets-conditional-formatting";
import "@univerjs/preset-sheets-core/lib/index.css";
import "@univerjs/sheets-conditional-formatting/facade";
import "@univerjs/sheets-data-validation/facade";
import { UniverSheetsDataValidationUIPlugin } from "@univerjs/sheets-data-validation-ui";
import { UniverSheetsConditionalFormattingUIPlugin } from "@univerjs/sheets-conditional-formatting-ui";
import "@univerjs/preset-sheets-data-validation/lib/index.css";
import "@univerjs/preset-sheets-conditional-formatting/lib/index.css";

/** A Univer instance rendering into container, with the interface strings of its one language. */
export function startUiUniver(container: HTMLElement, locale: LocaleType, strings: ILocales[string]): Univer {
  const univer = new Univer({ locale, locales: { [locale]: strings } });
  for (const plugin of UniverSheetsCorePreset({ container, header: true, toolbar: true }).plugins) {
    if (Array.isArray(plugin)) univer.registerPlugin(plugin[0], plugin[1]);
    else univer.registerPlugin(plugin);
  }
  univer.registerPlugin(UniverDataValidationPlugin);
  univer.registerPlugin(UniverSheetsDataValidationPlugin);
  univer.registerPlugin(UniverSheetsConditionalFormattingPlugin);
  univer.registerPlugin(UniverSheetsDataValidationUIPlugin);
  univer.registerPlugin(UniverSheetsConditionalFormattingUIPlugin);
  return univer;
}
