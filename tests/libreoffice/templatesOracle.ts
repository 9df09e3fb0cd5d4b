/**
 * What each template's formulas must compute, from src/core's rules and the PLAN functions'
 * definitions, independently of any formula text. The LibreOffice template tests compare every
 * recalculated cell against these.
 */
import { DEFAULT_RED, DEFAULT_YELLOW, STATUS_LABELS } from "../../src/core/statusLabels";
import { serialFromYMD, ymdFromSerial } from "../../src/core/excelDate";
import type { Lang } from "../../src/core/errors";

export type Expected = number | string;

export function completion(actual: number | undefined, target: number | undefined, lower: boolean): Expected {
  if (actual === undefined || target === undefined) return "";
  return lower ? target / actual : actual / target;
}

/** 序时进度: days elapsed in [start, end], both counted, clamped to [0, 1]. */
export function timeProgress(date: number | undefined, year?: number): Expected {
  if (date === undefined) return "";
  const y = year ?? ymdFromSerial(date).year;
  const s = serialFromYMD(y, 1, 1);
  const e = serialFromYMD(y, 12, 31);
  return Math.max(0, Math.min(1, (date - s + 1) / (e - s + 1)));
}

export function status(
  actual: number | undefined,
  target: number | undefined,
  tp: Expected,
  lower: boolean,
  lang: Lang,
): Expected {
  if (actual === undefined || target === undefined) return "";
  const [done, ok, behind, far] = STATUS_LABELS[lang];
  const c = lower ? target / actual : actual / target;
  const progress = lower || tp === "" ? 1 : (tp as number);
  if (c >= 1) return done;
  const gap = progress - c;
  if (gap < DEFAULT_YELLOW) return ok;
  if (gap <= DEFAULT_RED) return behind;
  return far;
}

/** RANK(value, values) descending: 1 + the number of strictly greater values. */
export function rank(value: Expected, values: Expected[]): Expected {
  if (typeof value !== "number") return "";
  return 1 + values.filter((v) => typeof v === "number" && v > value).length;
}

export function required(
  actual: number | undefined,
  target: number | undefined,
  yearsLeft: Expected,
): Expected {
  if (actual === undefined || target === undefined || typeof yearsLeft !== "number") return "";
  if (yearsLeft < 1 || actual <= 0 || target < 0) return "";
  return Math.pow(target / actual, 1 / yearsLeft) - 1;
}
