/**
 * The domain errors of the PLAN functions, each with its Excel error code and a short message in
 * Chinese and English. Instances are shared: a million failing cells allocate nothing.
 */
import { PlanError } from "./errors";
import type { Label } from "./values";

export const RATE_TOO_LOW = new PlanError(
  "#NUM!",
  "增长率必须大于 -100%",
  "The growth rate must be greater than -100%",
);

export const MISMATCHED_RANGES = new PlanError(
  "#N/A",
  "区域大小不一致,此处无对应的值",
  "The ranges differ in size: no matching value here",
);

export const RESULT_TOO_LARGE = new PlanError(
  "#NUM!",
  "结果区域过大",
  "The result would be too large a range",
);

const positive = new Map<string, PlanError>();
const nonNegative = new Map<string, PlanError>();
const zero = new Map<string, PlanError>();

/** #NUM! for an argument that must be greater than zero. */
export function mustBePositive(p: Label): PlanError {
  let e = positive.get(p.en);
  if (!e) {
    e = new PlanError("#NUM!", `“${p.zh}”必须大于 0`, `"${p.en}" must be greater than 0`);
    positive.set(p.en, e);
  }
  return e;
}

/** #NUM! for an argument that must not be negative. */
export function mustNotBeNegative(p: Label): PlanError {
  let e = nonNegative.get(p.en);
  if (!e) {
    e = new PlanError("#NUM!", `“${p.zh}”不能为负数`, `"${p.en}" must not be negative`);
    nonNegative.set(p.en, e);
  }
  return e;
}

/** #DIV/0! for a divisor that is zero. */
export function isZero(p: Label): PlanError {
  let e = zero.get(p.en);
  if (!e) {
    e = new PlanError("#DIV/0!", `“${p.zh}”为 0,无法相除`, `"${p.en}" is 0: cannot divide by it`);
    zero.set(p.en, e);
  }
  return e;
}

export const QUARTER_OUT_OF_RANGE = new PlanError(
  "#NUM!",
  "季度必须是 1 到 4 的整数",
  "The quarter must be a whole number from 1 to 4",
);

export const END_BEFORE_START = new PlanError(
  "#NUM!",
  "截止日期早于开始日期",
  "The end date is before the start date",
);

export const DATE_OUT_OF_RANGE = new PlanError(
  "#NUM!",
  "日期超出 Excel 的日期范围(1900-01-01 至 9999-12-31)",
  "The date is outside Excel's date range (1900-01-01 to 9999-12-31)",
);

export const WEIGHTS_SHAPE = new PlanError(
  "#VALUE!",
  "权重必须是一行或一列中的 4 个数",
  "The weights must be 4 numbers in one row or one column",
);

export const SERIES_PERIODS = new PlanError(
  "#NUM!",
  "期数必须是 1 到 16384 的整数",
  "The number of periods must be a whole number from 1 to 16384",
);

export const SINGLE_VALUE_ONLY = new PlanError(
  "#VALUE!",
  "此参数只能是单个值,不能是区域",
  "This argument takes a single value, not a range",
);
