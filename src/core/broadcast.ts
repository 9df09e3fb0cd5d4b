/**
 * Excel's element-wise broadcasting for functions whose arguments may be single values or
 * ranges: the result has as many rows and columns as the largest argument; an argument with one
 * row (or one column) stretches across the others; where an argument is too short to reach a
 * cell, that cell is #N/A (what Excel gives for =A1:A3+B1:B2 in its third row).
 *
 * The loop is flat and allocation-free apart from the result rows, because one call may cover a
 * million cells.
 */
import type { PlanError } from "./errors";
import { MISMATCHED_RANGES, RESULT_TOO_LARGE } from "./functionErrors";
import type { CellResult } from "./values";

/** A range as hosts pass it: rows of cells. */
export type Matrix = readonly (readonly unknown[])[];

/** The largest result one call may produce (a sixteenth of a worksheet). */
export const MAX_RESULT_CELLS = 1_048_576 * 16;

const BLANK_ROW: readonly unknown[] = [null];

/**
 * Any argument as a matrix: a matrix stays as it is; a single value, an omitted argument or a
 * malformed value becomes 1×1. Rows that are not arrays count as one-cell rows.
 */
export function asMatrix(x: unknown): Matrix {
  if (!Array.isArray(x)) return [[x]];
  if (x.length === 0) return [BLANK_ROW];
  if (Array.isArray(x[0])) return x as Matrix;
  return [x];
}

function width(m: Matrix): number {
  let c = 0;
  for (const row of m) {
    const n = Array.isArray(row) ? row.length : 1;
    if (n > c) c = n;
  }
  return c === 0 ? 1 : c;
}

/** The value in row i, column j of m, or undefined when it is missing from a ragged row. */
function cellOf(row: unknown, j: number): unknown {
  return Array.isArray(row) ? row[j] : j === 0 ? row : undefined;
}

/** A cell's result mapped to the host's representation. */
export type Emit<T> = (r: CellResult) => T;

/**
 * Applies fn to each cell of the broadcast arguments and maps each result with emit.
 * Returns a single PlanError when the result would be unreasonably large.
 */
export function broadcast<T>(
  args: readonly Matrix[],
  fn: (a: unknown, b: unknown, c: unknown, d: unknown, e: unknown, f: unknown) => CellResult,
  emit: Emit<T>,
): T[][] | PlanError {
  const n = args.length;
  const rows: number[] = new Array<number>(n);
  const cols: number[] = new Array<number>(n);
  let R = 1;
  let C = 1;
  for (let k = 0; k < n; k++) {
    rows[k] = args[k].length;
    cols[k] = width(args[k]);
    if (rows[k] > R) R = rows[k];
    if (cols[k] > C) C = cols[k];
  }
  if (R * C > MAX_RESULT_CELLS) return RESULT_TOO_LARGE;
  const mismatch = emit(MISMATCHED_RANGES);
  const src: unknown[] = new Array<unknown>(6).fill(undefined);
  const rowOf: unknown[] = new Array<unknown>(n);
  const out: T[][] = new Array<T[]>(R);
  for (let i = 0; i < R; i++) {
    let rowMissing = false;
    for (let k = 0; k < n; k++) {
      if (rows[k] === 1) rowOf[k] = args[k][0];
      else if (i < rows[k]) rowOf[k] = args[k][i];
      else rowMissing = true;
    }
    const line: T[] = new Array<T>(C);
    for (let j = 0; j < C; j++) {
      let missing = rowMissing;
      for (let k = 0; k < n && !missing; k++) {
        if (cols[k] === 1) src[k] = cellOf(rowOf[k], 0);
        else if (j < cols[k]) src[k] = cellOf(rowOf[k], j);
        else missing = true;
      }
      line[j] = missing ? mismatch : emit(fn(src[0], src[1], src[2], src[3], src[4], src[5]));
    }
    out[i] = line;
  }
  return out;
}
