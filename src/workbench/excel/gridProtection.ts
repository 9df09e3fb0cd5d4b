/**
 * Sheet protection in the grid. The Excel API refuses writes into locked cells of a protected
 * sheet (worksheet.ts), but the protection lives in our own metadata, which Univer's grid does
 * not know: without this guard a county official filling a form in the workbench could type over
 * its labels and formulas, and collect would then reject the form. Excel and WPS stop such edits;
 * so does this: the grid's mutations that would change a locked cell, or the shape of a
 * protected sheet, are cancelled before they run (Univer drops a cancelled command quietly, so
 * nothing is half applied) and the user is told why.
 *
 * Mutations run by the Excel API itself pass (Session.apiWrites): the API checks them, with
 * Excel's errors, in worksheet.ts.
 */
import type { FUniver } from "@univerjs/core/facade";
import type { ICellData, IObjectMatrixPrimitiveType } from "@univerjs/core";
import { CELL_UNLOCKED_KEY } from "../xlsx/keys";
import type { Session, SheetProtectionModel } from "./session";

const SET_VALUES = "sheet.mutation.set-range-values";

/** Mutations that change a sheet's shape: allowed on a protected sheet only when its
 * protection says so (null: never). */
const SHAPE: Record<string, keyof SheetProtectionModel | null> = {
  "sheet.mutation.insert-row": "insertRows",
  "sheet.mutation.insert-col": "insertColumns",
  "sheet.mutation.remove-rows": "deleteRows",
  "sheet.mutation.remove-col": "deleteColumns",
  "sheet.mutation.move-range": null,
  "sheet.mutation.move-rows": null,
  "sheet.mutation.move-columns": null,
  "sheet.mutation.reorder-range": "sort",
  "sheet.mutation.add-worksheet-merge": null,
  "sheet.mutation.remove-worksheet-merge": null,
};

// Keys of a cell's data that are its contents; anything else (s: style) is formatting.
const CONTENT_KEYS = ["v", "f", "si", "p", "t"];

interface SheetParams {
  unitId?: string;
  subUnitId?: string;
  cellValue?: IObjectMatrixPrimitiveType<ICellData | null>;
}

/** Options Univer passes with a mutation; those set here mark its own derived writes. */
interface MutationOptions {
  onlyLocal?: boolean;
  fromFormula?: boolean;
  applyFormulaCalculationResult?: boolean;
}

/** Why a mutation must not run on the grid, or undefined when it may. */
export function refusal(
  session: Session,
  id: string,
  params: SheetParams,
  options: MutationOptions = {},
): "locked" | "sheet" | undefined {
  if (session.apiWrites > 0) return undefined;
  // Formula results written back into cells (locked formula cells of a form among them) are the
  // engine's own: refusing them would leave the calculation unapplied.
  if (options.onlyLocal || options.fromFormula || options.applyFormulaCalculationResult) return undefined;
  const shaped = id in SHAPE;
  if (id !== SET_VALUES && !shaped) return undefined;
  if (!params.unitId || !params.subUnitId) return undefined;
  const ws = session.api.getUniverSheet(params.unitId)?.getSheetBySheetId(params.subUnitId);
  if (!ws) return undefined;
  const p = session.protection(ws);
  if (!p) return undefined;
  if (shaped) {
    const flag = SHAPE[id];
    return flag && p[flag] === true ? undefined : "sheet";
  }
  const sheet = ws.getSheet();
  for (const [row, cols] of Object.entries(params.cellValue ?? {})) {
    for (const [col, data] of Object.entries(cols ?? {})) {
      const custom = sheet.getCellRaw(Number(row), Number(col))?.custom as
        Record<string, unknown> | undefined;
      if (custom?.[CELL_UNLOCKED_KEY] === 1) continue;
      const content = data === null || CONTENT_KEYS.some((k) => k in (data as object));
      if (content || !p.formatCells) return "locked";
    }
  }
  return undefined;
}

/** Installs the guard; `onRefused` tells the user (the workbench shows it beside the toolbar). */
export function guardProtectedSheets(session: Session, onRefused: (why: "locked" | "sheet") => void): void {
  const api: FUniver = session.api;
  api.addEvent(api.Event.BeforeCommandExecute, (event) => {
    const why = refusal(
      session,
      event.id,
      (event.params ?? {}) as SheetParams,
      (event.options ?? {}) as MutationOptions,
    );
    if (!why) return;
    event.cancel = true;
    onRefused(why);
  });
}
