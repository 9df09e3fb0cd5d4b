import { effectiveTarget, effectiveGrowth, impliedAnnualRate } from "../../../src/core/effectiveTarget";
import type { Indicator } from "../../../src/core/plan";

const years = { baseYear: 2017, targetYear: 2020 };
const ind = (x: Partial<Indicator>): Indicator => ({ name: "x", unit: "件", ...x });

describe("effectiveTarget", () => {
  it("takes the maximum of target and base-derived constraints", () => {
    // 达州 2012: 力争突破400件, 增长率不低于25% on a 2011 base of 340 → 425 is stricter.
    expect(
      effectiveTarget(ind({ base: 340, target: 400, growth: 0.25 }), { baseYear: 2011, targetYear: 2012 }),
    ).toBe(425);
    expect(
      effectiveTarget(ind({ base: 300, target: 400, growth: 0.25 }), { baseYear: 2011, targetYear: 2012 }),
    ).toBe(400);
  });
  it("compounds cagr over the plan years and applies the multiple", () => {
    expect(effectiveTarget(ind({ base: 1000, cagr: 0.1 }), years)).toBeCloseTo(1331, 9);
    expect(effectiveTarget(ind({ base: 100, multiple: 3, cagr: 0.1 }), years)).toBe(300);
  });
  it("takes the minimum for lowerIsBetter", () => {
    expect(effectiveTarget(ind({ base: 60, target: 50, growth: -0.2, lowerIsBetter: true }), years)).toBe(48);
    expect(effectiveTarget(ind({ base: 60, target: 45, growth: -0.2, lowerIsBetter: true }), years)).toBe(45);
  });
  it("is undefined when nothing can be computed", () => {
    expect(effectiveTarget(ind({}), years)).toBeUndefined();
    expect(effectiveTarget(ind({ growth: 0.3 }), years)).toBeUndefined();
    expect(effectiveTarget(ind({ base: 5 }), years)).toBeUndefined();
    expect(effectiveTarget(ind({ target: 12 }), years)).toBe(12);
  });
  it("effectiveGrowth gives the same target as the strictest base-derived constraint", () => {
    const i = ind({ base: 200, growth: 0.3, cagr: 0.1, multiple: 1.2 });
    expect(200 * (1 + effectiveGrowth(i, years)!)).toBeCloseTo(effectiveTarget(i, years)!, 9);
    const l = ind({ base: 200, growth: -0.1, cagr: -0.05, lowerIsBetter: true });
    expect(200 * (1 + effectiveGrowth(l, years)!)).toBeCloseTo(effectiveTarget(l, years)!, 9);
  });
  it("impliedAnnualRate reaches the effective target geometrically", () => {
    const i = ind({ base: 1000, target: 1500, cagr: 0.1 });
    const r = impliedAnnualRate(i, years)!;
    expect(1000 * Math.pow(1 + r, 3)).toBeCloseTo(1500, 9);
    expect(impliedAnnualRate(ind({ base: 1000, cagr: 0.1 }), years)).toBeCloseTo(0.1, 12);
    expect(impliedAnnualRate(ind({ target: 5 }), years)).toBeUndefined();
    expect(impliedAnnualRate(ind({ base: 0, target: 5 }), years)).toBeUndefined();
  });
});
