/**
 * Excel date serial numbers (1900 date system), including Excel's deliberate 1900 leap-year
 * bug: serial 60 is the non-existent 29 February 1900, so serials from 61 on are one day
 * ahead of a true day count from 31 December 1899. Shared by PLAN.TIMEPROGRESS, the templates
 * (ISO dates in plans) and consolidation.
 */

const MS_PER_DAY = 86_400_000;
// Day 0 of the serial count for dates from 1 March 1900 on.
const EPOCH_AFTER_BUG = Date.UTC(1899, 11, 30);
// Day 0 for 1 Jan – 28 Feb 1900 (serials 1–59).
const EPOCH_BEFORE_BUG = Date.UTC(1899, 11, 31);

export interface YMD {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

/** The serial Excel's DATE(year, month, day) gives, for valid calendar dates from 1900 on. */
export function serialFromYMD(year: number, month: number, day: number): number {
  const ms = Date.UTC(year, month - 1, day);
  const days = Math.round((ms - EPOCH_AFTER_BUG) / MS_PER_DAY);
  // Before 1 March 1900 the count has not yet passed the phantom 29 February.
  return days < 61 ? Math.round((ms - EPOCH_BEFORE_BUG) / MS_PER_DAY) : days;
}

/** The calendar date of a serial (its whole part), as Excel shows it; serial 60 is 1900-02-29. */
export function ymdFromSerial(serial: number): YMD {
  const s = Math.floor(serial);
  if (s === 60) return { year: 1900, month: 2, day: 29 };
  const d = new Date(s < 60 ? EPOCH_BEFORE_BUG + s * MS_PER_DAY : EPOCH_AFTER_BUG + s * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses an ISO yyyy-mm-dd date into a serial; undefined when it is not a real date. */
export function serialFromIso(iso: string): number | undefined {
  const m = ISO.exec(iso.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
    return undefined;
  if (y < 1900) return undefined;
  return serialFromYMD(y, mo, d);
}

export function isoFromSerial(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
