/**
 * Numbers as officials type them, the one module for it: the pane's plan editor and table
 * import, collect (returned forms) and extract all read typed numbers here.
 *
 * What it accepts: "1,234" (thousands separators), full-width "１２３４．５" and "１，２３４",
 * "２５％", "−3" (Unicode minus), "2000万", "3.2亿元", "20000元" and a unit that differs from the
 * column's by a magnitude (元 vs 万元). What it refuses: anything else, and any text whose value
 * is not a finite number a spreadsheet can hold exactly (a 400-digit string is not Infinity,
 * it is an error for the caller to report).
 */

export interface Unit {
  /** The unit without its magnitude prefix: 元, 人, 件, %, … */
  base: string;
  /** Magnitude: 万元 is 1e4 元. */
  mult: number;
}

/** Magnitude prefixes, longest first where one is a prefix of another. */
export const MAGNITUDES: readonly (readonly [string, number])[] = [
  ["百万", 1e6],
  ["千万", 1e7],
  ["十万", 1e5],
  ["万", 1e4],
  ["亿", 1e8],
  ["千", 1e3],
];

/**
 * Beyond 15 significant digits Excel stores a different number than was typed; no indicator
 * of a government plan comes near it, so a larger magnitude is a typing accident.
 */
export const MAX_OFFICIAL_NUMBER = 1e15;

/** Unicode compatibility folding (full-width digits, letters, ％, ，, ．) and one space for runs. */
export function fold(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[\u3000\s]+/g, " ")
    .trim();
}

/** Folds, then maps what NFKC leaves: 。 as a decimal point and the minus signs. */
function normalise(text: string): string {
  return fold(text).replace(/。/g, ".").replace(/[−–]/g, "-").replace(/\s+/g, "");
}

export function parseUnit(unit: string): Unit {
  const u = fold(unit).replace(/\s+/g, "");
  if (u === "%" || u === "") return { base: u, mult: 1 };
  for (const [p, m] of MAGNITUDES) {
    if (u.startsWith(p) && u.length > p.length && !u.includes("/"))
      return { base: u.slice(p.length), mult: m };
  }
  return { base: u, mult: 1 };
}

/** Factor turning a value in `from` into `to` (2000 元 → 0.2 万元: 1e-4); undefined if unrelated. */
export function unitFactor(from: string, to: string): number | undefined {
  const a = parseUnit(from);
  const b = parseUnit(to);
  if (a.base !== b.base) return undefined;
  return a.mult / b.mult;
}

/** Rounds away binary noise from unit conversions (0.1 × 3 and the like). */
export function tidy(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : x;
}

/** Whether a value is one a cell can hold as typed: finite and below 1e15 in magnitude. */
export function isSaneNumber(x: number): boolean {
  return Number.isFinite(x) && Math.abs(x) < MAX_OFFICIAL_NUMBER;
}

export type Reading =
  | { ok: true; value: number; how: "number" }
  /** Text read as a number: `text` is what was typed; `unitFrom` when a unit was converted. */
  | { ok: true; value: number; how: "text"; text: string; unitFrom?: string }
  /** `tooLarge`: a number, but not one a cell can hold (non-finite or ≥ 1e15). */
  | { ok: false; text: string; tooLarge?: boolean };

const DIGITS = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const NUMBER_TEXT = new RegExp(`^(${DIGITS})(百万|千万|十万|万|亿|千)?(.*)$`);
const PLAIN_NUMBER = new RegExp(`^${DIGITS}$`);

/** Removes thousands separators: "1,234,567.8" (also "１，２３４" after folding). */
function dropSeparators(t: string): string {
  return t.replace(/(\d),(?=\d{3}(?:\D|$))/g, "$1");
}

/** Reads a typed text as a value in `unit` (the unit of the column it was typed in). */
export function readOfficialNumber(text: string, unit: string): Reading {
  const t = dropSeparators(normalise(text));
  const m = NUMBER_TEXT.exec(t);
  if (!m) return { ok: false, text };
  const n = Number(m[1]);
  if (!isSaneNumber(n)) return { ok: false, text, tooLarge: true };
  const prefix = m[2] ? MAGNITUDES.find(([p]) => p === m[2])![1] : 1;
  const rest = m[3];
  const target = parseUnit(unit);
  const done = (value: number, unitFrom?: string): Reading => {
    if (!isSaneNumber(value)) return { ok: false, text, tooLarge: true };
    return unitFrom === undefined
      ? { ok: true, value, how: "text", text }
      : { ok: true, value, how: "text", text, unitFrom };
  };
  if (rest === "%") {
    if (target.base !== "%") return { ok: false, text };
    return done(tidy(n / 100));
  }
  if (rest === "") {
    if (prefix === 1) return done(n);
    // "2000万" in a 件 column is 20,000,000 件; in a 万元 column it is 2000 万元.
    if (target.base === "%") return { ok: false, text };
    return done((n * prefix) / target.mult);
  }
  const typed = parseUnit(rest);
  if (typed.base !== target.base) return { ok: false, text };
  const mult = prefix * typed.mult;
  const value = (n * mult) / target.mult;
  return mult === target.mult ? done(value) : done(value, `${m[2] ?? ""}${rest}`);
}

/** A plain typed number (no unit); blank is "not given" (value undefined). */
export type Parsed = { ok: true; value: number | undefined } | { ok: false };

export function parsePlainNumber(text: string): Parsed {
  const s = dropSeparators(normalise(text));
  if (s === "") return { ok: true, value: undefined };
  if (!PLAIN_NUMBER.test(s)) return { ok: false };
  const value = Number(s);
  return isSaneNumber(value) ? { ok: true, value } : { ok: false };
}

/**
 * An amount typed into a field whose unit is known (the plan editor's base and target):
 * "2000万" or "3.2亿元" in a 万元 field, "1,234" anywhere; blank is "not given".
 */
export function parseAmountText(text: string, unit: string): Parsed {
  if (normalise(text) === "") return { ok: true, value: undefined };
  const r = readOfficialNumber(text, unit);
  return r.ok ? { ok: true, value: tidy(r.value) } : { ok: false };
}

/** A percentage typed as "25" or "25%" (full-width too) → 0.25. */
export function parsePercentText(text: string): Parsed {
  const r = parsePlainNumber(normalise(text).replace(/%$/, ""));
  if (!r.ok || r.value === undefined) return r;
  return { ok: true, value: tidy(r.value / 100) };
}

/** A four-digit year typed in any width. */
export function parseYearText(text: string): number | undefined {
  const s = normalise(text);
  return /^\d{4}$/.test(s) ? Number(s) : undefined;
}
