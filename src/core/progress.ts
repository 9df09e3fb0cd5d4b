/**
 * Progress against a target: the gap (GAP), the completion rate 完成率 (COMPLETION) and the
 * elapsed share of the period by days, 序时进度 (TIMEPROGRESS).
 */
import { serialFromYMD, ymdFromSerial } from "./excelDate";
import { DATE_OUT_OF_RANGE, END_BEFORE_START, isZero } from "./functionErrors";
import { type CellResult, type Label, finite, optionalNumber, requiredNumbers } from "./values";

export const ACTUAL: Label = { zh: "实际值", en: "actual" };
export const TARGET_VALUE: Label = { zh: "目标值", en: "target" };
export const AS_OF: Label = { zh: "截至日期", en: "asOf" };
export const PERIOD_START: Label = { zh: "开始日期", en: "start" };
export const PERIOD_END: Label = { zh: "结束日期", en: "end" };

/** Excel's last date, 9999-12-31. */
export const MAX_SERIAL = 2958465;

/** PLAN.GAP: target − actual; positive while still short of the target. */
export function gap(actual: unknown, targetValue: unknown): CellResult {
  if (typeof actual === "number" && typeof targetValue === "number") {
    const x = targetValue - actual;
    if (x - x === 0) return x;
  }
  const args = requiredNumbers([actual, targetValue], [ACTUAL, TARGET_VALUE]);
  if (!Array.isArray(args)) return args;
  const [a, t] = args;
  return finite(t - a);
}

/** PLAN.COMPLETION: actual / target (完成率). */
export function completion(actual: unknown, targetValue: unknown): CellResult {
  if (typeof actual === "number" && typeof targetValue === "number" && targetValue !== 0) {
    const x = actual / targetValue;
    if (x - x === 0) return x;
  }
  const args = requiredNumbers([actual, targetValue], [ACTUAL, TARGET_VALUE]);
  if (!Array.isArray(args)) return args;
  const [a, t] = args;
  if (t === 0) return isZero(TARGET_VALUE);
  return finite(a / t);
}

/**
 * PLAN.TIMEPROGRESS: (asOf − start + 1) / (end − start + 1), clamped to 0…1. Both ends count as
 * whole days; the period defaults to the calendar year of asOf, leap years included
 * (30 Sep 2012 → 274/366).
 */
export function timeProgress(asOf: unknown, start?: unknown, end?: unknown): CellResult {
  const args = requiredNumbers([asOf], [AS_OF]);
  if (!Array.isArray(args)) return args;
  const [d] = args;
  // NaN stands for "omitted" until the date is known to be valid: the default period needs its year.
  const given = optionalNumber(start, NaN, PERIOD_START);
  if (typeof given !== "number") return given;
  const givenEnd = optionalNumber(end, NaN, PERIOD_END);
  if (typeof givenEnd !== "number") return givenEnd;
  if (d < 1 || d > MAX_SERIAL) return DATE_OUT_OF_RANGE;
  const year = ymdFromSerial(d).year;
  const s = Number.isNaN(given) ? serialFromYMD(year, 1, 1) : given;
  const e = Number.isNaN(givenEnd) ? serialFromYMD(year, 12, 31) : givenEnd;
  if (e < s) return END_BEFORE_START;
  const x = (d - s + 1) / (e - s + 1);
  if (!Number.isFinite(x)) return finite(x);
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
