/**
 * Univer with its grid UI. Loaded only through createUiEngine() in engine.ts, with import(), so
 * Node never evaluates it and webpack keeps it in chunks of its own.
 *
 * Start-up registers what the first paint and the Excel API need: the core preset (grid, toolbar,
 * formula bar, number formats) and the models of data validation and conditional formats, so a
 * restored or opened workbook keeps its rules from the first moment and the API can write them.
 * The two UIs that only draw those rules (dropdown arrows, validation marks, colour scales and the
 * rule editors) come after the page is ready (uiExtras.ts): ~0.2 MB less to parse before it.
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
  return univer;
}
