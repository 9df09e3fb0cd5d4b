import { shareOpenWorkbook, ShareRefused, SHARE_LIMITS } from "../../../src/office/officeShare";
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

  it("writes only the changed cells, in four syncs, and reports each one", async () => {
    const m = book();
    const report = await shareOpenWorkbook(m.context);
    // sheets and names; used-range bounds; the contents (one band); the writes
    expect(m.syncs).toBe(4);
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
    expect(m.syncs).toBe(7); // the second run reads (3 syncs) and has nothing to write
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
    const report = await shareOpenWorkbook(m.context, { readCells: 20_000, writeBytes: 500 });
    expect(report.changes).toHaveLength(5);
    expect(m.syncs).toBeGreaterThan(3);
    expect(m.writes.map((w) => w.address).sort()).toEqual(["C1", "C3", "D5", "E5", "F5"]);
    expect(m.sheets[0].cells.F5.formula).toBe(`=${nativeSeriesCell(["A1", "B1", "3"], 0, 3)}`);
  });

  /** A sheet of `rows` rows: inputs in A:B, a PLAN formula in C, long text in D:J. */
  function large(rows: number) {
    const cells: Record<string, { formula?: string; value: string | number }> = {};
    for (let r = 1; r <= rows; r++) {
      cells[`A${r}`] = { value: 100 + r };
      cells[`B${r}`] = { value: 0.1 };
      cells[`C${r}`] = { formula: `=PLAN.PROJECT(A${r},B${r},2)`, value: (100 + r) * 1.21 };
      for (const col of "DEFGHIJ") cells[`${col}${r}`] = { value: `说明文字 ${col}${r} `.repeat(4) };
    }
    return mockExcel([{ name: "大表", cells }]);
  }

  it("reads a large workbook in bands under the web's response limit, and retries a band that is too large or null", async () => {
    const plain = large(400);
    const expected = await shareOpenWorkbook(plain.context);
    expect(plain.maxCellsRead).toBe(4000); // one band: the whole used range
    const m = large(400);
    m.responseLimit = 60_000; // bytes of formulas + values per response
    m.nullValuesOver = 1500; // very large reads come back with values null
    const report = await shareOpenWorkbook(m.context, { ...SHARE_LIMITS, readCells: 2000 });
    expect(report.changes).toEqual(expected.changes);
    expect(m.maxCellsRead).toBeLessThanOrEqual(1500);
    expect(m.sheets[0].cells.C400.formula).toBe(`=${nativeProject(["A400", "B400", "2"])}`);
  });

  it("stops before writing anything when a single row cannot be read", async () => {
    const m = large(20);
    m.nullValuesOver = 5; // even one row (10 cells) comes back null
    const err = await shareOpenWorkbook(m.context).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ShareRefused);
    expect((err as ShareRefused).zh).toContain("未做任何改动");
    expect(m.writes).toEqual([]);
  });

  it("splits writes refused as too large and sends them again, each request under the limit", async () => {
    const m = large(300);
    m.requestLimit = 20_000;
    const report = await shareOpenWorkbook(m.context); // default budget: far over the mock's limit
    expect(report.changes).toHaveLength(300);
    expect(m.writes).toHaveLength(300); // every changed cell written exactly once
    expect(new Set(m.writes.map((w) => w.address)).size).toBe(300);
    expect(m.sheets[0].cells.C1.formula).toBe(`=${nativeProject(["A1", "B1", "2"])}`);
  });

  it("after an interruption, running again converts the rest without resending what was done", async () => {
    const m = large(300);
    // The second write request fails (e.g. the connection drops): syncs 1-3 read, 4 and 5 write.
    m.failAt.set(5, Object.assign(new Error("网络连接中断"), { code: "GeneralException" }));
    const limits = { ...SHARE_LIMITS, writeBytes: 100 * 600 };
    const err = await shareOpenWorkbook(m.context, limits).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ShareRefused);
    const done = m.writes.length;
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(300);
    expect((err as ShareRefused).zh).toContain(`已转换 ${done}/300 格`);
    expect((err as ShareRefused).zh).toContain("再次运行将继续");
    const again = await shareOpenWorkbook(m.context, limits);
    expect(again.changes).toHaveLength(300 - done);
    expect(new Set(m.writes.map((w) => w.address)).size).toBe(300); // none written twice
    expect(m.writes).toHaveLength(300);
  });

  it("keeps a text cell typed as '=PLAN…(…) as text, and writes kept text values with the apostrophe guard", async () => {
    const m = mockExcel([
      {
        name: "说明",
        cells: {
          A1: { value: 100 },
          B1: { value: 0.1 },
          // documentation typed with a leading apostrophe: formulas shows it as "=PLAN…"
          A3: { formula: "=PLAN.GAP(A1,B1)", value: "=PLAN.GAP(A1,B1)" },
          // a PLAN formula over a range has no native form: its value is kept; here a text
          C1: { formula: "=PLAN.STATUS(A1:A2,B1)", value: "-" },
        },
      },
    ]);
    const report = await shareOpenWorkbook(m.context);
    expect(report.changes.map((c) => `${c.address}:${c.kind}`)).toEqual(["C1:value"]);
    expect(m.writes).toEqual([{ sheet: "说明", address: "C1", values: [["'-"]] }]);
    expect(m.sheets[0].cells.A3).toEqual({ formula: "=PLAN.GAP(A1,B1)", value: "=PLAN.GAP(A1,B1)" });
    expect(m.sheets[0].cells.C1).toEqual({ formula: "-", value: "-" }); // text "-", not a formula
  });
});
