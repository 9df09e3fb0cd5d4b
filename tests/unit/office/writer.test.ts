import { FakeExcel, FakeOfficeError } from "../../support/fakeExcel";
import { insertSheetModel, openAsNewWorkbook } from "../../../src/office/writer";
import { buildTemplate } from "../../../src/model/templates";
import { STAMP_NAME, stampText } from "../../../src/model/stamp";
import type { Plan } from "../../../src/core/plan";
import { colName } from "../../../src/model/a1";

function plan(indicators: number, regions: number): Plan {
  return {
    title: "测试计划",
    baseYear: 2023,
    targetYear: 2024,
    regions: Array.from({ length: regions }, (_, i) => `区${i + 1}`),
    indicators: Array.from({ length: indicators }, (_, i) => ({
      name: `指标${i + 1}`,
      unit: "件",
      base: 100 + i,
      growth: 0.1,
      ...(i % 3 === 2 ? { lowerIsBetter: true, comparator: "<=" as const } : {}),
    })),
  };
}

const WRITE_OPS =
  /=$|^Range\.merge|^Worksheet\.(activate|delete)|^WorksheetCollection\.add|^NamedItemCollection\.add|^WorksheetProtection\.protect|^ConditionalFormatCollection\.add|^Range\.clear|^WorksheetFreezePanes|^PageLayout|^Application\./;

describe("insertSheetModel on a new sheet", () => {
  it("writes the whole template in two syncs, as 2D blocks, at the cells the model was built for", async () => {
    const excel = new FakeExcel({ sheets: ["Sheet1", "季度通报"] });
    const model = buildTemplate("quarterly-report", plan(4, 6), { asOf: "2024-06-30" });
    const result = await insertSheetModel(excel.context, model, { supports: excel.supports });
    expect(result).toMatchObject({ ok: true, sheetName: "季度通报 (2)", newSheet: true, skipped: [] });
    if (!result.ok) throw new Error("failed");
    const cols = model.cells[0].length;
    expect(result.address).toBe(`A1:${colName(cols - 1)}${model.cells.length}`);
    expect(excel.syncs).toBe(2);
    expect(excel.calculationSuspendedAt).toEqual([1]);
    // One formulas write and one number-format write for the whole area.
    const formulaWrites = excel.calls.filter((c) => c.op === "Range.formulas=");
    expect(formulaWrites).toHaveLength(1);
    expect(formulaWrites[0].target).toBe(`季度通报 (2)!${result.address}`);
    expect(excel.calls.filter((c) => c.op === "Range.numberFormat=")).toHaveLength(1);
    // Every model cell is where the model says, formulas with "=".
    model.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const got = excel.sheet("季度通报 (2)")!.cells.get(`${r},${c}`);
        if (cell?.formula) expect(got?.input).toBe(`=${cell.formula}`);
        else if (cell?.value !== null && cell?.value !== undefined) expect(got?.input).toBe(cell.value);
        if (cell?.numFmt) expect(got?.numberFormat).toBe(cell.numFmt);
        if (cell) expect(got?.format.locked).toBe(!cell.input);
      }),
    );
    const st = excel.sheet("季度通报 (2)")!;
    expect(st.protected).toBe(true);
    expect(st.freeze).toEqual(model.freeze);
    expect(st.names.get(STAMP_NAME)).toContain(`${colName(model.stampCell!.col)}1`);
    expect(excel.cell("季度通报 (2)", `${colName(model.stampCell!.col)}1`)?.input).toBe(
      stampText(model.stamp),
    );
    expect(st.hiddenColumns.has(model.stampCell!.col)).toBe(true);
    expect(st.merges).toHaveLength(model.merges.length);
    expect(st.validations).toHaveLength(model.validations.length);
    // Date rules go as ISO dates (Office.js takes no serial there), number rules as numbers.
    expect(st.validations.map((v) => v.rule)).toContainEqual({
      date: { formula1: "1900-01-01", formula2: "2200-12-31", operator: "Between" },
    });
    expect(st.validations.map((v) => v.rule)).toContainEqual({
      decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" },
    });
    expect(st.conditionalFormats.map((f) => f.rule)).toEqual(
      model.conditionalFormats.map((f) => ({ formula1: `="${f.equals}"`, operator: "EqualTo" })),
    );
    expect(st.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$3:$4",
    });
    expect(excel.activeSheet).toBe("季度通报 (2)");
    // Existing sheets untouched.
    expect(excel.sheet("季度通报")!.cells.size).toBe(0);
  });

  it("stays within two syncs and under Excel on the web's 5 MB request for 200 indicators × 150 regions", async () => {
    const excel = new FakeExcel();
    const model = buildTemplate("quarterly-report", plan(200, 150));
    const result = await insertSheetModel(excel.context, model, { supports: excel.supports });
    if (!result.ok) throw new Error(result.error.en);
    expect(excel.syncs).toBe(2);
    expect(excel.calls.filter((c) => c.op === "Range.formulas=")).toHaveLength(1);
    const sent = excel.calls.reduce((n, c) => n + (c.args ? JSON.stringify(c.args).length : 0), 0);
    expect(sent).toBeLessThan(5_000_000);
    // Repeated formulas were filled down by the host, and every cell ends up as the model says.
    expect(excel.calls.filter((c) => c.op === "Range.autoFill").length).toBeGreaterThan(0);
    const st = excel.sheet(result.sheetName)!;
    let mismatches = 0;
    model.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const got = st.cells.get(`${r},${c}`);
        if (cell?.formula && got?.input !== `=${cell.formula}`) mismatches++;
        if (cell?.numFmt && got?.numberFormat !== cell.numFmt) mismatches++;
        if (cell && got?.format.locked !== !cell.input) mismatches++;
      }),
    );
    expect(mismatches).toBe(0);
  });

  it("degrades on an ExcelApi 1.1 host: only 1.1 calls, the values and formulas still written", async () => {
    const excel = new FakeExcel({ apiVersion: "1.1" });
    const model = buildTemplate("annual-plan", plan(5, 2), { asOf: "2024-03-31" });
    const result = await insertSheetModel(excel.context, model, { supports: excel.supports });
    if (!result.ok) throw new Error(result.error.en);
    expect(excel.syncs).toBe(2);
    expect(result.skipped.map((s) => s.feature).sort()).toEqual(
      [
        "columnWidth",
        "conditionalFormats",
        "freeze",
        "merge",
        "names",
        "pageLayout",
        "protection",
        "suspendCalc",
        "validation",
      ].sort(),
    );
    for (const s of result.skipped) expect(s.zh.length).toBeGreaterThan(0);
    const first = model.cells[4][6];
    expect(excel.cell(result.sheetName, "G5")?.input).toBe(`=${first!.formula}`);
    expect(excel.calculationSuspendedAt).toEqual([]);
  });

  it.each(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"])(
    "on an ExcelApi %s host calls only what the host has, in two syncs, new sheet and at a cell",
    async (version) => {
      for (const mode of ["newSheet", "at"] as const) {
        const excel = new FakeExcel({ apiVersion: version, sheets: ["S"] });
        const model = buildTemplate("quarterly-report", plan(3, 4), { origin: { row: 1, col: 1 } });
        const result = await insertSheetModel(excel.context, model, { mode, supports: excel.supports });
        if (!result.ok)
          throw new Error(`${version} ${mode}: ${result.error.en} ${result.error.detail ?? ""}`);
        expect(excel.syncs).toBe(2);
        const skipped = result.skipped.map((s) => s.feature);
        expect(skipped.includes("validation")).toBe(version < "1.8");
        expect(skipped.includes("suspendCalc")).toBe(version < "1.6");
      }
    },
  );

  it("removes a half-written sheet when the write fails", async () => {
    const excel = new FakeExcel({ sheets: ["Sheet1"] });
    excel.failSync(2);
    const model = buildTemplate("gap-analysis", plan(3, 0));
    const result = await insertSheetModel(excel.context, model, { supports: excel.supports });
    expect(result).toMatchObject({ ok: false, error: { code: "failed" } });
    if (result.ok) return;
    expect(result.error.zh).toContain("已撤销");
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});

describe("insertSheetModel at a cell", () => {
  it("writes into an empty area and leaves the user's cells around it untouched", async () => {
    const excel = new FakeExcel({ sheets: ["数据"], activeSheet: "数据" });
    excel.setCell("数据", "A1", "用户的表");
    excel.setCell("数据", "B3", 12345);
    const model = buildTemplate("task-breakdown", plan(1, 0), { origin: { row: 4, col: 2 } });
    const before = excel.snapshot()["数据"];
    const result = await insertSheetModel(excel.context, model, { mode: "at", supports: excel.supports });
    if (!result.ok) throw new Error(result.error.en);
    expect(excel.syncs).toBe(2);
    expect(result.address.startsWith("C5:")).toBe(true);
    const after = excel.snapshot()["数据"];
    expect(after.A1).toEqual(before.A1);
    expect(after.B3).toEqual(before.B3);
    // The title: at the model's first cell, or right of the repeated label columns when the
    // table prints on several pages wide (src/model/print.ts).
    const t = model.print.repeatCols && model.print.colBreaks?.length ? 2 : 0;
    expect(after[t === 0 ? "C5" : "E5"].input).toBe(model.cells[0][t]!.value);
    expect(typeof model.cells[0][t]!.value).toBe("string");
    // The existing sheet's layout, protection and freeze are left alone.
    const st = excel.sheet("数据")!;
    expect(st.protected).toBe(false);
    expect(st.freeze).toBeUndefined();
    expect(st.columnWidths.size).toBe(0);
    expect(result.skipped.map((s) => s.feature)).toEqual(["columnWidths"]);
    expect(st.names.has(STAMP_NAME)).toBe(true);
  });

  it("writes nothing when any cell of the area is non-empty, and says where", async () => {
    const excel = new FakeExcel({ sheets: ["数据"] });
    excel.setCell("数据", "H9", "=SUM(A1:A3)");
    const model = buildTemplate("annual-plan", plan(3, 0), { origin: { row: 2, col: 1 } });
    const before = excel.snapshot();
    const result = await insertSheetModel(excel.context, model, {
      mode: "at",
      sheetName: "数据",
      supports: excel.supports,
    });
    expect(result).toMatchObject({ ok: false, syncs: 1, error: { code: "notEmpty" } });
    if (result.ok) return;
    expect(result.error.zh).toContain("H9");
    expect(result.error.en).toContain("nothing was written");
    expect(excel.snapshot()).toEqual(before);
    expect(excel.calls.filter((c) => WRITE_OPS.test(c.op))).toEqual([]);
  });

  it("refuses a protected sheet and a missing sheet without writing", async () => {
    const excel = new FakeExcel({ sheets: ["锁定"] });
    excel.sheet("锁定")!.protected = true;
    const model = buildTemplate("annual-plan", plan(2, 0));
    const locked = await insertSheetModel(excel.context, model, {
      mode: "at",
      sheetName: "锁定",
      supports: excel.supports,
    });
    expect(locked).toMatchObject({ ok: false, error: { code: "protected" } });
    const missing = await insertSheetModel(excel.context, model, {
      mode: "at",
      sheetName: "无此表",
      supports: excel.supports,
    });
    expect(missing).toMatchObject({ ok: false, error: { code: "sheetMissing" } });
    expect(excel.calls.filter((c) => WRITE_OPS.test(c.op))).toEqual([]);
    expect(excel.sheet("锁定")!.cells.size).toBe(0);
  });

  it("keeps an existing stamp name and reports it", async () => {
    const excel = new FakeExcel({ sheets: ["S"] });
    const first = await insertSheetModel(excel.context, buildTemplate("annual-plan", plan(2, 0)), {
      mode: "at",
      supports: excel.supports,
    });
    expect(first.ok).toBe(true);
    const second = await insertSheetModel(
      excel.context,
      buildTemplate("gap-analysis", plan(2, 0), { origin: { row: 30, col: 0 } }),
      { mode: "at", supports: excel.supports },
    );
    if (!second.ok) throw new Error(second.error.en);
    expect(second.skipped.map((s) => s.feature)).toContain("stampName");
    expect(excel.sheet("S")!.names.size).toBe(1);
  });
});

describe("openAsNewWorkbook", () => {
  const g = globalThis as unknown as { Excel?: unknown };
  afterEach(() => {
    delete g.Excel;
  });

  it("hands the .xlsx to Excel.createWorkbook as base64 where ExcelApi 1.8 exists, and declines elsewhere", async () => {
    const received: string[] = [];
    g.Excel = { createWorkbook: async (b64: string) => void received.push(b64) };
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
    expect(await openAsNewWorkbook(bytes, () => true)).toBe(true);
    expect(Buffer.from(received[0], "base64").equals(Buffer.from(bytes))).toBe(true);
    expect(await openAsNewWorkbook(bytes, (_s, v) => v <= "1.7")).toBe(false);
    expect(received).toHaveLength(1);
  });
});

describe("the writer against real Excel's behaviour (issue 13)", () => {
  it("keeps text that Excel would parse (year headers, '=…', percentages, dates) as text", async () => {
    const excel = new FakeExcel({ sheets: ["Sheet1"] });
    const model = buildTemplate("annual-plan", plan(1, 0));
    const texts = ["2024", "=PLAN.GAP(A1,B1)", "10%", "2024-1-1", "TRUE", "'quoted", "指标", "2024年度"];
    const row = model.cells.length;
    model.cells.push(model.cells[0].map((_, c) => (c < texts.length ? { value: texts[c] } : null)));
    await insertSheetModel(excel.context, model, { supports: excel.supports });
    const sent = texts.map((_, c) => excel.cell(model.sheetName, `${colName(c)}${row + 1}`)?.input);
    expect(sent).toEqual([
      "'2024",
      "'=PLAN.GAP(A1,B1)",
      "'10%",
      "'2024-1-1",
      "'TRUE",
      "''quoted",
      "指标",
      "2024年度",
    ]);
  });

  it("freezes the header of a new sheet while another sheet is active (office-js #3148)", async () => {
    const excel = new FakeExcel({ sheets: ["Sheet1"], activeSheet: "Sheet1" });
    const model = buildTemplate("quarterly-report", plan(2, 3), { asOf: "2024-06-30" });
    expect(model.freeze.rows + model.freeze.cols).toBeGreaterThan(0);
    await insertSheetModel(excel.context, model, { supports: excel.supports });
    expect(excel.sheet(model.sheetName)!.freeze).toEqual(model.freeze);
    const ops = excel.calls.map((c) => c.op);
    expect(ops.indexOf("Worksheet.activate")).toBeLessThan(
      ops.findIndex((op) => op.startsWith("WorksheetFreezePanes.")),
    );
  });

  it("sets fit-to-one-page-wide so that Excel applies it (office-js #1860)", async () => {
    const excel = new FakeExcel({ sheets: ["Sheet1"] });
    // Templates print at a readable scale (src/model/print.ts); a model that fits to width
    // (the collect problem list) gets both fit values.
    const model = buildTemplate("quarterly-report", plan(2, 3), { asOf: "2024-06-30" });
    expect(model.print.fitToWidth).toBe(false);
    await insertSheetModel(excel.context, model, { supports: excel.supports });
    expect(excel.sheet(model.sheetName)!.pageLayout.zoom).toEqual({ scale: model.print.scale });
    const fit = buildTemplate("quarterly-report", plan(2, 3), { asOf: "2024-06-30" });
    fit.print.fitToWidth = true;
    fit.sheetName = "fit";
    await insertSheetModel(excel.context, fit, { supports: excel.supports });
    expect(excel.sheet("fit")!.pageLayout.zoom).toEqual({
      horizontalFitToPages: 1,
      verticalFitToPages: 0,
    });
  });

  it("a failed write at a cell removes the validation and conditional formats it added", async () => {
    const excel = new FakeExcel({ sheets: ["数据"], activeSheet: "数据" });
    excel.setCell("数据", "A1", "用户的表");
    const model = buildTemplate("quarterly-report", plan(2, 3), {
      asOf: "2024-06-30",
      origin: { row: 3, col: 1 },
    });
    expect(model.validations.length + model.conditionalFormats.length).toBeGreaterThan(0);
    excel.failSync(2);
    const result = await insertSheetModel(excel.context, model, { mode: "at", supports: excel.supports });
    expect(result).toMatchObject({ ok: false, error: { code: "failed" } });
    const st = excel.sheet("数据")!;
    expect(st.validations).toEqual([]);
    expect(st.conditionalFormats).toEqual([]);
    expect([...st.cells.keys()]).toEqual(["0,0"]); // only the user's cell is left
  });

  it("reports a failing first sync by its error code, not as a missing sheet", async () => {
    const excel = new FakeExcel({ sheets: ["数据"] });
    // zh-CN Excel localizes the message; the code is what tells the case apart.
    excel.failSync(
      1,
      new FakeOfficeError("InvalidOperationInCellEditMode", "无法在单元格编辑模式下执行此操作。"),
    );
    const model = buildTemplate("annual-plan", plan(1, 0), { origin: { row: 2, col: 1 } });
    const busy = await insertSheetModel(excel.context, model, {
      mode: "at",
      sheetName: "数据",
      supports: excel.supports,
    });
    expect(busy).toMatchObject({
      ok: false,
      error: { code: "failed", hostCode: "InvalidOperationInCellEditMode" },
    });
    const missing = await insertSheetModel(excel.context, model, {
      mode: "at",
      sheetName: "无此表",
      supports: excel.supports,
    });
    expect(missing).toMatchObject({ ok: false, error: { code: "sheetMissing" } });
    expect(excel.calls.filter((c) => WRITE_OPS.test(c.op))).toEqual([]);
  });
});
