import { PlanError } from "../../../src/core/errors";
import { serialFromIso } from "../../../src/core/excelDate";
import { completion, gap, timeProgress } from "../../../src/core/progress";
import type { CellResult } from "../../../src/core/values";

const code = (r: CellResult) => (r instanceof PlanError ? r.code : undefined);
const d = (iso: string) => serialFromIso(iso)!;

describe("PLAN.GAP", () => {
  it("is target minus actual, positive while short", () => {
    expect(gap(320, 400)).toBe(80);
    expect(gap(450, 400)).toBe(-50);
  });
  it("is blank while the actual is not reported, #VALUE! for text", () => {
    expect(gap(null, 400)).toBeNull();
    expect(gap("", 400)).toBeNull();
    expect(code(gap("未报", 400))).toBe("#VALUE!");
    expect(code(gap(-1e308, 1e308))).toBe("#NUM!");
  });
});

describe("PLAN.COMPLETION", () => {
  it("is actual over target", () => {
    expect(completion(320, 400)).toBe(0.8);
    expect(completion(0, 400)).toBe(0);
  });
  it("is blank for a blank actual, never 0% or #DIV/0!", () => {
    expect(completion(null, 400)).toBeNull();
    expect(completion(null, 0)).toBeNull();
  });
  it("answers a zero target with #DIV/0! and text with #VALUE!", () => {
    expect(code(completion(5, 0))).toBe("#DIV/0!");
    expect(code(completion(5, "零"))).toBe("#VALUE!");
    expect(code(completion(1e308, 1e-308))).toBe("#NUM!");
  });
});

describe("PLAN.TIMEPROGRESS (序时进度)", () => {
  it("counts days with leap years: 30 Sep 2012 is 274/366 of 2012", () => {
    expect(timeProgress(d("2012-09-30"))).toBeCloseTo(274 / 366, 14);
    expect(timeProgress(d("2013-09-30"))).toBeCloseTo(273 / 365, 14);
    expect(timeProgress(d("2024-01-01"))).toBeCloseTo(1 / 366, 14);
    expect(timeProgress(d("2024-12-31"))).toBe(1);
  });

  it("takes a given period, both ends included, and clamps to 0…1", () => {
    expect(timeProgress(d("2018-06-30"), d("2018-01-01"), d("2020-12-31"))).toBeCloseTo(181 / 1096, 14);
    expect(timeProgress(d("2017-12-01"), d("2018-01-01"), d("2020-12-31"))).toBe(0);
    expect(timeProgress(d("2021-03-01"), d("2018-01-01"), d("2020-12-31"))).toBe(1);
    // start given, end defaulting to 31 Dec of asOf's year
    expect(timeProgress(d("2012-09-30"), d("2012-07-01"))).toBeCloseTo(92 / 184, 14);
    expect(timeProgress(d("2012-09-30"), null, d("2012-09-30"))).toBe(1);
  });

  it("counts Excel's phantom 29 Feb 1900 like Excel (1900 has 366 serials)", () => {
    expect(timeProgress(366)).toBe(1);
    expect(timeProgress(183)).toBeCloseTo(183 / 366, 14);
  });

  it("answers end before start and dates outside Excel's range with #NUM!", () => {
    expect(code(timeProgress(d("2012-09-30"), d("2012-12-31"), d("2012-01-01")))).toBe("#NUM!");
    expect(code(timeProgress(0))).toBe("#NUM!");
    expect(code(timeProgress(-5))).toBe("#NUM!");
    expect(code(timeProgress(2958466))).toBe("#NUM!");
  });

  it("is blank for a blank date and #VALUE! for text", () => {
    expect(timeProgress(null)).toBeNull();
    expect(code(timeProgress("九月"))).toBe("#VALUE!");
    expect(code(timeProgress(41182, "年初"))).toBe("#VALUE!");
  });
});
