import { PlanError } from "../../../src/core/errors";
import { asMatrix, broadcast } from "../../../src/core/broadcast";
import { gap } from "../../../src/core/progress";
import { isBlank, parseNumericText, toNumber } from "../../../src/core/values";

const L = { zh: "值", en: "value" };
const show = (r: unknown) => (r instanceof PlanError ? r.code : r);

describe("reading cell values", () => {
  it("reads numeric text as Excel's arithmetic does", () => {
    expect(parseNumericText("12")).toBe(12);
    expect(parseNumericText(" -1,234.5 ")).toBe(-1234.5);
    expect(parseNumericText("25%")).toBe(0.25);
    expect(parseNumericText("1e3")).toBe(1000);
    expect(parseNumericText(".5")).toBe(0.5);
    for (const t of ["abc", "12件", "1,23", "", "1e999", "--1", "2012-09-30"])
      expect(parseNumericText(t)).toBeUndefined();
  });

  it("knows blanks and turns anything else into a number or an error", () => {
    expect([null, undefined, ""].every(isBlank)).toBe(true);
    expect([0, " ", false].some(isBlank)).toBe(false);
    expect(toNumber(false, L)).toBe(0);
    expect(show(toNumber(" ", L))).toBe("#VALUE!");
    expect(show(toNumber({}, L))).toBe("#VALUE!");
    expect(show(toNumber([1], L))).toBe("#VALUE!");
    expect(show(toNumber({ code: "#REF!" }, L))).toBe("#REF!");
    expect(show(toNumber(-Infinity, L))).toBe("#NUM!");
  });
});

describe("broadcasting like Excel", () => {
  const run = (...args: unknown[]) => {
    const r = broadcast(args.map(asMatrix), (a, b) => gap(a, b), show);
    return r instanceof PlanError ? r.code : r;
  };

  it("stretches single values, single rows and single columns", () => {
    expect(run(1, [[10], [20]])).toEqual([[9], [19]]);
    expect(run([[1, 2, 3]], [[10], [20]])).toEqual([
      [9, 8, 7],
      [19, 18, 17],
    ]);
    expect(run([[1, 2]], 10)).toEqual([[9, 8]]);
  });

  it("gives #N/A where a range is too short, as =A1:A3+B1:B2 does", () => {
    expect(run([[1], [2], [3]], [[10], [20]])).toEqual([[9], [18], ["#N/A"]]);
    expect(
      run(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [[10, 20]],
      ),
    ).toEqual([
      [9, 18, "#N/A"],
      [6, 15, "#N/A"],
    ]);
  });

  it("treats missing cells of ragged rows as blank and refuses absurd sizes", () => {
    expect(run([[1, 2], [3]], 10)).toEqual([
      [9, 8],
      [7, null],
    ]);
    const row = [new Array(5000).fill(1)];
    const col = new Array(5000).fill([1]);
    expect(run(row, col)).toBe("#NUM!");
  });

  it("reads any value as a matrix", () => {
    expect(asMatrix(5)).toEqual([[5]]);
    expect(asMatrix([])).toEqual([[null]]);
    expect(asMatrix([1, 2])).toEqual([[1, 2]]);
  });
});
