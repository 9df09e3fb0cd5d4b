/**
 * Univer 0.25.1 answers comparisons with cells from an inverted index that files 0 with blanks
 * (`A1=""` TRUE for 0) and leaves non-matching cells unset (`NOT(A1=5)` #VALUE!); the workbench
 * turns that index off (src/workbench/univerFixes.ts). Checked on the real engine: formulas set as
 * the grid sets a typed one, through the Excel API, and through an .xlsx file opened in the
 * workbench — each fails without the fix.
 */
import ExcelJS from "exceljs";
import { NATIVE } from "../../../../src/core/native";
import { xlsxToSnapshot, exportXlsx } from "../../../../src/workbench/xlsx";
import { startWorkbench } from "../../../support/workbenchExcel";

const COMPLETION = `=${NATIVE.COMPLETION(["A2", "B2"])}`;
const STATUS = `=${NATIVE.STATUS(["A2", "B2", "C2"])}`;

test("comparisons with a cell compare as in Excel, the second one and later too", async () => {
  const wb = startWorkbench();
  try {
    const ws = wb.engine.api.getActiveWorkbook()!.getActiveSheet();
    ws.getRange("A1").setValue(0);
    ws.getRange("A2").setValue({ f: "=A1*1" });
    // [formula, Excel's result]; the first comparison builds Univer's index, the rest read it.
    const cases: [string, unknown][] = [
      ['=A1=""', false],
      ['=OR(A1="")', false],
      ['=IF(OR(A1=""),1,2)', 2],
      ['=IF(A1="",1,2)', 2],
      ['=IF(A2="",1,2)', 2],
      ['=IF(FALSE,"x",IF(A2="",1,A2))', 0],
      ['=NOT(A1="")', true],
      ["=NOT(A1=5)", true],
      ["=A1=0", true],
      ['=A9=""', true],
      ["=A9=0", true],
    ];
    cases.forEach(([f], i) => ws.getRange(`B${i + 1}`).setValue({ f }));
    await wb.calculated();
    const got = cases.map(([f], i) => [f, ws.getRange(`B${i + 1}`).getValue()]);
    // Univer gives a formula's boolean as 1 / 0.
    const want = cases.map(([f, v]) => [f, typeof v === "boolean" ? Number(v) : v]);
    expect(got).toEqual(want);
  } finally {
    wb.dispose();
  }
});

test("through the Excel API: an actual of 0 is 0% and judged, a blank actual stays blank", async () => {
  const wb = startWorkbench();
  try {
    const out = await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A2:C3").values = [
        [0, 40, 0.5],
        ["", 40, 0.5],
      ];
      const f = sheet.getRange("D2:E3");
      f.formulas = [
        [COMPLETION, STATUS],
        [COMPLETION.replace(/2/g, "3"), STATUS.replace(/2/g, "3")],
      ];
      f.load("values,formulas");
      await context.sync();
      return { values: f.values, formulas: f.formulas };
    });
    expect(out.values).toEqual([
      [0, "严重滞后"],
      ["", ""],
    ]);
    expect(out.formulas[0]).toEqual([COMPLETION, STATUS]);
  } finally {
    wb.dispose();
  }
});

test("an .xlsx opened in the workbench computes 0 as 0, and is saved with its own formulas", async () => {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("表");
  ws.getCell("A2").value = 0;
  ws.getCell("B2").value = 40;
  ws.getCell("C2").value = 0.5;
  ws.getCell("D2").value = { formula: COMPLETION.slice(1) };
  ws.getCell("E2").value = { formula: STATUS.slice(1) };
  const { snapshot } = await xlsxToSnapshot(new Uint8Array(await book.xlsx.writeBuffer()));
  const wb = startWorkbench({ snapshot });
  try {
    await wb.calculated();
    expect([wb.cell("表", "D2").v, wb.cell("表", "E2").v]).toEqual([0, "严重滞后"]);
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load(
      (await exportXlsx(wb.engine.api.getActiveWorkbook()!.save())).bytes as unknown as ArrayBuffer,
    );
    expect((saved.getWorksheet("表")!.getCell("D2").value as { formula: string }).formula).toBe(
      COMPLETION.slice(1),
    );
  } finally {
    wb.dispose();
  }
});
