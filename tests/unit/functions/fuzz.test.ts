/**
 * Random and hostile input through the real entry points: whatever arrives, every function
 * returns a rectangular matrix whose every cell is a finite number, text or an Excel error —
 * never a throw, NaN or Infinity — and returns at all.
 */
import fc from "fast-check";
import * as PLAN from "../../../src/functions/functions";
import { FakeExcelError, installFakeCustomFunctions } from "./fakeExcel";

beforeAll(installFakeCustomFunctions);

const hostile = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    Infinity,
    -Infinity,
    NaN,
    1e308,
    -1e308,
    5e-324,
    Number.MAX_SAFE_INTEGER,
    2958466,
    16385,
  ),
  fc.string(),
  fc.constantFrom("", " ", "abc", "10%", "1,000", "1e999", "en", "zh", "#N/A", "一百", "TRUE"),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.constantFrom(
    new FakeExcelError("#N/A"),
    new FakeExcelError("#DIV/0!", "x"),
    new FakeExcelError("#REF!"),
    { code: "#SPILL!" },
    { code: "#REF!" },
    {},
    [],
    [[1]],
    Symbol.for("s") as unknown,
  ),
);

/** An argument as Excel might pass it, or in shapes Excel never would. */
const arg = fc.oneof(
  { weight: 3, arbitrary: hostile.map((x) => [[x]]) },
  {
    weight: 2,
    arbitrary: fc.array(fc.array(hostile, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
  },
  {
    weight: 1,
    arbitrary: fc.array(
      hostile.map((x) => [x]),
      { minLength: 1, maxLength: 40 },
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, [], [[]], 7, "x", [1, 2] as unknown) },
);

const ENTRY_POINTS: [string, (...a: unknown[]) => unknown[][], number][] = [
  ["PROJECT", PLAN.project as never, 3],
  ["SERIES", PLAN.series as never, 4],
  ["TARGET", PLAN.target as never, 4],
  ["CAGR", PLAN.averageGrowth as never, 3],
  ["REQUIRED", PLAN.required as never, 3],
  ["GAP", PLAN.gap as never, 2],
  ["COMPLETION", PLAN.completion as never, 2],
  ["TIMEPROGRESS", PLAN.timeProgress as never, 3],
  ["STATUS", PLAN.status as never, 6],
  ["PER10K", PLAN.per10k as never, 2],
  ["QUARTERTARGET", PLAN.quarterTarget as never, 3],
];

/** The error values a custom function may return. */
const OUTPUT_CODES = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"];

function wellFormed(result: unknown): boolean {
  if (!Array.isArray(result) || result.length === 0) return false;
  const width = (result[0] as unknown[]).length;
  return result.every(
    (row) =>
      Array.isArray(row) &&
      row.length === width &&
      width > 0 &&
      row.every(
        (c) =>
          (typeof c === "number" && Number.isFinite(c)) ||
          typeof c === "string" ||
          (c instanceof FakeExcelError && OUTPUT_CODES.includes(c.code)),
      ),
  );
}

describe("fuzzing the PLAN functions", () => {
  it.each(ENTRY_POINTS)("PLAN.%s answers every input with a well-formed spill", (_name, fn, arity) => {
    fc.assert(
      fc.property(fc.array(arg, { minLength: 0, maxLength: arity }), (args) => wellFormed(fn(...args))),
      { numRuns: 400 },
    );
  });

  it("handles huge and mismatched ranges without throwing", () => {
    const big = Array.from({ length: 200000 }, (_, i) => [i % 7 === 0 ? "x" : i % 11 === 0 ? null : i]);
    const short = Array.from({ length: 3 }, () => [0.1]);
    for (const [, fn] of ENTRY_POINTS) {
      expect(wellFormed(fn(big, short, big))).toBe(true);
      expect(wellFormed(fn(short, big))).toBe(true);
    }
    const wide = [Array.from({ length: 20000 }, () => 1)];
    const tall = Array.from({ length: 20000 }, () => [1]);
    expect(wellFormed(PLAN.project(wide, tall))).toBe(true);
    expect(wellFormed(PLAN.series(tall, v(0.1), v(16384)))).toBe(true);
    expect(wellFormed(PLAN.series(tall.slice(0, 100), tall.slice(0, 50), v(300), v(2024)))).toBe(true);
  });
});

function v(x: unknown): unknown[][] {
  return [[x]];
}
