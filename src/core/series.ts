/**
 * PLAN.SERIES(base, rate, periods, [startYear]): the projected values after 1…periods periods in
 * one row; with startYear, two rows: the years startYear…startYear+periods−1 above the values.
 * Cell by cell it equals nativeSeriesCell, so a spilled series and its native copy agree.
 */
import { SERIES_PERIODS } from "./functionErrors";
import { project, PERIODS } from "./growth";
import { type CellResult, type Label, errorIn, isBlank, toNumber } from "./values";

export const START_YEAR: Label = { zh: "起始年份", en: "startYear" };
/** Excel's widest row. */
export const MAX_SERIES_PERIODS = 16384;

/** The number of columns of a series, or the single-cell result (blank or error) that replaces it. */
export function seriesLength(periods: unknown): number | CellResult {
  const e = errorIn(periods);
  if (e) return e;
  if (isBlank(periods)) return null;
  const n = toNumber(periods, PERIODS);
  if (typeof n !== "number") return n;
  if (n < 1 || n > MAX_SERIES_PERIODS || n !== Math.floor(n)) return SERIES_PERIODS;
  return n;
}

/** The value after k periods. */
export function seriesValue(base: unknown, rate: unknown, k: number): CellResult {
  return project(base, rate, k);
}

/** The year above the value after k periods. */
export function seriesYear(startYear: unknown, k: number): CellResult {
  const e = errorIn(startYear);
  if (e) return e;
  if (isBlank(startYear)) return null;
  const y = toNumber(startYear, START_YEAR);
  if (typeof y !== "number") return y;
  return y + k - 1;
}

/** The whole series for single values. */
export function series(base: unknown, rate: unknown, periods: unknown, startYear?: unknown): CellResult[][] {
  const n = seriesLength(periods);
  if (typeof n !== "number") return [[n]];
  const values: CellResult[] = [];
  for (let k = 1; k <= n; k++) values.push(seriesValue(base, rate, k));
  if (isBlank(startYear)) return [values];
  const years: CellResult[] = [];
  for (let k = 1; k <= n; k++) years.push(seriesYear(startYear, k));
  return [years, values];
}
