import { shareOpenWorkbook, ShareRefused } from "../../../src/office/officeShare";
import { nativeProject, nativeSeriesCell } from "../../../src/core/native";
import { mockExcel, withRequirementSets } from "./excelMock";

describe("share the open workbook (Office.js, mocked Excel)", () => {
  function book() {
    return mockExcel(
      [
        {
          name: "表1",
          cells: {
            A1: { value: 100 },
            B1: { value: 0.1 },
            C1: { formula: "=PLAN.PROJECT(A1,B1,2)", value: 121 },
            C2: { formula: '=SUM(A1:B1)&"PLAN.PROJECT("', value: "100.1PLAN.PROJECT(" },
            C3: { formula: "=PLAN.PROJECT(A1:A2,B1)", value: 110 },
            D5: { formula: "=PLAN.SERIES(A1,B1,3)", value: 110 },
            E5: { value: 121 }, // spilled values: Office.js shows them as values, not formulas
            F5: { value: 133.1 },
            H9: { value: "保持" },
          },
        },
        { name: "Empty", cells: {} },
      ],
      [{ name: "Rate", formula: "=表1!$B$1" }],
    );
  }

  it("writes only the changed cells, in three syncs, and reports each one", async () => {
    const m = book();
    const report = await shareOpenWorkbook(m.context);
    expect(m.syncs).toBe(3);
    expect(m.writes.map((w) => w.address).sort()).toEqual(["C1", "C3", "D5", "E5", "F5"]);
    expect(report.changes.map((c) => `${c.address}:${c.kind}`).sort()).toEqual([
      "C1:native",
      "C3:value",
      "D5:series",
      "E5:series",
      "F5:series",
    ]);
    const cells = m.sheets[0].cells;
    expect(cells.C1.formula).toBe(`=${nativeProject(["A1", "B1", "2"])}`);
    expect(cells.C3).toEqual({ value: 110 });
    expect(cells.E5.formula).toBe(`=${nativeSeriesCell(["A1", "B1", "3"], 0, 2)}`);
    expect(cells.C2.formula).toBe('=SUM(A1:B1)&"PLAN.PROJECT("');
    expect(cells.H9).toEqual({ value: "保持" });
  });

  it("a second run finds nothing and writes nothing", async () => {
    const m = book();
    await shareOpenWorkbook(m.context);
    const before = m.writes.length;
    const again = await shareOpenWorkbook(m.context);
    expect(again.changes).toEqual([]);
    expect(m.writes.length).toBe(before);
    expect(m.syncs).toBe(5); // the second run reads (2 syncs) and has nothing to write
  });

  it("refuses, before writing anything, when a sheet to change is protected", async () => {
    const m = book();
    m.sheets[0].protected = true;
    const err = await withRequirementSets(() => shareOpenWorkbook(m.context)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ShareRefused);
    expect((err as ShareRefused).zh).toContain("工作表“表1”受保护");
    expect(m.writes).toEqual([]);
    // an unprotected workbook goes through with the same requirement sets
    const ok = book();
    const r = await withRequirementSets(() => shareOpenWorkbook(ok.context));
    expect(r.changes).toHaveLength(5);
  });

  it("splits a large conversion into several requests", async () => {
    const m = book();
    const report = await shareOpenWorkbook(m.context, 500);
    expect(report.changes).toHaveLength(5);
    expect(m.syncs).toBeGreaterThan(3);
    expect(m.writes.map((w) => w.address).sort()).toEqual(["C1", "C3", "D5", "E5", "F5"]);
    expect(m.sheets[0].cells.F5.formula).toBe(`=${nativeSeriesCell(["A1", "B1", "3"], 0, 3)}`);
  });
});
