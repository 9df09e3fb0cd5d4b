/**
 * The templates' status formula (src/model/formulas.ts statusFormula) with a blank 序时进度: no
 * as-of date leaves a flow's or a stock's pace unknown, so below the target the status is blank
 * rather than judged against the whole target. Evaluated by the preview's evaluator on a
 * one-row grid: A1 actual, B1 target, C1 序时进度, D1 base.
 */
import { statusFormula, type StatusOptions } from "../../../src/model/formulas";
import { PreviewEvaluator, type Scalar } from "../../../src/taskpane/preview/evaluate";
import type { SheetModel } from "../../../src/model/types";

type Options = Partial<StatusOptions>;

function status(actual: Scalar, target: Scalar, tp: Scalar, o: Options = {}, base: Scalar = null): unknown {
  const f = statusFormula("A1", "B1", {
    lowerIsBetter: false,
    lang: "zh",
    nature: "flow",
    timeProgress: "C1",
    ...o,
  });
  const value = (v: Scalar) => ({ value: v, input: true });
  const model = {
    origin: { row: 0, col: 0 },
    cells: [[value(actual), value(target), value(tp), value(base), { formula: f }]],
  } as unknown as SheetModel;
  return new PreviewEvaluator(model).cellValue(0, 4);
}

describe("statusFormula without 序时进度", () => {
  it("leaves a flow below its target blank, as a stock's increase", () => {
    expect(status(60, 100, "")).toBe("");
    expect(status(60, 100, null)).toBe("");
    expect(status(3300, 3600, "", { nature: "stock", base: "D1" }, 3000)).toBe("");
    // With a 序时进度 the pace is judged as before.
    expect(status(60, 100, 0.5)).toBe("正常");
    expect(status(10, 100, 0.5)).toBe("严重滞后");
  });

  it("still shows a reached target, and a rate or a lower-is-better level against the whole target", () => {
    expect(status(100, 100, "")).toBe("已完成");
    expect(status(125, 100, "")).toBe("已完成");
    expect(status(3700, 3600, "", { nature: "stock", base: "D1" }, 3000)).toBe("已完成");
    expect(status(0.6, 0.95, "", { nature: "rate" })).toBe("严重滞后");
    expect(status(100, 50, "", { lowerIsBetter: true })).toBe("严重滞后");
    // 超过: reaching the target exactly is on track, whatever the time.
    expect(status(100, 100, "", { strict: true })).toBe("正常");
  });

  it("never hides an error or a blank input", () => {
    expect(status("x", 100, "")).toEqual({ error: "#VALUE!" });
    expect(status(-5, 0, "")).toEqual({ error: "#DIV/0!" });
    expect(status(null, 100, "")).toBe("");
    expect(status(60, null, "")).toBe("");
  });

  it("wraps only what is judged against 序时进度", () => {
    const o = { lowerIsBetter: false, lang: "zh" as const, timeProgress: "C1" };
    expect(statusFormula("A1", "B1", { ...o, nature: "flow" })).toMatch(
      /^IF\(AND\(C1="",IFERROR\(A1\/B1,1\)<1\),"",/,
    );
    expect(statusFormula("A1", "B1", { ...o, nature: "rate" })).not.toContain('C1=""');
    expect(statusFormula("A1", "B1", { ...o, nature: "flow", lowerIsBetter: true })).not.toContain("C1");
    expect(statusFormula("A1", "B1", { ...o, nature: "flow", strict: true })).toMatch(
      /^IF\(AND\(ISNUMBER\(A1\)/,
    );
  });
});
