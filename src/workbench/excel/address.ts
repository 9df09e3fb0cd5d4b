/**
 * Ranges as Office.js names them: 0-based rectangles inside a sheet of Excel's size, and
 * addresses "Sheet1!A1:B2" (quoted sheet names where Excel quotes them, whole columns "A:C",
 * whole rows "3:4"). Parsing reuses the add-in's reference module.
 */
import { colName, rangeA1 } from "../../model/a1";
import { parseArea, quoteSheet } from "../../share/references";
import { apiError, ErrorCodes } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** "B3", "$B$3:D9", "A:C", "3:4" (an optional "Sheet!" prefix is ignored) → a rectangle. */
export function parseRect(address: string): Rect {
  const area = parseArea(address.trim());
  if (!area) throw apiError(ErrorCodes.invalidArgument, `The argument is invalid or missing: '${address}'.`);
  return {
    row: area.top,
    col: area.left,
    rows: area.bottom - area.top + 1,
    cols: area.right - area.left + 1,
  };
}

/** The local part of an address: "B3", "B3:D9", "A:C" or "3:4". */
export function localAddress(r: Rect): string {
  if (r.row === 0 && r.rows >= MAX_ROWS) return `${colName(r.col)}:${colName(r.col + r.cols - 1)}`;
  if (r.col === 0 && r.cols >= MAX_COLS) return `${r.row + 1}:${r.row + r.rows}`;
  return rangeA1(r.row, r.col, r.rows, r.cols);
}

export function sheetAddress(sheet: string, r: Rect): string {
  return `${quoteSheet(sheet)}!${localAddress(r)}`;
}

export function checkRect(r: Rect): void {
  if (
    r.row < 0 ||
    r.col < 0 ||
    r.rows < 1 ||
    r.cols < 1 ||
    r.row + r.rows > MAX_ROWS ||
    r.col + r.cols > MAX_COLS
  ) {
    throw apiError(ErrorCodes.invalidArgument, "The range is outside the sheet.");
  }
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
