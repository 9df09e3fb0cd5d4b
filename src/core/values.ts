/**
 * How the PLAN functions read one cell value. Hosts hand over whatever the cell holds: numbers,
 * text, booleans, nothing, or an error value; this module turns that into a number, a blank or a
 * PlanError, the way Excel's own arithmetic would (numeric text and TRUE/FALSE count as numbers).
 */
import { PlanError, type ErrorCode } from "./errors";

/** Anything a host may pass for one cell. */
export type CellInput = unknown;

/** One computed cell: a number, text (STATUS labels), a blank (null) or an error. */
export type CellResult = number | string | null | PlanError;

/** A parameter's name in both languages, for error messages. */
export interface Label {
  zh: string;
  en: string;
}

// Excel's error values: "#VALUE!", "#N/A", "#REF!", "#GETTING_DATA", "#SPILL!"…
const ERROR_CODE = /^#[A-Z0-9/_]+[!?]?$/;

const inputErrors = new Map<string, PlanError>();

/** The PlanError standing for an error value that arrived as input (kept by code, so repeated
 * errors in a large range allocate nothing). */
export function inputError(code: string): PlanError {
  let e = inputErrors.get(code);
  if (!e) {
    e = new PlanError(code as ErrorCode, "输入中含有错误值", "An input is an error value");
    inputErrors.set(code, e);
  }
  return e;
}

/** An error value from a host: a PlanError, or an object carrying an Excel error code (Office
 * passes CustomFunctions.Error-like objects). */
export function asInputError(x: unknown): PlanError | undefined {
  if (x instanceof PlanError) return x;
  if (typeof x === "object" && x !== null) {
    const code =
      (x as { code?: unknown; errorCode?: unknown }).code ?? (x as { errorCode?: unknown }).errorCode;
    if (typeof code === "string" && ERROR_CODE.test(code)) return inputError(code);
  }
  return undefined;
}

const notNumberCache = new Map<string, PlanError>();

export function notNumber(param: Label): PlanError {
  let e = notNumberCache.get(param.en);
  if (!e) {
    e = new PlanError("#VALUE!", `参数“${param.zh}”不是数字`, `Argument "${param.en}" is not a number`);
    notNumberCache.set(param.en, e);
  }
  return e;
}

// Decimal text as Excel's arithmetic accepts it: sign, thousands separators, decimals,
// exponent, trailing percent. Dates and words stay text.
const NUMERIC_TEXT = /^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(e[+-]?\d+)?(%?)$/i;

/** Parses numeric text; undefined when it is not a number. */
export function parseNumericText(s: string): number | undefined {
  const m = NUMERIC_TEXT.exec(s.trim());
  if (!m) return undefined;
  const n = Number(m[1] + m[2].replace(/,/g, "") + (m[3] ?? ""));
  if (!Number.isFinite(n)) return undefined;
  return m[4] ? n / 100 : n;
}

/** True when the cell counts as blank: nothing, or empty text (a formula returning ""). */
export function isBlank(x: unknown): boolean {
  return x === null || x === undefined || x === "";
}

/**
 * The number in a cell, or a PlanError. Call only after blank and input-error checks.
 * NaN and ±Infinity cannot come from a spreadsheet; they are treated as an invalid number.
 */
export function toNumber(x: unknown, param: Label): number | PlanError {
  if (typeof x === "number") return Number.isFinite(x) ? x : OVERFLOW;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "string") {
    const n = parseNumericText(x);
    return n === undefined ? notNumber(param) : n;
  }
  return asInputError(x) ?? notNumber(param);
}

export const OVERFLOW = new PlanError(
  "#NUM!",
  "结果超出可计算的数值范围",
  "The result is outside the range of numbers a spreadsheet can hold",
);

/** A computed number, or #NUM! when it overflowed or is undefined. */
export function finite(x: number): number | PlanError {
  return Number.isFinite(x) ? x : OVERFLOW;
}

/** The input error in x, if x is an error value. */
export function errorIn(x: unknown): PlanError | undefined {
  return typeof x === "object" && x !== null ? asInputError(x) : undefined;
}

/**
 * The shared order of precedence for one call, as in the native formulas: an error value in a
 * required argument wins (Excel propagates it), then a blank required argument makes the result
 * blank (a figure not yet reported). After this, each function reads its arguments from left to
 * right — the first error value or non-numeric text decides — and only then checks the domain
 * (#NUM!, #DIV/0!). Returns undefined when computation should go on.
 */
export function precheck(required: readonly unknown[]): PlanError | null | undefined {
  for (const x of required) {
    const e = errorIn(x);
    if (e) return e;
  }
  for (const x of required) if (isBlank(x)) return null;
  return undefined;
}

/**
 * The required arguments after precheck, read left to right as numbers with their labels: the
 * numbers, or the blank (null) or first error that decides the result.
 */
export function requiredNumbers(
  args: readonly unknown[],
  labels: readonly Label[],
): number[] | PlanError | null {
  const early = precheck(args);
  if (early !== undefined) return early;
  const out: number[] = [];
  for (let i = 0; i < args.length; i++) {
    const n = toNumber(args[i], labels[i]);
    if (typeof n !== "number") return n;
    out.push(n);
  }
  return out;
}

/** An optional argument's number: its default when omitted or blank. */
export function optionalNumber(x: unknown, fallback: number, param: Label): number | PlanError {
  return isBlank(x) ? fallback : toNumber(x, param);
}
