/**
 * PLAN.STATUS: a traffic-light label for an indicator. "已完成" once the target is reached;
 * otherwise the shortfall against 序时进度 (behind = timeProgress − completion, in percentage
 * points) picks "正常" (behind < yellow), "滞后" (behind ≤ red) or "严重滞后".
 */
import type { Lang } from "./errors";
import { isZero } from "./functionErrors";
import { ACTUAL, TARGET_VALUE } from "./progress";
import { DEFAULT_RED, DEFAULT_YELLOW, STATUS_LABELS } from "./statusLabels";
import { type CellResult, type Label, OVERFLOW, errorIn, optionalNumber, requiredNumbers } from "./values";

export const TIME_PROGRESS: Label = { zh: "序时进度", en: "timeProgress" };
export const YELLOW: Label = { zh: "黄灯阈值", en: "yellow" };
export const RED: Label = { zh: "红灯阈值", en: "red" };

/**
 * The shortfall rounded to 12 decimals, so that 50% − 40% counts as exactly 10 points behind
 * (binary floating point makes it 0.09999999999999998) in JavaScript, Excel and LibreOffice alike.
 */
export function roundBehind(x: number): number {
  return Math.round(x * 1e12) / 1e12;
}

/** The label language chosen by the lang argument: "en" (any case) for English, else Chinese. */
export function statusLang(lang: unknown): Lang {
  return typeof lang === "string" && lang.toLowerCase() === "en" ? "en" : "zh";
}

/**
 * Evaluated in the order its native formula evaluates (Excel's IF is lazy): a reached target is
 * "achieved" whatever the thresholds hold; the yellow threshold is read only when the target is
 * not reached, the red one only when the shortfall is not below yellow. The label language is
 * read last, whichever label is chosen.
 */
export function status(
  actual: unknown,
  targetValue: unknown,
  timeProgress?: unknown,
  yellow?: unknown,
  red?: unknown,
  lang?: unknown,
): CellResult {
  const args = requiredNumbers([actual, targetValue], [ACTUAL, TARGET_VALUE]);
  if (!Array.isArray(args)) return args;
  const [a, t] = args;
  if (t === 0) return isZero(TARGET_VALUE);
  const c = a / t;
  if (!Number.isFinite(c)) return OVERFLOW;
  if (c >= 1) return label(0, lang);
  const tp = optionalNumber(timeProgress, 1, TIME_PROGRESS);
  if (typeof tp !== "number") return tp;
  const behind = roundBehind(tp - c);
  const y = optionalNumber(yellow, DEFAULT_YELLOW, YELLOW);
  if (typeof y !== "number") return y;
  if (behind < y) return label(1, lang);
  const r = optionalNumber(red, DEFAULT_RED, RED);
  if (typeof r !== "number") return r;
  return label(behind <= r ? 2 : 3, lang);
}

function label(i: 0 | 1 | 2 | 3, lang: unknown): CellResult {
  const e = errorIn(lang);
  if (e) return e;
  return STATUS_LABELS[statusLang(lang)][i];
}
