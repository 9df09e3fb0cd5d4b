/**
 * Formula texts the templates share, composed from the native PLAN builders (src/core/native.ts)
 * so that a template and the PLAN functions always compute the same thing. Arguments are cell
 * references; every formula yields "" when its inputs are blank.
 */
import { NATIVE, nativeSeriesCell } from "../core/native";
import { STATUS_LABELS } from "../core/statusLabels";
import type { IndicatorNature } from "../core/plan";

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

export interface StatusOptions {
  /** 序时进度 cell; used for flows and stocks (rates and lower-is-better levels hold at any time). */
  timeProgress?: string;
  lowerIsBetter: boolean;
  lang: "zh" | "en";
  /** 超过 (> or <): reaching the target exactly is not yet achieved. */
  strict?: boolean;
  nature: IndicatorNature;
  /** The base cell of a stock: its progress is the share of the increase from base to target. */
  base?: string;
}

/**
 * Status label (PLAN.STATUS), judged by the indicator's nature (src/core/indicatorNature.ts):
 * a flow's completion against 序时进度; a stock's share of the increase from its base against
 * 序时进度 (plain completion when there is no base, or the target is not above it); a rate or a
 * lower-is-better level against the whole target. While 序时进度 is blank (no as-of date), a
 * flow or stock below its target is blank: its pace is unknown. With a strict comparator,
 * reaching the target exactly is "on track", not achieved.
 */
export function statusFormula(actual: string, target: string, o: StatusOptions): string {
  const langArg = `"${o.lang}"`;
  const holds = o.lowerIsBetter || o.nature === "rate";
  const tp = holds ? undefined : o.timeProgress;
  let status = o.lowerIsBetter
    ? NATIVE.STATUS([target, actual, undefined, undefined, undefined, langArg])
    : NATIVE.STATUS([actual, target, tp, undefined, undefined, langArg]);
  if (!holds && o.nature === "stock" && o.base !== undefined) {
    const b = o.base;
    const increase = NATIVE.STATUS([`${actual}-${b}`, `${target}-${b}`, tp, undefined, undefined, langArg]);
    status = `IF(OR(${actual}="",${target}="",${b}=""),${status},IF(N(${target})<=N(${b}),${status},${increase}))`;
  }
  // A blank 序时进度 (no 截至日期 yet) leaves the pace unknown: blank below the target, not the
  // default time progress of 1 (the whole target), which would show every region behind. A
  // reached target is still achieved; a text, error, blank or zero actual or target fails
  // IFERROR's test and keeps the status, and so the error it gives.
  if (tp !== undefined) status = `IF(AND(${tp}="",IFERROR(${actual}/${target},1)<1),"",${status})`;
  if (!o.strict) return status;
  return `IF(AND(ISNUMBER(${actual}),${actual}=${target}),"${STATUS_LABELS[o.lang][1]}",${status})`;
}

/**
 * Cumulative target at the end of quarter q, by the indicator's nature: a flow's share of the
 * annual target (PLAN.QUARTERTARGET); a stock's path from its base to the target (the same share
 * of the increase); a rate's or a lower-is-better level's target itself, which holds all year.
 */
export function quarterTargetFormula(
  annual: string,
  q: number,
  nature: IndicatorNature,
  base?: string,
): string {
  const whole = `IF(${annual}="","",${annual})`;
  if (nature === "flow") return NATIVE.QUARTERTARGET([annual, String(q)]);
  if (nature === "stock" && base !== undefined) {
    const path = `${base}+${NATIVE.QUARTERTARGET([`${annual}-${base}`, String(q)])}`;
    return `IF(OR(${annual}="",${base}=""),${whole},${path})`;
  }
  return whole;
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
