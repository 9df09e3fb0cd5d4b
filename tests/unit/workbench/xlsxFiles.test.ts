/**
 * Every feature the workbench's file converter carries, read back with exceljs (and the package
 * parts exceljs does not read, with JSZip): a workbook built with exceljs goes .xlsx → Univer
 * snapshot → .xlsx. The snapshot side is checked where Univer's units differ (pixels, serials).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ICellData, IWorkbookData } from "@univerjs/core";
import {
  CELL_UNLOCKED_KEY,
  CUSTOM_XML_PARTS_KEY,
  exportXlsx,
  snapshotToXlsx,
  xlsxToSnapshot,
} from "../../../src/workbench/xlsx";
import { PLAN_XML_NAMESPACE, planFromXml, planToXml } from "../../../src/office/planXml";
import type { Plan } from "../../../src/core/plan";
import { buildTemplate } from "../../../src/model/templates";
import { writeXlsx } from "../../../src/writers/xlsx";

const PLAN: Plan = {
  title: "测试规划 <&>",
  baseYear: 2023,
  targetYear: 2025,
  indicators: [{ name: "专利申请量", unit: "件", base: 100, growth: 0.1 }],
};

async function source(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.calcProperties.fullCalcOnLoad = true;
  const ws = wb.addWorksheet("数据", {
    views: [{ state: "frozen", xSplit: 1, ySplit: 2, showGridLines: false }],
    pageSetup: {
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:2",
    },
    properties: { tabColor: { argb: "FFFF0000" } },
  });
  ws.getCell("A1").value = 42.5;
  ws.getCell("B1").value = "001";
  ws.getCell("C1").value = true;
  ws.getCell("D1").value = new Date(Date.UTC(2024, 5, 30));
  ws.getCell("D1").numFmt = "yyyy-mm-dd";
  ws.getCell("E1").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell("F1").value = "文字";
  ws.getCell("A2").value = 1;
  ws.getCell("A3").value = 2;
  ws.getCell("A4").value = 3;
  ws.getCell("B2").value = { formula: "A2*2", result: 2 } as ExcelJS.CellFormulaValue;
  ws.getCell("B3").value = { sharedFormula: "B2", result: 4 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell("B4").value = { sharedFormula: "B2", result: 6 } as ExcelJS.CellSharedFormulaValue;
  ws.getCell("C2").value = { formula: "_xlfn.RRI(2,100,121)", result: 0.1 } as ExcelJS.CellFormulaValue;
  ws.getCell("D2").value = {
    formula: "_xldudf_PLAN_PROJECT(100,0.3,1)",
    result: 130,
  } as ExcelJS.CellFormulaValue;
  ws.getCell("E2").value = {
    formula: "A2:A4*10",
    result: 10,
    shareType: "array",
    ref: "E2:E4",
  } as unknown as ExcelJS.CellFormulaValue;
  ws.getCell("E3").value = 20;
  ws.getCell("E4").value = 30;
  ws.getCell("F2").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  ws.getCell("F3").value = { formula: 'IF(A2>0,"是","否")', result: "是" } as ExcelJS.CellFormulaValue;
  ws.getCell("A1").style = {
    font: { name: "仿宋", size: 14, bold: true, italic: true, color: { argb: "FF1F3864" } },
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } },
    border: {
      top: { style: "thin", color: { argb: "FFA6A6A6" } },
      bottom: { style: "double", color: { argb: "FF000000" } },
      left: { style: "medium", color: { argb: "FF00FF00" } },
      right: { style: "dashed", color: { argb: "FF0000FF" } },
    },
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
    numFmt: '#,##0.0"件"',
    protection: { locked: false },
  };
  ws.getCell("F1").font = { color: { theme: 4 } };
  ws.mergeCells("G1:H2");
  ws.getCell("G1").value = "合并";
  ws.getColumn(1).width = 20;
  ws.getColumn(2).width = 8.43;
  ws.getColumn(9).hidden = true;
  ws.getRow(1).height = 30;
  const dv = (ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  dv.add("A10:A20", {
    type: "list",
    allowBlank: true,
    formulae: ['"已完成,正常,滞后"'],
    showInputMessage: true,
    prompt: "选择状态",
    showErrorMessage: true,
    error: "请从列表中选择",
  });
  dv.add("B10:B20", { type: "whole", operator: "between", formulae: [0, 100], allowBlank: false });
  dv.add("C10:C20", {
    type: "decimal",
    operator: "greaterThanOrEqual",
    formulae: [0],
    allowBlank: true,
    showInputMessage: true,
    prompt: "不小于 0",
  });
  dv.add("D10:D20", {
    type: "date",
    operator: "between",
    formulae: [new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 11, 31))],
    allowBlank: true,
    showInputMessage: true,
    prompt: "2024 年内",
  });
  ws.addConditionalFormatting({
    ref: "F10:F20",
    rules: [
      {
        type: "cellIs",
        operator: "equal",
        formulae: ['"滞后"'],
        priority: 1,
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } },
          font: { color: { argb: "FF9C0006" } },
        },
      },
      {
        type: "cellIs",
        operator: "greaterThan",
        formulae: ["100"],
        priority: 2,
        style: { font: { bold: true } },
      },
    ],
  });
  await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true });
  ws.getCell("J5").value = "IPSTAMP1 {}";
  const other = wb.addWorksheet("Other Sheet");
  other.getCell("A1").value = 7;
  other.getCell("B1").value = { formula: "数据!A1+Total", result: 49.5 } as ExcelJS.CellFormulaValue;
  other.state = "hidden";

  // Names exceljs cannot write (a sheet-scoped one, a constant) and the plan's custom XML part,
  // added to the package as Excel writes them.
  const zip = await JSZip.loadAsync((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  let book = await zip.file("xl/workbook.xml")!.async("string");
  const names =
    `<definedName name="IP_STAMP" localSheetId="0">'数据'!$J$5</definedName>` +
    `<definedName name="Total">'Other Sheet'!$A$1</definedName>`;
  book = book.includes("<definedNames>")
    ? book.replace("<definedNames>", `<definedNames>${names}`)
    : book.replace("<calcPr", `<definedNames>${names}</definedNames><calcPr`);
  zip.file("xl/workbook.xml", book);
  zip.file("customXml/item1.xml", planToXml(PLAN));
  zip.file(
    "customXml/itemProps1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><ds:datastoreItem ds:itemID="{11111111-2222-4333-8444-555555555555}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>`,
  );
  return zip.generateAsync({ type: "uint8array" });
}

let snapshot: IWorkbookData;
let warnings: { zh: string; en: string }[];
let back: ExcelJS.Workbook;
let backZip: JSZip;
let exportWarnings: { zh: string; en: string }[];

const cell = (r: number, c: number, sheet = 0): ICellData =>
  (snapshot.sheets[snapshot.sheetOrder[sheet]].cellData as Record<number, Record<number, ICellData>>)[r]?.[
    c
  ] ?? {};
const resource = (name: string): Record<string, unknown> =>
  JSON.parse(snapshot.resources!.find((r) => r.name === name)!.data) as Record<string, unknown>;

beforeAll(async () => {
  ({ snapshot, warnings } = await xlsxToSnapshot(await source()));
  const out = await exportXlsx(snapshot);
  exportWarnings = out.warnings;
  back = new ExcelJS.Workbook();
  await back.xlsx.load(out.bytes.buffer.slice(0) as ArrayBuffer);
  backZip = await JSZip.loadAsync(out.bytes);
});

describe("xlsx → snapshot", () => {
  test("values: numbers, numeric-looking text, booleans, dates as serials, errors", () => {
    expect(cell(0, 0)).toMatchObject({ v: 42.5, t: 2 });
    expect(cell(0, 1)).toMatchObject({ v: "001", t: 1 });
    expect(cell(0, 2)).toMatchObject({ v: 1, t: 3 });
    expect(cell(0, 3)).toMatchObject({ v: 45473, t: 2 });
    expect(snapshot.styles[cell(0, 3).s as string]).toMatchObject({ n: { pattern: "yyyy-mm-dd" } });
    expect(cell(0, 4)).toMatchObject({ v: "#N/A" });
  });

  test("formulas: shared ones expanded, prefixes removed, PLAN in the engine's spelling, array anchors only", () => {
    expect(cell(1, 1)).toMatchObject({ f: "=A2*2", v: 2 });
    expect(cell(2, 1)).toMatchObject({ f: "=A3*2", v: 4 });
    expect(cell(3, 1)).toMatchObject({ f: "=A4*2", v: 6 });
    expect(cell(1, 2).f).toBe("=RRI(2,100,121)");
    expect(cell(1, 3).f).toBe("=PLAN.PROJECT(100,0.3,1)");
    expect(cell(1, 4)).toMatchObject({ f: "=A2:A4*10", ref: "E2:E4" });
    expect(cell(2, 4)).toEqual({});
    expect(cell(1, 5)).toMatchObject({ f: "=1/0", v: "#DIV/0!" });
  });

  test("styles, widths in pixels, heights, hidden columns, freeze, merges, unlocked cells", () => {
    const s = snapshot.styles[cell(0, 0).s as string]!;
    expect(s).toMatchObject({
      ff: "仿宋",
      fs: 14,
      bl: 1,
      it: 1,
      cl: { rgb: "#1F3864" },
      bg: { rgb: "#FFF2CC" },
      ht: 2,
      vt: 2,
      tb: 3,
      n: { pattern: '#,##0.0"件"' },
    });
    expect(s.bd).toEqual({
      t: { s: 1, cl: { rgb: "#A6A6A6" } },
      b: { s: 7, cl: { rgb: "#000000" } },
      l: { s: 8, cl: { rgb: "#00FF00" } },
      r: { s: 4, cl: { rgb: "#0000FF" } },
    });
    expect(snapshot.styles[cell(0, 5).s as string]).toMatchObject({ cl: { rgb: "#4472C4" } });
    const sheet = snapshot.sheets[snapshot.sheetOrder[0]];
    // A file's width counts 7-pixel digits including the padding: 20 → 140 px, 8.43 → 59 px.
    expect(sheet.columnData![0].w).toBe(140);
    expect(sheet.columnData![1].w).toBe(59);
    expect(sheet.defaultColumnWidth).toBe(64);
    expect(sheet.columnData![8].hd).toBe(1);
    expect(sheet.rowData![0].h).toBe(40); // 30 pt
    expect(sheet.freeze).toEqual({ xSplit: 1, ySplit: 2, startRow: 2, startColumn: 1 });
    expect(sheet.showGridlines).toBe(0);
    expect(sheet.mergeData).toEqual([{ startRow: 0, startColumn: 6, endRow: 1, endColumn: 7 }]);
    expect(cell(0, 0).custom).toEqual({ [CELL_UNLOCKED_KEY]: 1 });
    expect(cell(0, 1).custom).toBeUndefined();
    expect(snapshot.sheets[snapshot.sheetOrder[1]].hidden).toBe(1);
  });

  test("validation and conditional formats as Univer's plugins keep them", () => {
    const dv = resource("SHEET_DATA_VALIDATION_PLUGIN")[snapshot.sheetOrder[0]] as Record<string, unknown>[];
    expect(dv).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: "list",
          formula1: JSON.stringify(["已完成", "正常", "滞后"]),
          ranges: [{ startRow: 9, startColumn: 0, endRow: 19, endColumn: 0 }],
          prompt: "选择状态",
          showInputMessage: true,
          error: "请从列表中选择",
        }),
        expect.objectContaining({ type: "whole", operator: "between", formula1: "0", formula2: "100" }),
        expect.objectContaining({
          type: "decimal",
          operator: "greaterThanOrEqual",
          formula1: "0",
          prompt: "不小于 0",
        }),
        expect.objectContaining({ type: "date", operator: "between", formula1: "45292", formula2: "45657" }),
      ]),
    );
    const cf = resource("SHEET_CONDITIONAL_FORMATTING_PLUGIN")[snapshot.sheetOrder[0]] as Record<
      string,
      unknown
    >[];
    expect(cf.map((x) => x.rule)).toEqual([
      {
        type: "highlightCell",
        subType: "text",
        operator: "equal",
        value: "滞后",
        style: { bg: { rgb: "#FFC7CE" }, cl: { rgb: "#9C0006" } },
      },
      { type: "highlightCell", subType: "number", operator: "greaterThan", value: 100, style: { bl: 1 } },
    ]);
  });

  test("defined names keep their scope; the plan's custom XML part is in the workbook's custom data", () => {
    const names = Object.values(resource("SHEET_DEFINED_NAME_PLUGIN")) as Record<string, unknown>[];
    expect(names).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: "IP_STAMP",
          formulaOrRefString: "'数据'!$J$5",
          localSheetId: snapshot.sheetOrder[0],
        }),
        expect.objectContaining({
          name: "Total",
          formulaOrRefString: "'Other Sheet'!$A$1",
          localSheetId: "AllDefaultWorkbook",
        }),
      ]),
    );
    const parts = (snapshot.custom as Record<string, { id?: string; xml: string }[]>)[CUSTOM_XML_PARTS_KEY];
    expect(parts).toHaveLength(1);
    expect(parts[0].id).toBe("{11111111-2222-4333-8444-555555555555}");
    expect(planFromXml(parts[0].xml)).toEqual(PLAN);
    expect(warnings).toEqual([]);
  });
});

describe("snapshot → xlsx, read back with exceljs", () => {
  const ws = () => back.getWorksheet("数据")!;

  test("values and formulas with cached results, prefixes restored, full recalculation on load", async () => {
    const w = ws();
    expect(w.getCell("A1").value).toBe(42.5);
    expect(w.getCell("B1").value).toBe("001");
    expect(w.getCell("C1").value).toBe(true);
    expect((w.getCell("D1").value as Date).toISOString()).toBe("2024-06-30T00:00:00.000Z");
    expect(w.getCell("D1").numFmt).toBe("yyyy-mm-dd");
    expect(w.getCell("E1").value).toEqual({ error: "#N/A" });
    expect(w.getCell("B3").formula).toBe("A3*2");
    // The filled-down block is stored once, as a shared formula.
    const sheetXml = await backZip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).toMatch(/<f t="shared" ref="B2:B4" si="\d+">A2\*2<\/f>/);
    expect((w.getCell("B3").value as ExcelJS.CellFormulaValue).result).toBe(4);
    expect(w.getCell("C2").formula).toBe("_xlfn.RRI(2,100,121)");
    expect(w.getCell("D2").formula).toBe("_xldudf_PLAN_PROJECT(100,0.3,1)");
    expect(w.getCell("E2").value).toMatchObject({ formula: "A2:A4*10", shareType: "array", ref: "E2:E4" });
    expect((w.getCell("F2").value as ExcelJS.CellFormulaValue).result).toEqual({ error: "#DIV/0!" });
    expect((w.getCell("F3").value as ExcelJS.CellFormulaValue).result).toBe("是");
    expect(back.getWorksheet("Other Sheet")!.getCell("B1").formula).toBe("数据!A1+Total");
    const book = await backZip.file("xl/workbook.xml")!.async("string");
    expect(book).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });

  test("PLAN formulas are written in the add-in's stored form, with a warning", () => {
    expect(exportWarnings.map((w) => w.en).join(" ")).toMatch(/PLAN functions.*#NAME\?/);
  });

  test("fonts, fills, borders, alignment, number formats, locked state", () => {
    const s = ws().getCell("A1").style;
    expect(s.font).toMatchObject({
      name: "仿宋",
      size: 14,
      bold: true,
      italic: true,
      color: { argb: "FF1F3864" },
    });
    expect(s.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } });
    expect(s.border).toMatchObject({
      top: { style: "thin", color: { argb: "FFA6A6A6" } },
      bottom: { style: "double" },
      left: { style: "medium" },
      right: { style: "dashed" },
    });
    expect(s.alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(s.numFmt).toBe('#,##0.0"件"');
    expect(s.protection).toMatchObject({ locked: false });
    expect(ws().getCell("B1").style.protection?.locked).not.toBe(false);
  });

  test("widths, heights, hidden columns, freeze, gridlines, merges, tab colour, hidden sheet", () => {
    const w = ws();
    expect(w.getColumn(1).width).toBeCloseTo(20, 1);
    expect(w.getColumn(2).width).toBeCloseTo(8.43, 1);
    expect(w.getColumn(9).hidden).toBe(true);
    expect(w.getRow(1).height).toBe(30);
    expect(w.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2, showGridLines: false });
    expect(w.getCell("H2").isMerged).toBe(true);
    expect(w.getCell("H2").master.address).toBe("G1");
    expect(w.getCell("G1").value).toBe("合并");
    expect(w.properties.tabColor).toEqual({ argb: "FFFF0000" });
    expect(back.getWorksheet("Other Sheet")!.state).toBe("hidden");
  });

  test("list, whole, decimal and date validation with prompts; conditional formats", () => {
    const dv = (ws() as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    expect(dv.A15).toMatchObject({
      type: "list",
      formulae: ['"已完成,正常,滞后"'],
      prompt: "选择状态",
      error: "请从列表中选择",
    });
    expect(dv.B10).toMatchObject({ type: "whole", operator: "between", formulae: [0, 100] });
    expect(dv.C20).toMatchObject({
      type: "decimal",
      operator: "greaterThanOrEqual",
      formulae: [0],
      prompt: "不小于 0",
    });
    expect(dv.D12.type).toBe("date");
    expect((dv.D12.formulae as Date[]).map((d) => d.toISOString().slice(0, 10))).toEqual([
      "2024-01-01",
      "2024-12-31",
    ]);
    expect(dv.A21).toBeUndefined();
    const cfs = (ws() as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings;
    expect(cfs.map((c) => c.ref)).toEqual(["F10:F20", "F10:F20"]);
    expect(cfs[0].rules[0]).toMatchObject({ type: "cellIs", operator: "equal", formulae: ['"滞后"'] });
    expect(cfs[0].rules[0].style?.fill).toMatchObject({ bgColor: { argb: "FFFFC7CE" } });
    expect(cfs[0].rules[0].style?.font).toMatchObject({ color: { argb: "FF9C0006" } });
    expect(cfs[1].rules[0]).toMatchObject({ type: "cellIs", operator: "greaterThan", formulae: ["100"] });
  });

  test("sheet protection flags and print setup", () => {
    const p = (ws() as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(p).toMatchObject({ sheet: true, formatColumns: true });
    expect(ws().pageSetup).toMatchObject({
      orientation: "landscape",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:2",
    });
  });

  test("defined names with their scope and the plan's custom XML part, as Office reads them", async () => {
    const book = await backZip.file("xl/workbook.xml")!.async("string");
    expect(book).toContain(`<definedName name="IP_STAMP" localSheetId="0">'数据'!$J$5</definedName>`);
    expect(book).toContain(`<definedName name="Total">'Other Sheet'!$A$1</definedName>`);
    expect(book).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="0">(&apos;)?数据(&apos;)?!\$1:\$2<\/definedName>/,
    );
    const item = await backZip.file("customXml/item1.xml")!.async("string");
    expect(item).toContain(`xmlns="${PLAN_XML_NAMESPACE}"`);
    expect(planFromXml(item)).toEqual(PLAN);
    const props = await backZip.file("customXml/itemProps1.xml")!.async("string");
    expect(props).toContain('ds:itemID="{11111111-2222-4333-8444-555555555555}"');
    const rels = await backZip.file("xl/_rels/workbook.xml.rels")!.async("string");
    expect(rels).toMatch(/relationships\/customXml" Target="..\/customXml\/item1.xml"/);
    const types = await backZip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain('PartName="/customXml/itemProps1.xml"');
  });

  test("a second round trip gives the same snapshot", async () => {
    const again = await xlsxToSnapshot(await snapshotToXlsx(snapshot), { id: snapshot.id });
    expect(again.snapshot.sheets).toEqual(snapshot.sheets);
    expect(again.snapshot.styles).toEqual(snapshot.styles);
    expect(again.snapshot.resources).toEqual(snapshot.resources);
    expect(again.snapshot.custom).toEqual(snapshot.custom);
  });
});

test("a form's column page breaks survive opening and saving in the workbench", async () => {
  // A quarterly report wide enough to print on several pages, written by the product's writer.
  const plan: Plan = {
    title: "分页测试",
    baseYear: 2024,
    targetYear: 2025,
    regions: ["东城区", "西城县"],
    indicators: Array.from({ length: 6 }, (_, i) => ({ name: `指标${i + 1}`, unit: "件", target: 100 + i })),
  };
  const model = buildTemplate("quarterly-report", plan, { asOf: "2025-06-30" });
  const file = await writeXlsx([model]);
  const breaksOf = async (bytes: Uint8Array) => {
    const xml =
      (await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string")) ?? "";
    return [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
  };
  const original = await breaksOf(file);
  expect(original.length).toBeGreaterThan(1);
  const { snapshot } = await xlsxToSnapshot(file);
  const { bytes } = await exportXlsx(snapshot as IWorkbookData);
  expect(await breaksOf(bytes)).toEqual(original);
});
