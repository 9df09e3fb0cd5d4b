/**
 * Work-arounds for defects of Univer's formula engine (0.25.1) that change results, applied once
 * to the engine module that both the headless and the page's engine use (engine.ts imports this).
 *
 * Comparisons over cell references (`A1=""`, `A1=5`): after the first one, Univer answers them
 * from an inverted index of each column's values (CELL_INVERTED_INDEX_CACHE), and that path
 * (a) files a cell holding 0 under the same key as a blank one, so `A1=""` is TRUE for 0 — a
 * county reporting exactly 0 had no completion and no status, as `IF(OR(A1="",…),"",…)` blanked
 * it — and (b) leaves the non-matching cells of its result unset, so `NOT(A1=5)` is #VALUE!.
 * Excel and LibreOffice give FALSE and TRUE. Telling the engine that no rows are indexed sends
 * every comparison through its plain row-by-row path, which compares as Excel does. The index only
 * speeds up comparisons of whole columns against one value; the templates compare single cells.
 */
import { CELL_INVERTED_INDEX_CACHE } from "@univerjs/engine-formula";

interface IndexedRows {
  rowsInCache: [number, number][];
  rowsNotInCache: [number, number][];
}

const cache = CELL_INVERTED_INDEX_CACHE as unknown as {
  canUseCache(unitId: string, sheetId: string, column: number, start: number, end: number): IndexedRows;
};

/** Idempotent: the engine module is shared by every engine of the page or process. */
export function applyUniverFixes(): void {
  cache.canUseCache = () => ({ rowsInCache: [], rowsNotInCache: [] });
}
