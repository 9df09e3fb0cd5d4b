/**
 * Every worked example in the catalog (shown in the task pane's function help and the docs)
 * is computed through the real entry points and must give the result it claims.
 */
import { serialFromYMD } from "../../../src/core/excelDate";
import { FUNCTION_CATALOG } from "../../../src/functions/catalog";
import * as PLAN from "../../../src/functions/functions";
import { installFakeCustomFunctions } from "./fakeExcel";

beforeAll(installFakeCustomFunctions);

const ENTRY: Record<string, (...a: unknown[]) => unknown[][]> = {
  PROJECT: PLAN.project as never,
  SERIES: PLAN.series as never,
  TARGET: PLAN.target as never,
  CAGR: PLAN.averageGrowth as never,
  REQUIRED: PLAN.required as never,
  GAP: PLAN.gap as never,
  COMPLETION: PLAN.completion as never,
  TIMEPROGRESS: PLAN.timeProgress as never,
  STATUS: PLAN.status as never,
  PER10K: PLAN.per10k as never,
  QUARTERTARGET: PLAN.quarterTarget as never,
};

/** Splits at top-level commas. */
function splitArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  let quoted = false;
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === "(" || ch === "{")) depth++;
    if (!quoted && (ch === ")" || ch === "}")) depth--;
    if (ch === "," && depth === 0 && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The few literal forms the examples use, as Excel would pass them. */
function literal(a: string): unknown[][] | null {
  const t = a.trim();
  if (t === "") return null; // an omitted argument
  const date = /^DATE\((\d+),(\d+),(\d+)\)$/.exec(t);
  if (date) return [[serialFromYMD(Number(date[1]), Number(date[2]), Number(date[3]))]];
  if (t.startsWith("{"))
    return t
      .slice(1, -1)
      .split(";")
      .map((row) => row.split(",").map(Number));
  if (t.startsWith('"')) return [[t.slice(1, -1)]];
  return [[t.endsWith("%") ? Number(t.slice(0, -1)) / 100 : Number(t)]];
}

const cases = FUNCTION_CATALOG.flatMap((f) => f.examples.map((e) => [f.id, e.formula, e.result] as const));

describe("catalog examples", () => {
  it("has at least one example per function", () => {
    expect(new Set(cases.map((c) => c[0])).size).toBe(FUNCTION_CATALOG.length);
  });

  it.each(cases)("PLAN.%s: %s", (id, formula, expected) => {
    const m = /^=PLAN\.([A-Z0-9]+)\((.*)\)$/.exec(formula)!;
    expect(m[1]).toBe(id);
    const got = ENTRY[id](...splitArgs(m[2]).map(literal));
    const want = Array.isArray(expected) ? expected : [[expected]];
    expect(got).toHaveLength(want.length);
    want.forEach((row, i) =>
      row.forEach((w, j) => {
        if (typeof w === "number") expect(got[i][j]).toBeCloseTo(w, 9);
        else expect(got[i][j]).toBe(w);
      }),
    );
  });
});
