/**
 * Formula texts the templates share, composed from the native PLAN builders (src/core/native.ts)
 * so that a template and the PLAN functions always compute the same thing. Arguments are cell
 * references; every formula yields "" when its inputs are blank.
 */
import { NATIVE, nativeSeriesCell } from "../core/native";
import { STATUS_LABELS } from "../core/statusLabels";

/**
 * The effective target from base, growth (over the whole period) and floor (a target level):
 * PLAN.TARGET(base, growth, floor), or only the floor when there is no base or growth.
 * For lowerIsBetter the strictest is the lower of PLAN.PROJECT(base, growth) and the floor.
 * Agrees with core effectiveTarget when the growth cell holds core effectiveGrowth.
 */
export function effectiveTargetFormula(
  base: string,
  growth: string,
  floor: string,
  lowerIsBetter: boolean,
): string {
  const onlyFloor = `IF(${floor}="","",${floor})`;
  if (!lowerIsBetter)
    return `IF(OR(${base}="",${growth}=""),${onlyFloor},${NATIVE.TARGET([base, growth, floor])})`;
  const projected = NATIVE.PROJECT([base, growth]);
  return `IF(OR(${base}="",${growth}=""),${onlyFloor},IF(${floor}="",${projected},MIN(${projected},${floor})))`;
}

/** Completion (完成率): actual / target, or target / actual when lower is better (≥ 100% = met). */
export function completionFormula(actual: string, target: string, lowerIsBetter: boolean): string {
  return lowerIsBetter ? NATIVE.COMPLETION([target, actual]) : NATIVE.COMPLETION([actual, target]);
}

/**
 * Status label: PLAN.STATUS against 序时进度; a lower-is-better level is judged against 100%.
 * With a strict comparator (超过: > or <) reaching the target exactly is not yet achieved: the
 * label is then "on track" (the shortfall against any 序时进度 ≤ 100% is not positive).
 */
export function statusFormula(
  actual: string,
  target: string,
  timeProgress: string | undefined,
  lowerIsBetter: boolean,
  lang: "zh" | "en",
  strict = false,
): string {
  const langArg = `"${lang}"`;
  const status = lowerIsBetter
    ? NATIVE.STATUS([target, actual, undefined, undefined, undefined, langArg])
    : NATIVE.STATUS([actual, target, timeProgress, undefined, undefined, langArg]);
  if (!strict) return status;
  return `IF(AND(ISNUMBER(${actual}),${actual}=${target}),"${STATUS_LABELS[lang][1]}",${status})`;
}

/** Cumulative target at the end of quarter q: PLAN.QUARTERTARGET; a lower-is-better level stays the same. */
export function quarterTargetFormula(annual: string, q: number, lowerIsBetter: boolean): string {
  if (lowerIsBetter) return `IF(${annual}="","",${annual})`;
  return NATIVE.QUARTERTARGET([annual, String(q)]);
}

/** 序时进度 of a date within its year, or within a given year. */
export function timeProgressFormula(date: string, year?: number): string {
  if (year === undefined) return NATIVE.TIMEPROGRESS([date]);
  return NATIVE.TIMEPROGRESS([date, `DATE(${year},1,1)`, `DATE(${year},12,31)`]);
}

/** The implied annual rate from base to target over n years (PLAN.CAGR); blank without a positive base. */
export function impliedRateFormula(base: string, target: string, years: number): string {
  return `IF(N(${base})<=0,"",IF(N(${target})<0,"",${NATIVE.CAGR([base, target, String(years)])}))`;
}

/** The value in year k (1-based) after the base year on the path base × (1 + rate)^k (PLAN.SERIES). */
export function seriesFormula(base: string, rate: string, years: number, k: number): string {
  return nativeSeriesCell([base, rate, String(years)], 0, k);
}

/** PLAN.GAP: what remains to reach the target (actual above target for lower-is-better). */
export function gapFormula(actual: string, target: string, lowerIsBetter: boolean): string {
  return lowerIsBetter ? NATIVE.GAP([target, actual]) : NATIVE.GAP([actual, target]);
}

/** PLAN.REQUIRED over the years left; blank when no whole year is left or the actual is not positive. */
export function requiredFormula(actual: string, target: string, yearsLeft: string): string {
  return `IF(OR(${yearsLeft}="",${actual}="",${target}=""),"",IF(OR(N(${yearsLeft})<1,N(${actual})<=0,N(${target})<0),"",${NATIVE.REQUIRED([actual, target, yearsLeft])}))`;
}

/** Rank of a completion among the regions' completions (1 = best); blank for a blank one. */
export function rankFormula(value: string, column: string): string {
  return `IF(ISNUMBER(${value}),RANK(${value},${column}),"")`;
}

/** Sum of a column of inputs, blank while none is filled in. */
export function sumFormula(range: string): string {
  return `IF(COUNT(${range})=0,"",SUM(${range}))`;
}
