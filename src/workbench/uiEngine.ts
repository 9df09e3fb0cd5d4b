/**
 * Univer with its grid UI: the three sheet presets (core, data validation, conditional formats)
 * and their styles. Loaded only through createUiEngine() in engine.ts, with import(), so Node
 * never evaluates it and webpack keeps it in chunks of its own.
 *
 * No formula worker: the formula engine runs on the page's thread, so the PLAN functions registered
 * there are the ones cells use, and dist/ needs no worker script.
 */
import { LocaleType, Univer, mergeLocales } from "@univerjs/core";
import { UniverSheetsCorePreset } from "@univerjs/preset-sheets-core";
import coreZhCN from "@univerjs/preset-sheets-core/locales/zh-CN";
import coreEnUS from "@univerjs/preset-sheets-core/locales/en-US";
import { UniverSheetsDataValidationPreset } from "@univerjs/preset-sheets-data-validation";
import validationZhCN from "@univerjs/preset-sheets-data-validation/locales/zh-CN";
import validationEnUS from "@univerjs/preset-sheets-data-validation/locales/en-US";
import { UniverSheetsConditionalFormattingPreset } from "@univerjs/preset-sheets-conditional-formatting";
import conditionalZhCN from "@univerjs/preset-sheets-conditional-formatting/locales/zh-CN";
import conditionalEnUS from "@univerjs/preset-sheets-conditional-formatting/locales/en-US";
import "@univerjs/preset-sheets-core/lib/index.css";
import "@univerjs/preset-sheets-data-validation/lib/index.css";
import "@univerjs/preset-sheets-conditional-formatting/lib/index.css";
import "@univerjs/sheets-conditional-formatting/facade";
import "@univerjs/sheets-data-validation/facade";

type Preset = ReturnType<typeof UniverSheetsCorePreset>;

/** A Univer instance rendering into container, its plugins registered. */
export function startUiUniver(container: HTMLElement, locale: LocaleType): Univer {
  const univer = new Univer({
    locale,
    locales: {
      [LocaleType.ZH_CN]: mergeLocales(coreZhCN, validationZhCN, conditionalZhCN),
      [LocaleType.EN_US]: mergeLocales(coreEnUS, validationEnUS, conditionalEnUS),
    },
  });
  const presets: Preset[] = [
    UniverSheetsCorePreset({ container, header: true, toolbar: true }),
    UniverSheetsDataValidationPreset(),
    UniverSheetsConditionalFormattingPreset(),
  ];
  for (const preset of presets) {
    for (const plugin of preset.plugins) {
      if (Array.isArray(plugin)) univer.registerPlugin(plugin[0], plugin[1]);
      else univer.registerPlugin(plugin);
    }
  }
  return univer;
}
