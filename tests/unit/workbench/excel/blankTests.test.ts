/**
 * Univer 0.25.1 takes a cell holding 0 as equal to "" inside functions, so the native formulas'
 * blank tests (x="") would blank a county's completion when it reports exactly 0. The workbench
 * gives Univer those tests as LEN(x)=0 and reads them back as written: checked on the real engine,
 * through the Excel API and through an .xlsx file opened in the workbench.
 */
import ExcelJS from "exceljs";
import { NATIVE } from "../../../../src/core/native";
import { xlsxToSnapshot, exportXlsx } from "../../../../src/workbench/xlsx";
import { engineFormula, officeFormula } from "../../../../src/workbench/excel/cells";
import { startWorkbench } from "../../../support/workbenchExcel";

const COMPLETION = `=${NATIVE.COMPLETION(["A2", "B2"])}`;
const STATUS = `=${NATIVE.STATUS(["A2", "B2", "C2"])}`;

test("a blank test reaches Univer as LEN(x)=0 and reads back as written", () => {
  expect(engineFormula('=IF(OR(A2="",B2=""),"",A2/B2)')).toBe('=IF(OR(LEN(A2)=0,LEN(B2)=0),"",A2/B2)');
  expect(engineFormula("=IF('数据 表'!C2=\"\",1,2)")).toBe("=IF(LEN('数据 表'!C2)=0,1,2)");
  // Not a whole argument, or not a blank test: unchanged.
  for (const f of ['="a"&A1=""', '=IF(A1="x",1,2)', '=IF(A1<>"","",2)']) expect(engineFormula(f)).toBe(f);
  for (const f of [COMPLETION, STATUS, '=IF(A1="","",IF(OR(--A1<1,A1>2),1,2))'])
    expect(officeFormula(engineFormula(f))).toBe(f);
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
