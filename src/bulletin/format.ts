/**
 * Numbers as officials write them in a 通报: completion to 0.1%, gaps in 个百分点 to 0.1, values
 * without binary noise. Rounding is half away from zero on the decimal value (53.25% → 53.3%),
 * never on the binary approximation (0.5325 is stored as 0.53249999…).
 */
import type { Lang } from "../core/errors";
import { ymdFromSerial } from "../core/excelDate";

/** A fraction as whole tenths of a percent: 0.5325 → 533 (53.3%). */
export function tenthsOfPercent(x: number): number {
  const scaled = Number((Math.abs(x) * 1000).toPrecision(12));
  return Math.sign(x) * Math.round(scaled);
}

/** Tenths as text with one decimal: 533 → "53.3", -5 → "-0.5". */
export function tenthsText(t: number): string {
  const a = Math.abs(t);
  return `${t < 0 ? "-" : ""}${Math.floor(a / 10)}.${a % 10}`;
}

/** A fraction as a percentage with one decimal: 0.5325 → "53.3%". */
export function percentText(x: number): string {
  return `${tenthsText(tenthsOfPercent(x))}%`;
}

/** A value in its unit as an official writes it: at most two decimals, none trailing; % as a percentage. */
export function valueText(v: number, unit: string): string {
  if (unit.trim() === "%") return percentText(v);
  const r = Number((Math.sign(v) * Math.round(Number((Math.abs(v) * 100).toPrecision(12)))) / 100);
  return Object.is(r, -0) ? "0" : String(r);
}

/** A value followed by its unit ("212件", "95.0%", "1,200 万元" in English style). */
export function valueWithUnit(v: number, unit: string, lang: Lang): string {
  const u = unit.trim();
  if (u === "%") return percentText(v);
  if (!u) return valueText(v, u);
  return lang === "zh" ? `${valueText(v, u)}${u}` : `${valueText(v, u)} ${u}`;
}

const ZH_QUARTER = ["一", "二", "三", "四"];
const EN_MONTH = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** The quarter (1–4) a date falls in. */
export function quarterOf(serial: number): number {
  return Math.ceil(ymdFromSerial(serial).month / 3);
}

/** 第二季度 / Q2. */
export function quarterText(q: number, lang: Lang): string {
  return lang === "zh" ? `第${ZH_QUARTER[q - 1]}季度` : `Q${q}`;
}

/**
 * A date as a 通报 writes it. GB/T 9704-2012 7.3.5.1: 成文日期 in Arabic numerals, year in full,
 * month and day without leading zeros ("2024年7月5日").
 */
export function dateText(serial: number, lang: Lang, withYear = true): string {
  const { year, month, day } = ymdFromSerial(serial);
  if (lang === "zh") return `${withYear ? `${year}年` : ""}${month}月${day}日`;
  return `${day} ${EN_MONTH[month - 1]}${withYear ? ` ${year}` : ""}`;
}
