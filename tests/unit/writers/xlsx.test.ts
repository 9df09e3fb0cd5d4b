import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeXlsx } from "../../../src/writers/xlsx";
import { buildTemplate } from "../../../src/model/templates";
import { serialFromIso } from "../../../src/core/excelDate";
import { parseStamp, STAMP_NAME } from "../../../src/model/stamp";
import { a1 } from "../../../src/model/a1";
import type { Plan } from "../../../src/core/plan";
import type { SheetModel } from "../../../src/model/types";

const plan: Plan = {
  title: "测试计划",
  baseYear: 2021,
  targetYear: 2024,
  regions: ["环翠区", "文登区", "荣成市"],
  indicators: [
    { name: "发明专利申请量", unit: "件", base: 3000, cagr: 0.1 },
    { name: "专利权质押融资额", unit: "万元", base: 5000, growth: 0.5 },
    { name: "结案率", unit: "%", target: 0.95 },
  ],
  tasks: [{ name: "任务一", lead: "市知识产权局", partners: ["市科技局"], deadline: "2024-06-30" }],
};

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

function within(
  m: SheetModel,
  r: number,
  c: number,
  range: { row: number; col: number; rows: number; cols: number },
) {
  const R = m.origin.row + r;
  const C = m.origin.col + c;
  return R >= range.row && R < range.row + range.rows && C >= range.col && C < range.col + range.cols;
}

describe("writeXlsx", () => {
  const models = [
    buildTemplate("quarterly-report", plan, { asOf: "2024-06-30" }),
    buildTemplate("annual-plan", plan),
    buildTemplate("annual-plan", plan, { lang: "en" }),
  ];
  let wb: ExcelJS.Workbook;
  let buf: Buffer;
  beforeAll(async () => {
    buf = await writeXlsx(models);
    wb = await load(buf);
  });

  it("gives each model its own uniquely named sheet", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["季度通报", "年度计划", "Annual plan"]);
  });

  it("writes every value and formula where the model has it (shared formulas read back whole)", () => {
    models.forEach((m, i) => {
      const ws = wb.worksheets[i];
      m.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const x = ws.getCell(m.origin.row + r + 1, m.origin.col + c + 1);
          if (cell?.formula) expect(x.formula).toBe(cell.formula);
          else if (cell?.value !== null && cell?.value !== undefined && x.master === x)
            expect(
              x.value instanceof Date ? (x.value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : x.value,
            ).toBe(cell.value);
          if (cell?.numFmt) expect(x.numFmt).toBe(cell.numFmt);
          if (cell) expect(x.protection?.locked ?? true).toBe(!cell.input);
        }),
      );
    });
  });

  it("protects sheets without a password, freezes the header, sets up A4 landscape printing", () => {
    const ws = wb.worksheets[0];
    const m = models[0];
    const protection = (ws as unknown as { sheetProtection: { sheet: boolean; hashValue?: string } })
      .sheetProtection;
    expect(protection.sheet).toBe(true);
    expect(protection.hashValue).toBeUndefined();
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: m.freeze.rows, xSplit: m.freeze.cols });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, printTitlesRow: "3:4" });
    expect(ws.getColumn(m.stampCell!.col + 1).hidden).toBe(true);
    expect(parseStamp(ws.getCell(1, m.stampCell!.col + 1).value)).toEqual(m.stamp);
  });

  it("puts data validation on the inputs and traffic lights on the statuses", () => {
    const ws = wb.worksheets[0];
    const m = models[0];
    for (const v of m.validations) {
      const x = ws.getCell(v.range.row + 1, v.range.col + 1);
      expect(x.dataValidation?.type).toBe(v.rule.kind === "date" ? "date" : v.rule.kind);
      if (v.rule.kind === "date") {
        // The file holds the bounds' serials (not milliseconds after 1970 taken as a date).
        const serials = (x.dataValidation.formulae as Date[]).map(
          (d) => (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000,
        );
        expect(serials).toEqual(
          [v.rule.min, v.rule.max].filter((d) => d !== undefined).map((d) => serialFromIso(d)),
        );
      }
    }
    const cf = (
      ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }
    ).conditionalFormattings;
    expect(cf.flatMap((f) => f.rules.map((r) => r.formulae[0]))).toEqual([
      '"已完成"',
      '"正常"',
      '"滞后"',
      '"严重滞后"',
    ]);
    // Each validated cell really is an input cell.
    for (const v of m.validations) {
      m.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (within(m, r, c, v.range) && cell) expect(cell.input || cell.formula !== undefined).toBe(true);
        }),
      );
    }
  });

  it("names each stamp cell with a sheet-scoped defined name", async () => {
    const zip = await JSZip.loadAsync(buf);
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    const names = [...xml.matchAll(/<definedName name="([^"]+)" localSheetId="(\d+)"[^>]*>([^<]+)</g)].filter(
      (n) => n[1] === STAMP_NAME,
    );
    expect(names.map((n) => [n[2], n[3].replace(/&apos;/g, "'")])).toEqual(
      models.map((m, i) => [String(i), `'${wb.worksheets[i].name}'!${a1(0, m.stampCell!.col, true)}`]),
    );
  });
});
