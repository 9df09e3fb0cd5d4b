/**
 * Runs a PLAN function over its arguments as Excel passes them (single values or ranges) and
 * returns the spilled matrix of Excel values. Shared by every entry point in functions.ts; the
 * benchmark calls the entry points, so it measures exactly what Excel runs.
 */
import { PlanError, isPlanError } from "../core/errors";
import { MAX_RESULT_CELLS, type Matrix, asMatrix, broadcast } from "../core/broadcast";
import {
  MISMATCHED_RANGES,
  RESULT_TOO_LARGE,
  SINGLE_VALUE_ONLY,
  WEIGHTS_SHAPE,
} from "../core/functionErrors";
import { project, projectRows } from "../core/growth";
import { quarterTarget, readWeights } from "../core/quarter";
import { seriesLength, seriesValue, seriesYear } from "../core/series";
import { type CellResult, isBlank } from "../core/values";
import { type ExcelValue, excelError, toExcel } from "./excelValues";

type ScalarFn = (a: unknown, b: unknown, c: unknown, d: unknown, e: unknown, f: unknown) => CellResult;

/** Last line of defence: the core never throws, but a host may pass anything. */
const INTERNAL = new PlanError("#VALUE!", "无法计算此输入", "This input cannot be computed");

function guarded(run: () => ExcelValue[][]): ExcelValue[][] {
  try {
    return run();
  } catch {
    return [[excelError(INTERNAL)]];
  }
}

/** PLAN.PROJECT: a range of bases at a single rate takes the fast path (one growth factor). */
export function spillProject(base: unknown, rate: unknown, periods: unknown): ExcelValue[][] {
  return guarded(() => {
    const b = asMatrix(base);
    const r = asMatrix(rate);
    const p = asMatrix(periods);
    if (b.length > 0 && isSingle(r) && isSingle(p)) {
      const fast = projectRows(b, single(r), single(p), toExcel);
      if (fast) return fast;
    }
    return spill(project, [b, r, p]);
  });
}

/** Element-wise PLAN function over broadcast arguments. */
export function spill(fn: ScalarFn, args: readonly unknown[]): ExcelValue[][] {
  return guarded(() => {
    const matrices: Matrix[] = args.map(asMatrix);
    const r = broadcast(matrices, fn, toExcel);
    return isPlanError(r) ? [[excelError(r)]] : r;
  });
}

function isSingle(m: Matrix): boolean {
  return m.length === 1 && (!Array.isArray(m[0]) || m[0].length <= 1);
}

function single(m: Matrix): unknown {
  const row = m[0];
  return Array.isArray(row) ? row[0] : row;
}

/** The cell of a column argument for row i, or undefined past its end. */
function columnCell(m: Matrix, i: number): unknown {
  if (m.length === 1) return single(m);
  return single([m[i]]);
}

const ONLY_COLUMNS = new PlanError(
  "#VALUE!",
  "基数和增长率只能是单个值或一列",
  "The base and rate must be single values or one column",
);

/**
 * PLAN.SERIES: periods and startYear are single values; base and rate may be single values or
 * one column, one row of projected values per row of the column.
 */
export function spillSeries(
  base: unknown,
  rate: unknown,
  periods: unknown,
  startYear: unknown,
): ExcelValue[][] {
  return guarded(() => {
    const b = asMatrix(base);
    const r = asMatrix(rate);
    const p = asMatrix(periods);
    const y = asMatrix(startYear);
    if (!isSingle(p) || !isSingle(y)) return [[excelError(SINGLE_VALUE_ONLY)]];
    for (const m of [b, r]) {
      for (const row of m) if (Array.isArray(row) && row.length > 1) return [[excelError(ONLY_COLUMNS)]];
    }
    const n = seriesLength(single(p));
    if (typeof n !== "number") return [[toExcel(n)]];
    const start = single(y);
    const rows = Math.max(b.length, r.length);
    if ((rows + 1) * n > MAX_RESULT_CELLS) return [[excelError(RESULT_TOO_LARGE)]];
    const out: ExcelValue[][] = [];
    if (!isBlank(start)) {
      const years: ExcelValue[] = new Array<ExcelValue>(n);
      for (let k = 1; k <= n; k++) years[k - 1] = toExcel(seriesYear(start, k));
      out.push(years);
    }
    for (let i = 0; i < rows; i++) {
      const line: ExcelValue[] = new Array<ExcelValue>(n);
      const missing = (b.length > 1 && i >= b.length) || (r.length > 1 && i >= r.length);
      const bi = columnCell(b, i);
      const ri = columnCell(r, i);
      for (let k = 1; k <= n; k++) {
        line[k - 1] = missing ? excelError(MISMATCHED_RANGES) : toExcel(seriesValue(bi, ri, k));
      }
      out.push(line);
    }
    return out;
  });
}

/** The weight cells of QUARTERTARGET: undefined when omitted or a single blank cell. */
function weightCells(weights: unknown): readonly unknown[] | PlanError | undefined {
  if (weights === null || weights === undefined) return undefined;
  const m = asMatrix(weights);
  if (isSingle(m) && isBlank(single(m))) return undefined;
  if (m.length === 1) return Array.isArray(m[0]) ? m[0] : [m[0]];
  const cells: unknown[] = [];
  for (const row of m) {
    if (Array.isArray(row) && row.length !== 1) return WEIGHTS_SHAPE;
    cells.push(Array.isArray(row) ? row[0] : row);
  }
  return cells;
}

/** PLAN.QUARTERTARGET: annualTarget and quarter broadcast; the four weights apply to every cell. */
export function spillQuarterTarget(
  annualTarget: unknown,
  quarter: unknown,
  weights: unknown,
): ExcelValue[][] {
  return guarded(() => {
    const cells = weightCells(weights);
    const w = cells instanceof PlanError ? cells : readWeights(cells);
    return spill((a, q) => quarterTarget(a, q, w), [annualTarget, quarter]);
  });
}
