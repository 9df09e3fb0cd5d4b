import { rectsBy, widthRuns } from "../../../src/writers/rects";
import type { Cell, SheetModel } from "../../../src/model/types";

function model(grid: (string | null)[][]): SheetModel {
  return {
    cells: grid.map((row) => row.map((s) => (s === null ? null : ({ style: s } as Cell)))),
  } as unknown as SheetModel;
}

describe("rectsBy", () => {
  it("merges equal runs of consecutive rows into rectangles and covers every cell once", () => {
    const grid = [
      ["header", "header", "header", null],
      ["input", "input", "formula", "formula"],
      ["input", "input", "formula", "formula"],
      ["input", "total", "total", "formula"],
    ];
    const rects = rectsBy(model(grid), (c) => c.style);
    expect(rects.get("header")).toEqual([{ row: 0, col: 0, rows: 1, cols: 3 }]);
    expect(rects.get("input")).toEqual([
      { row: 1, col: 0, rows: 2, cols: 2 },
      { row: 3, col: 0, rows: 1, cols: 1 },
    ]);
    expect(rects.get("formula")).toEqual([
      { row: 1, col: 2, rows: 2, cols: 2 },
      { row: 3, col: 3, rows: 1, cols: 1 },
    ]);
    const covered = new Map<string, string>();
    for (const [k, list] of rects)
      for (const r of list)
        for (let i = 0; i < r.rows; i++)
          for (let j = 0; j < r.cols; j++) {
            expect(covered.has(`${r.row + i},${r.col + j}`)).toBe(false);
            covered.set(`${r.row + i},${r.col + j}`, k);
          }
    grid.forEach((row, r) => row.forEach((s, c) => expect(covered.get(`${r},${c}`)).toBe(s ?? undefined)));
  });

  it("widthRuns groups equal neighbouring widths", () => {
    expect(widthRuns([5, 12, 12, 12, 8, 12])).toEqual([
      [0, 1, 5],
      [1, 3, 12],
      [4, 1, 8],
      [5, 1, 12],
    ]);
  });
});
