/**
 * The headless workbench engine is real Univer (formula engine, sheets, number formats, validation,
 * conditional formats) running in Node, and the PLAN functions registered in it are the add-in's
 * own entry points: every catalog example typed as a formula gives the catalog's result.
 */
import type { FUniver } from "@univerjs/core/facade";
import { type Engine, createHeadlessEngine } from "../../../src/workbench/engine";
import { registerPlanFunctions } from "../../../src/workbench/planFunctions";
import { FUNCTION_CATALOG } from "../../../src/functions/catalog";

let engine: Engine;
let api: FUniver;

beforeAll(() => {
  engine = createHeadlessEngine({ locale: "zh-CN" });
  api = engine.api;
  api.createWorkbook({ id: "wb", name: "test" });
  registerPlanFunctions(api, "zh");
});

afterAll(() => engine.dispose());

/** Writes cells (values or {f}) at the top-left of a fresh sheet and returns the calculated grid. */
async function calc(cells: unknown[][], read: string): Promise<unknown[][]> {
  const wb = api.getActiveWorkbook()!;
  const ws = wb.insertSheet(`s${Math.random().toString(36).slice(2, 8)}`);
  const width = Math.max(...cells.map((r) => r.length));
  const rows = cells.map((r) => [...r, ...new Array<unknown>(width - r.length).fill(null)]);
  ws.getRange(0, 0, rows.length, width).setValues(rows as never);
  await api.getFormula().onCalculationResultApplied();
  // getValues() reads through Univer's interceptors, which supply the cells a formula spilled into.
  return ws.getRange(read).getValues();
}

test("PLAN.PROJECT(100,30%,1) is 130 and native formulas compute beside it", async () => {
  const out = await calc(
    [[{ f: "=PLAN.PROJECT(100,30%,1)" }, { f: "=SUM(1,2,3)" }, { f: "=ROUND(2/3,2)" }, { f: "=A1*2" }]],
    "A1:D1",
  );
  expect(out[0][0]).toBeCloseTo(130, 10);
  expect(out[0][1]).toBe(6);
  expect(out[0][2]).toBeCloseTo(0.67, 10);
  expect(out[0][3]).toBeCloseTo(260, 10);
});

test("a range argument broadcasts and the result spills; errors are values, not throws", async () => {
  const out = await calc(
    [
      [100, { f: "=PLAN.PROJECT(A1:A3,10%)" }, { f: "=PLAN.CAGR(0,100,2)" }, { f: "=PLAN.COMPLETION(C5,0)" }],
      [200, null, { f: "=PLAN.GAP(1/0,5)" }, { f: "=PLAN.COMPLETION(5,0)" }],
      [300, null, { f: '=PLAN.PROJECT("abc",10%)' }, { f: "=PLAN.PROJECT(1)" }],
      [null, null, { f: "=SUM(1,1)" }, { f: "=PLAN.PROJECT(100,10%)+1" }],
    ],
    "A1:D4",
  );
  expect(out.map((r) => r[1])).toEqual([
    expect.closeTo(110, 9),
    expect.closeTo(220, 9),
    expect.closeTo(330, 9),
    null,
  ]);
  expect(out[0][2]).toBe("#NUM!");
  expect(out[1][2]).toBe("#DIV/0!");
  expect(out[2][2]).toBe("#VALUE!");
  // A blank actual gives a blank result, never 0% or #DIV/0!.
  expect(out[0][3] === "" || out[0][3] === null).toBe(true);
  expect(out[1][3]).toBe("#DIV/0!");
  expect(out[2][3]).toBe("#N/A");
  // The engine kept calculating after the errors.
  expect(out[3][2]).toBe(2);
  expect(out[3][3]).toBeCloseTo(111, 9);
});

test.each(FUNCTION_CATALOG.flatMap((h) => h.examples.map((e) => [h.id, e.formula, e.result] as const)))(
  "PLAN.%s catalog example %s computes in Univer as in Excel",
  async (_id, formula, result) => {
    const expected = Array.isArray(result) ? result : [[result]];
    const rows = expected.length;
    const cols = expected[0].length;
    const grid = [[{ f: formula }]];
    const out = await calc(grid, `A1:${String.fromCharCode(64 + cols)}${rows}`);
    expected.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "number") expect(out[r][c]).toBeCloseTo(v, 6);
        else expect(out[r][c]).toBe(v);
      }),
    );
  },
);
