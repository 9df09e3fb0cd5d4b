/**
 * Growth arithmetic of the PLAN functions: projection (PROJECT), the binding target of a plan
 * that sets both a growth rate and a minimum (TARGET), and the geometric mean growth rate
 * ("水平法" 年均增长率) behind CAGR and REQUIRED.
 *
 * Every function takes raw cell values and returns a number, a blank (null) or a PlanError; it
 * never throws and never returns NaN or Infinity. Each begins with a fast path for plain
 * numbers in the valid domain, because a spilled formula may call it a million times.
 */
import type { PlanError } from "./errors";
import { RATE_TOO_LOW, mustBePositive, mustNotBeNegative } from "./functionErrors";
import { type CellResult, type Label, OVERFLOW, finite, optionalNumber, requiredNumbers } from "./values";

export const BASE: Label = { zh: "基数", en: "base" };
export const RATE: Label = { zh: "增长率", en: "rate" };
export const PERIODS: Label = { zh: "期数", en: "periods" };
export const FLOOR: Label = { zh: "下限", en: "floor" };
export const START: Label = { zh: "起始值", en: "start" };
export const END: Label = { zh: "期末值", en: "end" };
export const CURRENT: Label = { zh: "现值", en: "current" };
export const TARGET: Label = { zh: "目标值", en: "target" };
export const PERIODS_LEFT: Label = { zh: "剩余期数", en: "periodsLeft" };

function isErr(x: number | PlanError): x is PlanError {
  return typeof x !== "number";
}

/** PLAN.PROJECT: base × (1 + rate)^periods, periods defaulting to 1. */
export function project(base: unknown, rate: unknown, periods?: unknown): CellResult {
  if (typeof base === "number" && typeof rate === "number" && rate > -1) {
    const p = periods === undefined || periods === null ? 1 : periods;
    if (typeof p === "number" && p > 0) {
      const x = base * Math.pow(1 + rate, p);
      if (x - x === 0) return x;
    }
  }
  const args = requiredNumbers([base, rate], [BASE, RATE]);
  if (!Array.isArray(args)) return args;
  const [b, r] = args;
  const p = optionalNumber(periods, 1, PERIODS);
  if (isErr(p)) return p;
  if (r <= -1) return RATE_TOO_LOW;
  if (p <= 0) return mustBePositive(PERIODS);
  return finite(b * Math.pow(1 + r, p));
}

/** PLAN.TARGET: MAX(base × (1 + rate)^periods, floor); floor defaults to 0, periods to 1. */
export function target(base: unknown, rate: unknown, floor?: unknown, periods?: unknown): CellResult {
  const args = requiredNumbers([base, rate], [BASE, RATE]);
  if (!Array.isArray(args)) return args;
  const [b, r] = args;
  const f = optionalNumber(floor, 0, FLOOR);
  if (isErr(f)) return f;
  const p = optionalNumber(periods, 1, PERIODS);
  if (isErr(p)) return p;
  if (r <= -1) return RATE_TOO_LOW;
  if (p <= 0) return mustBePositive(PERIODS);
  const projected = b * Math.pow(1 + r, p);
  if (!Number.isFinite(projected)) return OVERFLOW;
  return projected >= f ? projected : f;
}

/** (to / from)^(1 / n) − 1 with the domain checks shared by CAGR and REQUIRED. */
function geometricRate(
  from: unknown,
  to: unknown,
  n: unknown,
  labels: readonly [Label, Label, Label],
): CellResult {
  if (typeof from === "number" && typeof to === "number" && typeof n === "number") {
    if (from > 0 && to >= 0 && n > 0) {
      const x = Math.pow(to / from, 1 / n) - 1;
      if (x - x === 0) return x;
    }
  }
  const args = requiredNumbers([from, to, n], labels);
  if (!Array.isArray(args)) return args;
  const [s, e, k] = args;
  if (s <= 0) return mustBePositive(labels[0]);
  if (k <= 0) return mustBePositive(labels[2]);
  if (e < 0) return mustNotBeNegative(labels[1]);
  return finite(Math.pow(e / s, 1 / k) - 1);
}

/** PLAN.CAGR: the average annual growth rate from start to end over periods (年均增长率). */
export function cagr(start: unknown, end: unknown, periods: unknown): CellResult {
  return geometricRate(start, end, periods, [START, END, PERIODS]);
}

/** PLAN.REQUIRED: the growth per period still needed to reach target from current. */
export function required(current: unknown, targetValue: unknown, periodsLeft: unknown): CellResult {
  return geometricRate(current, targetValue, periodsLeft, [CURRENT, TARGET, PERIODS_LEFT]);
}

/**
 * PROJECT over a range of bases with a single rate and a single number of periods — the shape
 * of "project this whole column" — with the growth factor computed once. Gives exactly what
 * project() gives cell by cell (the same two floating-point operations); undefined when the
 * rate or periods are not such single valid numbers, so the caller broadcasts instead.
 */
export function projectRows<T>(
  base: readonly (readonly unknown[])[],
  rate: unknown,
  periods: unknown,
  emit: (r: CellResult) => T,
): T[][] | undefined {
  const p = periods === undefined || periods === null ? 1 : periods;
  if (typeof rate !== "number" || typeof p !== "number" || !(rate > -1) || !(p > 0)) return undefined;
  const factor = Math.pow(1 + rate, p);
  if (!Number.isFinite(factor)) return undefined;
  const width = base.length > 0 && Array.isArray(base[0]) ? base[0].length : 0;
  if (width === 0) return undefined;
  for (const row of base) if (!Array.isArray(row) || row.length !== width) return undefined;
  const out: T[][] = new Array<T[]>(base.length);
  for (let i = 0; i < base.length; i++) {
    const row = base[i];
    if (row.length === 1) {
      const b = row[0];
      const x = typeof b === "number" ? b * factor : NaN;
      out[i] = [x - x === 0 ? (x as T) : emit(project(b, rate, p))];
      continue;
    }
    const line: T[] = [];
    for (let j = 0; j < row.length; j++) {
      const b = row[j];
      const x = typeof b === "number" ? b * factor : NaN;
      line.push(x - x === 0 ? (x as T) : emit(project(b, rate, p)));
    }
    out[i] = line;
  }
  return out;
}
