/**
 * What each template's formulas must compute, from src/core: the JavaScript PLAN functions
 * (the same functions the add-in registers) and the plan rules, independently of any formula
 * text. The LibreOffice template tests compare every recalculated cell against these.
 */
import {
  completion as planCompletion,
  gap as planGap,
  timeProgress as planTimeProgress,
} from "../../src/core/progress";
import { status as planStatus } from "../../src/core/status";
import { required as planRequired, cagr as planCagr } from "../../src/core/growth";
import { quarterTarget as planQuarterTarget } from "../../src/core/quarter";
import { serialFromYMD } from "../../src/core/excelDate";
import { STATUS_LABELS } from "../../src/core/statusLabels";
import { isPlanError, type Lang } from "../../src/core/errors";
import type { CellResult } from "../../src/core/values";
import type { IndicatorNature } from "../../src/core/plan";

export type Expected = number | string;

/** A PLAN function's result as a cell shows it: a number, a text, "" for blank, "#…" for errors. */
function cell(x: CellResult): Expected {
  if (x === null || x === undefined) return "";
  if (isPlanError(x)) return x.code;
  return x;
}

const arg = (x: number | undefined) => (x === undefined ? null : x);

/** 完成率: PLAN.COMPLETION(actual, target), or (target, actual) when lower is better. */
export function completion(actual: number | undefined, target: number | undefined, lower: boolean): Expected {
  return cell(lower ? planCompletion(arg(target), arg(actual)) : planCompletion(arg(actual), arg(target)));
}

/** 差距: PLAN.GAP(actual, target), or (target, actual) when lower is better. */
export function gap(actual: number | undefined, target: number | undefined, lower: boolean): Expected {
  return cell(lower ? planGap(arg(target), arg(actual)) : planGap(arg(actual), arg(target)));
}

/** 序时进度: PLAN.TIMEPROGRESS(date), or within a given year. */
export function timeProgress(date: number | undefined, year?: number): Expected {
  if (year === undefined) return cell(planTimeProgress(arg(date)));
  return cell(planTimeProgress(arg(date), serialFromYMD(year, 1, 1), serialFromYMD(year, 12, 31)));
}

/** PLAN.STATUS by the indicator's nature: a flow against 序时进度; a stock's increase from its
 * base against 序时进度 (plain completion without a base, or when the target is not above it); a
 * rate or a lower-is-better level against 100%. While 序时进度 is blank (no as-of date), a flow
 * or stock below its target is blank: its pace is unknown (a reached target is still achieved).
 * With a strict comparator (超过), a value equal to the target is on track, not achieved. */
export function status(
  actual: number | undefined,
  target: number | undefined,
  tp: Expected,
  lower: boolean,
  lang: Lang,
  strict = false,
  nature: IndicatorNature = "flow",
  base?: number,
): Expected {
  // 超过: reaching the target exactly is not yet achieved.
  if (strict && actual !== undefined && actual === target) return STATUS_LABELS[lang][1];
  if (lower) return cell(planStatus(arg(target), arg(actual), null, null, null, lang));
  if (nature === "rate") return cell(planStatus(arg(actual), arg(target), null, null, null, lang));
  // No 序时进度: below the target the pace is unknown, so blank (not judged against the whole
  // target). Completion below 100% is what PLAN.STATUS reads as not reached.
  const c = planCompletion(arg(actual), arg(target));
  if (tp === "" && typeof c === "number" && c < 1) return "";
  const t = tp === "" ? null : tp;
  if (
    nature === "stock" &&
    base !== undefined &&
    actual !== undefined &&
    target !== undefined &&
    target > base
  ) {
    return cell(planStatus(actual - base, target - base, t, null, null, lang));
  }
  return cell(planStatus(arg(actual), arg(target), t, null, null, lang));
}

/** The cumulative target at the end of quarter q: a flow's share (PLAN.QUARTERTARGET), a stock's
 * path from its base, a rate's target itself. */
export function quarterTarget(
  annual: number | undefined,
  q: number,
  nature: IndicatorNature = "flow",
  base?: number,
): Expected {
  if (nature === "flow") return cell(planQuarterTarget(arg(annual), q));
  if (annual === undefined) return "";
  if (nature === "stock" && base !== undefined) {
    const share = planQuarterTarget(annual - base, q);
    return typeof share === "number" ? base + share : cell(share);
  }
  return annual;
}

/** PLAN.CAGR from base to target over n years (blank without a positive base). */
export function impliedRate(base: number | undefined, target: number | undefined, n: number): Expected {
  if (base === undefined || base <= 0 || target === undefined || target < 0) return "";
  return cell(planCagr(base, target, n));
}

/** RANK(value, values) descending: 1 + the number of strictly greater values. */
export function rank(value: Expected, values: Expected[]): Expected {
  if (typeof value !== "number") return "";
  return 1 + values.filter((v) => typeof v === "number" && v > value).length;
}

/** PLAN.REQUIRED over the whole years left; blank when none is left or the actual is not positive. */
export function required(
  actual: number | undefined,
  target: number | undefined,
  yearsLeft: Expected,
): Expected {
  if (actual === undefined || target === undefined || typeof yearsLeft !== "number") return "";
  if (yearsLeft < 1 || actual <= 0 || target < 0) return "";
  return cell(planRequired(actual, target, yearsLeft));
}
