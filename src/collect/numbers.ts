/**
 * Reading what counties type into number cells: "2000万", "1,234", full-width "１２３４",
 * "12.5%", "3.2亿元", and units that differ from the plan's (元 where the plan says 万元).
 * Every reading says how it was read, so the report can tell the official.
 */

export interface Unit {
  /** The unit without its magnitude prefix: 元, 人, 件, %, … */
  base: string;
  /** Magnitude: 万元 is 1e4 元. */
  mult: number;
}

const PREFIXES: [string, number][] = [
  ["百万", 1e6],
  ["千万", 1e7],
  ["十万", 1e5],
  ["万", 1e4],
  ["亿", 1e8],
  ["千", 1e3],
];

/** Unicode compatibility folding: full-width digits, letters, parentheses, % and punctuation. */
export function fold(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[\u3000\s]+/g, " ")
    .trim();
}

export function parseUnit(unit: string): Unit {
  const u = fold(unit).replace(/\s+/g, "");
  if (u === "%" || u === "") return { base: u, mult: 1 };
  for (const [p, m] of PREFIXES) {
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

export type Reading =
  | { ok: true; value: number; how: "number" }
  /** Text read as a number: `text` is what was typed; `unitNote` when a unit was converted. */
  | { ok: true; value: number; how: "text"; text: string; unitFrom?: string }
  | { ok: false; text: string };

const NUMBER_TEXT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(百万|千万|十万|万|亿|千)?(.*)$/;

/** Reads a typed text as a value in `unit`. */
export function readNumberText(text: string, unit: string): Reading {
  let t = fold(text).replace(/\s+/g, "");
  // Thousands separators: "1,234,567.8" (also after folding "１，２３４").
  t = t.replace(/(\d),(?=\d{3}(?:\D|$))/g, "$1");
  const m = NUMBER_TEXT.exec(t);
  if (!m) return { ok: false, text };
  const n = Number(m[1]);
  const prefix = m[2] ? PREFIXES.find(([p]) => p === m[2])![1] : 1;
  const rest = m[3];
  const target = parseUnit(unit);
  if (rest === "%") {
    if (target.base !== "%") return { ok: false, text };
    return { ok: true, value: n / 100, how: "text", text };
  }
  if (rest === "") {
    if (prefix === 1) return { ok: true, value: n, how: "text", text };
    // "2000万" in a 件 column is 20,000,000 件; in a 万元 column it is 2000 万元.
    if (target.base === "%") return { ok: false, text };
    return { ok: true, value: (n * prefix) / target.mult, how: "text", text };
  }
  const typed = parseUnit(rest);
  if (typed.base !== target.base) return { ok: false, text };
  const mult = prefix * typed.mult;
  const value = (n * mult) / target.mult;
  return mult === target.mult
    ? { ok: true, value, how: "text", text }
    : { ok: true, value, how: "text", text, unitFrom: `${m[2] ?? ""}${rest}` };
}

/** Rounds away binary noise from unit conversions (0.1 × 3 and the like) for display. */
export function tidy(x: number): number {
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : x;
}
