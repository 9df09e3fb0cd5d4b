/**
 * Snapshots as the real engine saves them: a workbook edited through Univer's facade (values,
 * formulas, a formula filled down as Univer keeps it, PLAN functions, number formats, fills,
 * merges, widths, frozen rows, list validation, a traffic-light rule) is saved, written as .xlsx,
 * read back with exceljs, then opened again in the engine: the same cells calculate the same.
 */
import ExcelJS from "exceljs";
import type { IWorkbookData } from "@univerjs/core";
import { createHeadlessEngine, type Engine } from "../../../src/workbench/engine";
import { registerPlanFunctions } from "../../../src/workbench/planFunctions";
import { exportXlsx, xlsxToSnapshot } from "../../../src/workbench/xlsx";

let engine: Engine;

beforeAll(() => {
  engine = createHeadlessEngine({ locale: "zh-CN" });
});
afterAll(() => engine.dispose());

async function saved(): Promise<IWorkbookData> {
  const { api } = engine;
  const wb = api.createWorkbook({ id: "edited", name: "edited" });
  registerPlanFunctions(api, "zh");
  const ws = wb.getActiveSheet();
  ws.getRange("A1:D3").setValues([
    ["指标", "基数", "增速", "推算"],
    ["专利", 100, 0.3, { f: "=PLAN.PROJECT(B2,C2,1)" }],
    ["商标", 200, 0.1, { f: "=B3*(1+C3)" }],
  ] as never);
  ws.getRange("E2:E3").setValues([
    [{ f: '=IF(D2>=120,"正常","滞后")' }],
    [{ f: '=IF(D3>=250,"正常","滞后")' }],
  ] as never);
  ws.getRange("C2:C3").setNumberFormat("0.0%");
  ws.getRange("A1:E1").setBackgroundColor("#D9E1F2");
  ws.getRange("A5:B5").merge();
  ws.getRange("A5").setValue("合计");
  ws.getRange("D5").setValue({ f: "=SUM(D2:D3)" } as never);
  ws.setColumnWidths(0, 1, 120);
  ws.setFrozenRows(1);
  ws.getRange("F2:F3").setDataValidation(api.newDataValidation().requireValueInList(["是", "否"]).build());
  ws.addConditionalFormattingRule(
    ws
      .newConditionalFormattingRule()
      .whenTextEqualTo("滞后")
      .setBackground("#FFC7CE")
      .setFontColor("#9C0006")
      .setRanges([ws.getRange("E2:E3").getRange()])
      .build(),
  );
  await api.getFormula().onCalculationResultApplied();
  const snapshot = wb.save();
  api.disposeUnit(wb.getId());
  return snapshot;
}

test("a workbook saved by the engine becomes an .xlsx with the same cells, formats and rules", async () => {
  const snapshot = await saved();
  const { bytes, warnings } = await exportXlsx(snapshot);
  expect(warnings.map((w) => w.en)).toEqual([expect.stringMatching(/PLAN functions/)]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(0) as ArrayBuffer);
  const ws = wb.worksheets[0];
  expect(ws.getCell("A2").value).toBe("专利");
  expect(ws.getCell("B2").value).toBe(100);
  expect(ws.getCell("C2").numFmt).toBe("0.0%");
  expect(ws.getCell("D2").formula).toBe("_xldudf_PLAN_PROJECT(B2,C2,1)");
  expect((ws.getCell("D2").value as ExcelJS.CellFormulaValue).result).toBeCloseTo(130, 9);
  expect((ws.getCell("D3").value as ExcelJS.CellFormulaValue).result).toBeCloseTo(220, 9);
  expect((ws.getCell("E3").value as ExcelJS.CellFormulaValue).result).toBe("滞后");
  expect((ws.getCell("D5").value as ExcelJS.CellFormulaValue).result).toBeCloseTo(350, 9);
  expect(ws.getCell("A1").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
  expect(ws.getCell("B5").isMerged).toBe(true);
  expect(ws.getColumn(1).width).toBeCloseTo(120 / 7, 2);
  expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1, xSplit: 0 });
  expect(ws.getCell("F3").dataValidation).toMatchObject({ type: "list", formulae: ['"是,否"'] });
  const cf = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
  expect(cf[0]).toMatchObject({
    ref: "E2:E3",
    rules: [{ type: "cellIs", operator: "equal", formulae: ['"滞后"'] }],
  });
  expect(cf[0].rules[0].style?.fill).toMatchObject({ bgColor: { argb: "FFFFC7CE" } });
});

test("saved, reopened from the file and recalculated in the engine: the same cells", async () => {
  const snapshot = await saved();
  const { snapshot: reopened } = await xlsxToSnapshot((await exportXlsx(snapshot)).bytes, { id: "reopened" });
  const { api } = engine;
  const wb = api.createWorkbook(reopened);
  await api.getFormula().onCalculationResultApplied();
  const ws = wb.getActiveSheet();
  const values = ws.getRange("A1:F5").getRawValues();
  expect(values[1].slice(0, 4)).toEqual(["专利", 100, 0.3, expect.closeTo(130, 9)]);
  expect(values[2][3]).toBeCloseTo(220, 9);
  expect(values[1][4]).toBe("正常");
  expect(values[2][4]).toBe("滞后");
  expect(values[4][3]).toBeCloseTo(350, 9);
  expect(wb.save().sheets[ws.getSheetId()].mergeData).toEqual([
    expect.objectContaining({ startRow: 4, startColumn: 0, endRow: 4, endColumn: 1 }),
  ]);
  api.disposeUnit(wb.getId());
});

test("a formula Univer keeps once for a filled block (si) is written into every cell of the block", async () => {
  const base = {
    id: "filled",
    name: "filled",
    appVersion: "0.25.1",
    locale: "zhCN",
    styles: {},
    sheetOrder: ["s"],
    sheets: {
      s: {
        id: "s",
        name: "S",
        rowCount: 20,
        columnCount: 5,
        cellData: {
          0: { 0: { v: 1, t: 2 }, 1: { f: "=A1*2", si: "k" } },
          1: { 0: { v: 2, t: 2 }, 1: { si: "k" } },
          2: { 0: { v: 3, t: 2 }, 1: { si: "k" } },
        },
      },
    },
  } as unknown as IWorkbookData;
  const { api } = engine;
  const wb = api.createWorkbook(base);
  await api.getFormula().onCalculationResultApplied();
  const snapshot = wb.save();
  api.disposeUnit(wb.getId());
  const file = new ExcelJS.Workbook();
  await file.xlsx.load((await exportXlsx(snapshot)).bytes.buffer.slice(0) as ArrayBuffer);
  const ws = file.worksheets[0];
  expect([1, 2, 3].map((r) => ws.getCell(r, 2).formula)).toEqual(["A1*2", "A2*2", "A3*2"]);
  expect([1, 2, 3].map((r) => (ws.getCell(r, 2).value as ExcelJS.CellFormulaValue).result)).toEqual([
    2, 4, 6,
  ]);
});
