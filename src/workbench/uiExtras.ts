/**
 * The grid's drawing of validation and conditional formats (dropdown arrows, invalid-cell marks,
 * colours, data bars) and their rule editors, registered after the workbench is ready. The rules
 * themselves are already in the models that uiEngine.ts starts with, so nothing is lost meanwhile;
 * they are only drawn a moment later.
 */
import type { Univer } from "@univerjs/core";
import type { FUniver } from "@univerjs/core/facade";
import { UniverSheetsDataValidationUIPlugin } from "@univerjs/sheets-data-validation-ui";
import { UniverSheetsConditionalFormattingUIPlugin } from "@univerjs/sheets-conditional-formatting-ui";
import "@univerjs/preset-sheets-data-validation/lib/index.css";
import "@univerjs/preset-sheets-conditional-formatting/lib/index.css";
import "@univerjs/sheets-ui/facade";

// Univer loads a plugin registered after start-up in a batch a few milliseconds later (its
// INIT_LAZY_PLUGINS_TIMEOUT is 4 ms); a timer set after it with a longer delay runs after it.
const LATE_PLUGIN_BATCH_MS = 20;

export async function addRuleDrawing(univer: Univer, api: FUniver): Promise<void> {
  univer.registerPlugin(UniverSheetsDataValidationUIPlugin);
  univer.registerPlugin(UniverSheetsConditionalFormattingUIPlugin);
  await new Promise((resolve) => setTimeout(resolve, LATE_PLUGIN_BATCH_MS));
  // The open sheet was laid out before these plugins could style its cells: lay it out again.
  api.getActiveWorkbook()?.getActiveSheet().refreshCanvas();
}
