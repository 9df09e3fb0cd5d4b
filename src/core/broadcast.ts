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

/** The largest result one call may produce: sixteen full worksheet columns. Beyond it a
 * mistaken row-against-column call would exhaust memory instead of answering. */
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

/** Rows as arrays (a non-array row is a one-cell row), copied only when some row is not. */
function rowsOf(m: Matrix): readonly (readonly unknown[])[] {
  for (const row of m) if (!Array.isArray(row)) return m.map((r) => (Array.isArray(r) ? r : [r]));
  return m;
}

function width(m: readonly (readonly unknown[])[]): number {
  let c = 0;
  for (const row of m) if (row.length > c) c = row.length;
  return c === 0 ? 1 : c;
}

/** A cell's result mapped to the host's representation. */
export type Emit<T> = (r: CellResult) => T;

const NO_ARG: readonly unknown[] = [undefined];

/**
 * Applies fn to each cell of the broadcast arguments and maps each result with emit.
 * Returns a single PlanError when the result would be unreasonably large.
 *
 * Each argument is read through a row and a column step (0 for an argument that stretches), so
 * the inner loop has no per-argument branching; cells that some argument cannot reach are
 * known from the shapes alone.
 */
export function broadcast<T>(
  args: readonly Matrix[],
  fn: (a: unknown, b: unknown, c: unknown, d: unknown, e: unknown, f: unknown) => CellResult,
  emit: Emit<T>,
): T[][] | PlanError {
  if (args.length > 6) throw new RangeError("broadcast takes at most six arguments");
  const m: (readonly (readonly unknown[])[])[] = [];
  let R = 1;
  let C = 1;
  // The first row and column that some argument of more than one row (column) cannot reach.
  let reachR = Infinity;
  let reachC = Infinity;
  for (const a of args) {
    const rows = rowsOf(a.length === 0 ? [NO_ARG] : a);
    const r = rows.length;
    const c = width(rows);
    m.push(rows);
    if (r > R) R = r;
    if (c > C) C = c;
    if (r > 1 && r < reachR) reachR = r;
    if (c > 1 && c < reachC) reachC = c;
  }
  while (m.length < 6) m.push([NO_ARG]);
  if (R * C > MAX_RESULT_CELLS) return RESULT_TOO_LARGE;
  let mismatchValue: T | undefined;
  // Created only when needed: the success path never touches the host's error type.
  const mismatch = (): T => (mismatchValue ??= emit(MISMATCHED_RANGES));
  const [m0, m1, m2, m3, m4, m5] = m;
  // Column steps: 0 when the argument has a single column (it stretches across).
  const c0 = width(m0) > 1 ? 1 : 0;
  const c1 = width(m1) > 1 ? 1 : 0;
  const c2 = width(m2) > 1 ? 1 : 0;
  const c3 = width(m3) > 1 ? 1 : 0;
  const c4 = width(m4) > 1 ? 1 : 0;
  const c5 = width(m5) > 1 ? 1 : 0;
  const out: T[][] = new Array<T[]>(R);
  for (let i = 0; i < R; i++) {
    if (i >= reachR) {
      out[i] = new Array<T>(C).fill(mismatch());
      continue;
    }
    const r0 = m0.length > 1 ? m0[i] : m0[0];
    const r1 = m1.length > 1 ? m1[i] : m1[0];
    const r2 = m2.length > 1 ? m2[i] : m2[0];
    const r3 = m3.length > 1 ? m3[i] : m3[0];
    const r4 = m4.length > 1 ? m4[i] : m4[0];
    const r5 = m5.length > 1 ? m5[i] : m5[0];
    if (C === 1) {
      // A column, the common case: a literal keeps the row a packed array.
      out[i] = [emit(fn(r0[0], r1[0], r2[0], r3[0], r4[0], r5[0]))];
      continue;
    }
    const line: T[] = [];
    const end = C < reachC ? C : reachC;
    for (let j = 0; j < end; j++) {
      line.push(emit(fn(r0[j * c0], r1[j * c1], r2[j * c2], r3[j * c3], r4[j * c4], r5[j * c5])));
    }
    for (let j = end; j < C; j++) line.push(mismatch());
    out[i] = line;
  }
  return out;
}
