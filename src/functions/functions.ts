/**
 * The PLAN custom functions as Excel sees them. The JSDoc below is the English metadata: the
 * custom-functions metadata plugin turns it into functions.json and registers each function
 * under its id; scripts/functions-locale-plugin.js checks it against catalog.json and writes the
 * Chinese functions-zh-cn.json. Names stay English in every language (Office writes formulas in
 * the invariant language). Every argument is declared as a matrix so that a range arrives whole
 * and the result spills; the work happens in src/core.
 */
import { cagr, required as requiredCell, target as targetCell } from "../core/growth";
import { per10k as per10kCell } from "../core/per10k";
import {
  completion as completionCell,
  gap as gapCell,
  timeProgress as timeProgressCell,
} from "../core/progress";
import { status as statusCell } from "../core/status";
import { spill, spillProject, spillQuarterTarget, spillSeries } from "./spill";

/**
 * Projects a value at a growth rate: base × (1 + rate)^periods. Any argument may be a range; the result spills cell by cell.
 * @customfunction PROJECT
 * @param base The base value.
 * @param rate The growth rate per period, e.g. 10%; must be greater than -100%.
 * @param [periods] The number of periods (years), 1 if omitted; must be greater than 0.
 * @returns The projected values.
 */
export function project(base: unknown[][], rate: unknown[][], periods?: unknown[][]): unknown[][] {
  return spillProject(base, rate, periods);
}

/**
 * Projects a series: one row with the values after 1 to N periods; with startYear, two rows: the years above, the values below.
 * @customfunction SERIES
 * @param base The base value; may be a column, one result row per base.
 * @param rate The growth rate per period, e.g. 10%; must be greater than -100%.
 * @param periods The number of periods N: a whole number from 1 to 16384.
 * @param [startYear] The year of the first period, e.g. 2024; omit it for no row of years.
 * @returns The projected series.
 */
export function series(
  base: unknown[][],
  rate: unknown[][],
  periods: unknown[][],
  startYear?: unknown[][],
): unknown[][] {
  return spillSeries(base, rate, periods, startYear);
}

/**
 * The binding target when a plan sets both a growth rate and a minimum: MAX(base × (1 + rate)^periods, floor).
 * @customfunction TARGET
 * @param base The base value.
 * @param rate The required growth rate, e.g. 30%; must be greater than -100%.
 * @param [floor] The minimum (floor), 0 if omitted.
 * @param [periods] The number of periods, 1 if omitted; must be greater than 0.
 * @returns The binding targets.
 */
export function target(
  base: unknown[][],
  rate: unknown[][],
  floor?: unknown[][],
  periods?: unknown[][],
): unknown[][] {
  return spill(targetCell, [base, rate, floor, periods]);
}

/**
 * The average growth rate per period (geometric): (end / start)^(1 / periods) - 1.
 * @customfunction CAGR
 * @param start The start value; must be greater than 0.
 * @param end The end value; must not be negative.
 * @param periods The number of periods (years); must be greater than 0.
 * @returns The average growth rates.
 */
export function averageGrowth(start: unknown[][], end: unknown[][], periods: unknown[][]): unknown[][] {
  return spill(cagr, [start, end, periods]);
}

/**
 * The growth per period still needed to reach the target: (target / current)^(1 / periodsLeft) - 1.
 * @customfunction REQUIRED
 * @param current The current value; must be greater than 0.
 * @param target The target value; must not be negative.
 * @param periodsLeft The number of periods left; must be greater than 0.
 * @returns The required growth rates.
 */
export function required(current: unknown[][], target: unknown[][], periodsLeft: unknown[][]): unknown[][] {
  return spill(requiredCell, [current, target, periodsLeft]);
}

/**
 * The gap to the target: target - actual; positive while still short.
 * @customfunction GAP
 * @param actual The actual value; blank gives a blank result.
 * @param target The target value.
 * @returns The gaps.
 */
export function gap(actual: unknown[][], target: unknown[][]): unknown[][] {
  return spill(gapCell, [actual, target]);
}

/**
 * The completion rate: actual / target.
 * @customfunction COMPLETION
 * @param actual The actual value; blank gives a blank result.
 * @param target The target value; 0 gives #DIV/0!.
 * @returns The completion rates.
 */
export function completion(actual: unknown[][], target: unknown[][]): unknown[][] {
  return spill(completionCell, [actual, target]);
}

/**
 * The elapsed share of the period by days: (asOf - start + 1) / (end - start + 1), clamped to 0...1; the period defaults to the calendar year of asOf.
 * @customfunction TIMEPROGRESS
 * @param asOf The date to measure at (a date serial number).
 * @param [start] The first day of the period, 1 January of that year if omitted.
 * @param [end] The last day of the period, 31 December of that year if omitted; not before start.
 * @returns The time progress.
 */
export function timeProgress(asOf: unknown[][], start?: unknown[][], end?: unknown[][]): unknown[][] {
  return spill(timeProgressCell, [asOf, start, end]);
}

/**
 * The progress status: "achieved" when completion >= 1; otherwise, with behind = timeProgress - completion: "on track" below yellow, "behind" up to red, "far behind" beyond.
 * @customfunction STATUS
 * @param actual The actual value; blank gives a blank result.
 * @param target The target value; 0 gives #DIV/0!.
 * @param [timeProgress] The time progress, 1 (the whole period) if omitted.
 * @param [yellow] The yellow threshold (points behind), 0.10 if omitted.
 * @param [red] The red threshold (points behind), 0.30 if omitted.
 * @param [lang] The label language: "zh" (default) or "en".
 * @returns The status labels.
 */
export function status(
  actual: unknown[][],
  target: unknown[][],
  timeProgress?: unknown[][],
  yellow?: unknown[][],
  red?: unknown[][],
  lang?: unknown[][],
): unknown[][] {
  return spill(statusCell, [actual, target, timeProgress, yellow, red, lang]);
}

/**
 * The count per 10,000 people: count / population × 10000 (population in persons).
 * @customfunction PER10K
 * @param count The count, e.g. valid invention patents at year end.
 * @param population The resident population in persons; 0 gives #DIV/0!.
 * @returns The counts per 10,000 people.
 */
export function per10k(count: unknown[][], population: unknown[][]): unknown[][] {
  return spill(per10kCell, [count, population]);
}

/**
 * The cumulative target due by the end of a quarter: annualTarget × quarter / 4, or by the cumulative share of four weights.
 * @customfunction QUARTERTARGET
 * @param annualTarget The annual target.
 * @param quarter The quarter: a whole number from 1 to 4.
 * @param [weights] Four quarterly weights in one row or column; equal shares if omitted.
 * @returns The cumulative targets.
 */
export function quarterTarget(
  annualTarget: unknown[][],
  quarter: unknown[][],
  weights?: unknown[][],
): unknown[][] {
  return spillQuarterTarget(annualTarget, quarter, weights);
}
