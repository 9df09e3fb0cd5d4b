import { PlanError } from "../../../src/core/errors";
import { project } from "../../../src/core/growth";
import { series, seriesLength } from "../../../src/core/series";

describe("PLAN.SERIES", () => {
  it("gives one row of the values after 1…periods periods", () => {
    const [row] = series(100, 0.1, 3);
    expect(row).toHaveLength(3);
    expect(row[0]).toBeCloseTo(110, 12);
    expect(row[1]).toBeCloseTo(121, 12);
    expect(row[2]).toBeCloseTo(133.1, 12);
  });

  it("puts the years above the values when a start year is given", () => {
    const rows = series(100, 0.1, 3, 2024);
    expect(rows[0]).toEqual([2024, 2025, 2026]);
    expect(rows[1]).toEqual([project(100, 0.1, 1), project(100, 0.1, 2), project(100, 0.1, 3)]);
    expect(series(100, 0.1, 2, null)).toHaveLength(1);
  });

  it("gives one blank or error cell for a blank or bad period count", () => {
    expect(series(100, 0.1, null)).toEqual([[null]]);
    for (const p of [0, -1, 2.5, 16385]) expect((series(100, 0.1, p)[0][0] as PlanError).code).toBe("#NUM!");
    expect((series(100, 0.1, "三")[0][0] as PlanError).code).toBe("#VALUE!");
    expect(seriesLength(16384)).toBe(16384);
  });

  it("fills the row with blanks or errors cell by cell like its native formula", () => {
    expect(series(null, 0.1, 2)).toEqual([[null, null]]);
    const rows = series(100, -1, 2, "二〇二四");
    expect(rows.flat().map((c) => (c instanceof PlanError ? c.code : c))).toEqual([
      "#VALUE!",
      "#VALUE!",
      "#NUM!",
      "#NUM!",
    ]);
  });
});
