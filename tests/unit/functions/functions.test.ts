import * as PLAN from "../../../src/functions/functions";
import { FakeExcelError, installFakeCustomFunctions, show } from "./fakeExcel";

beforeAll(installFakeCustomFunctions);

/** Excel passes a single value as a 1×1 matrix and an omitted optional argument as null. */
const v = (x: unknown) => [[x]];

describe("PLAN functions as Excel calls them", () => {
  it("computes single values into a 1×1 spill", () => {
    expect(PLAN.project(v(100), v(0.1), v(3))[0][0]).toBeCloseTo(133.1, 12);
    expect(PLAN.target(v(50), v(0.3), v(60), null as never)).toEqual([[65]]);
    expect(PLAN.averageGrowth(v(100), v(400), v(2))[0][0]).toBeCloseTo(1, 12);
    expect(PLAN.required(v(320), v(400), v(1))[0][0]).toBeCloseTo(0.25, 12);
    expect(PLAN.gap(v(320), v(400))).toEqual([[80]]);
    expect(PLAN.completion(v(320), v(400))).toEqual([[0.8]]);
    expect(PLAN.timeProgress(v(41182))[0][0]).toBeCloseTo(274 / 366, 14);
    expect(PLAN.status(v(50), v(100), v(0.75))).toEqual([["滞后"]]);
    expect(PLAN.per10k(v(12000), v(8000000))).toEqual([[15]]);
    expect(PLAN.quarterTarget(v(400), v(2))).toEqual([[200]]);
  });

  it("takes an omitted optional argument as its default (null or undefined)", () => {
    expect(PLAN.project(v(100), v(0.2), null as never)).toEqual([[120]]);
    expect(PLAN.project(v(100), v(0.2))).toEqual([[120]]);
    expect(PLAN.status(v(70), v(100), v(0.75), null as never, null as never, v("en"))).toEqual([
      ["on track"],
    ]);
  });

  it('returns "" for a blank result (null would show as 0)', () => {
    expect(PLAN.completion(v(null), v(400))).toEqual([[""]]);
    expect(PLAN.status(v(""), v(400))).toEqual([[""]]);
    expect(PLAN.gap([[1], [null], [3]], v(10))).toEqual([[9], [""], [7]]);
  });

  it("computes a whole column element by element and spills it", () => {
    const actual = [[10], [20], [null], ["n/a"], [40]];
    expect(show(PLAN.completion(actual, v(40)))).toEqual([[0.25], [0.5], [""], ["#VALUE!"], [1]]);
    const bases = Array.from({ length: 10000 }, (_, i) => [i]);
    const out = PLAN.project(bases, v(0.5), v(2));
    expect(out).toHaveLength(10000);
    expect(out[9999][0]).toBeCloseTo(9999 * 2.25, 9);
  });

  it("broadcasts a row against a column and gives #N/A where ranges do not meet", () => {
    expect(PLAN.project([[100], [200]], [[0.1, 0.2]], v(1))[1][1]).toBeCloseTo(240, 12);
    expect(show(PLAN.gap([[1], [2], [3]], [[10], [20]]))).toEqual([[9], [18], ["#N/A"]]);
    expect(show(PLAN.project([[1], [2], [3]], [[0], [0]], [[1, 1]]))).toEqual([
      [1, 1],
      [2, 2],
      ["#N/A", "#N/A"],
    ]);
  });

  it("returns errors as CustomFunctions.Error with a bilingual message where Excel shows one", () => {
    const [[e]] = PLAN.project(v("一百"), v(0.1)) as FakeExcelError[][];
    expect(e).toBeInstanceOf(FakeExcelError);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/基数.*\/.*base/);
    const [[n]] = PLAN.project(v(100), v(-1)) as FakeExcelError[][];
    expect(n.code).toBe("#NUM!");
    expect(n.message).toBeUndefined(); // Excel allows no custom message with #NUM!
    expect((PLAN.completion(v(1), v(0))[0][0] as FakeExcelError).code).toBe("#DIV/0!");
    expect((PLAN.gap([[1], [2]], [[1], [2], [3]])[2][0] as FakeExcelError).message).toMatch(/区域.*ranges/);
  });

  it("passes on error values that arrive inside ranges", () => {
    const na = new FakeExcelError("#N/A");
    expect(show(PLAN.gap([[1], [na]], v(5)))).toEqual([[4], ["#N/A"]]);
    // #REF! may come in but not go out: it becomes #VALUE! naming it.
    const [[ref]] = PLAN.completion(v(new FakeExcelError("#REF!")), v(5)) as FakeExcelError[][];
    expect(ref.code).toBe("#VALUE!");
    expect(ref.message).toContain("#REF!");
  });

  it("spills PLAN.SERIES as one row, or years above values, and a column of bases as rows", () => {
    const one = PLAN.series(v(100), v(0.1), v(3));
    expect(one).toHaveLength(1);
    expect(one[0][2]).toBeCloseTo(133.1, 12);
    const two = PLAN.series(v(100), v(0.1), v(3), v(2024));
    expect(two[0]).toEqual([2024, 2025, 2026]);
    expect(two[1][0]).toBeCloseTo(110, 12);
    const many = PLAN.series([[100], [200], [null]], v(0.1), v(2), v(2024));
    expect(many).toHaveLength(4);
    expect(many[2][1]).toBeCloseTo(242, 12);
    expect(many[3]).toEqual(["", ""]);
    expect(show(PLAN.series(v(100), v(0.1), [[1, 2]]))).toEqual([["#VALUE!"]]);
    expect(show(PLAN.series([[1, 2]], v(0.1), v(2)))).toEqual([["#VALUE!"]]);
    expect(show(PLAN.series(v(100), v(0.1), v(0)))).toEqual([["#NUM!"]]);
    expect(PLAN.series(v(100), v(0.1), v(null))).toEqual([[""]]);
    expect(show(PLAN.series([[1], [2], [3]], [[0], [0]], v(1)))).toEqual([[1], [2], ["#N/A"]]);
  });

  it("reads QUARTERTARGET weights from a row, a column or an array constant", () => {
    expect(PLAN.quarterTarget(v(400), v(3), [[1, 2, 3, 4]])).toEqual([[240]]);
    expect(PLAN.quarterTarget(v(400), v(3), [[1], [2], [3], [4]])).toEqual([[240]]);
    expect(PLAN.quarterTarget(v(400), [[1, 2, 3, 4]], [[1, 1, 1, 1]])).toEqual([[100, 200, 300, 400]]);
    expect(PLAN.quarterTarget(v(400), v(2), v(null))).toEqual([[200]]);
    expect(
      show(
        PLAN.quarterTarget(v(400), v(2), [
          [1, 2],
          [3, 4],
        ]),
      ),
    ).toEqual([["#VALUE!"]]);
    expect(show(PLAN.quarterTarget(v(400), v(2), [[1, 2, 3]]))).toEqual([["#VALUE!"]]);
    expect(show(PLAN.quarterTarget(v(400), v(5), [[1, 2, 3, 4]]))).toEqual([["#NUM!"]]);
  });

  it("refuses a result larger than sixteen worksheet columns instead of hanging", () => {
    const row = [Array.from({ length: 5000 }, () => 1)];
    const col = Array.from({ length: 5000 }, () => [1]);
    expect(show(PLAN.gap(row, col))).toEqual([["#NUM!"]]);
  });
});
