import ExcelJS from "exceljs";
import JSZip from "jszip";
import { shareXlsx, shareWithExceljs } from "../../../src/share/xlsxShare";
import { shiftFormula } from "../../../src/share/shiftFormula";
import { parseCells, UnsupportedPackage } from "../../../src/share/xlsxPackage";
import { nativeProject, nativeSeriesCell } from "../../../src/core/native";
import { buildTemplate } from "../../../src/model/templates";
import { setColumnBreaks, writeXlsx, xlsxBytes } from "../../../src/writers/xlsx";
import type { Plan } from "../../../src/core/plan";
import { corpusWorkbook } from "./corpus";

/** A one-sheet workbook whose A1 holds a PLAN formula and its cached result. */
function withPlanFormula(sheet: string, formula: string, result: number) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.getCell("A1").value = { formula, result } as ExcelJS.CellFormulaValue;
  return { wb, ws };
}

async function entries(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (!zip.files[name].dir) out.set(name, await zip.files[name].async("string"));
  }
  return out;
}

const PLAN: Plan = {
  title: "测试计划",
  baseYear: 2023,
  targetYear: 2024,
  regions: ["甲区", "乙区"],
  indicators: [{ name: "专利申请量", unit: "件", base: 100, growth: 0.2 }],
};

describe("sharing rewrites only the changed cells of the package", () => {
  it("keeps every other part byte for byte: styles, sheet-scoped names, validations, protection", async () => {
    const model = buildTemplate("quarterly-report", PLAN, { lang: "zh" });
    // Two PLAN formulas in the notes area, as an official might add them.
    const last = model.cells.length;
    model.cells.push(model.cells[0].map(() => null));
    model.cells[last][0] = { formula: "_xldudf_PLAN_PROJECT(C5,0.1,2)" };
    model.cells[last][1] = { formula: 'PLAN.GAP(C5,D5)&"件"' };
    const input = new Uint8Array(await writeXlsx([model]));
    const { output, report, method } = await shareXlsx(input);
    expect(method).toBe("package");
    expect(report.changes.map((c) => c.address)).toEqual([`A${last + 1}`, `B${last + 1}`]);

    const before = await entries(input);
    const after = await entries(output);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const differing = [...before.keys()].filter((k) => before.get(k) !== after.get(k));
    // the template already asks for recalculation on load, so workbook.xml is unchanged too
    expect(differing).toEqual(["xl/worksheets/sheet1.xml"]);
    expect(after.get("xl/workbook.xml")).toContain('localSheetId="0">&apos;季度通报&apos;!$');
    expect(after.get("xl/workbook.xml")!.replace(/<calcPr[^>]*>/, "")).toBe(
      before.get("xl/workbook.xml")!.replace(/<calcPr[^>]*>/, ""),
    );
    // sheet1.xml: the same cells, only the two rewritten ones differ
    const cb = parseCells(before.get("xl/worksheets/sheet1.xml")!);
    const ca = parseCells(after.get("xl/worksheets/sheet1.xml")!);
    expect(ca.map((c) => c.ref)).toEqual(cb.map((c) => c.ref));
    const xmlOf = (xml: string, c: { start: number; end: number }) => xml.slice(c.start, c.end);
    const changedRefs = ca
      .filter(
        (c, i) =>
          xmlOf(after.get("xl/worksheets/sheet1.xml")!, c) !==
          xmlOf(before.get("xl/worksheets/sheet1.xml")!, cb[i]),
      )
      .map((c) => c.ref);
    expect(changedRefs).toEqual([`A${last + 1}`, `B${last + 1}`]);
    const a = ca.find((c) => c.ref === `A${last + 1}`)!;
    expect(a.f?.text).toBe(nativeProject(["C5", "0.1", "2"]));
    expect(a.attrs.get("s")).toBe(cb.find((c) => c.ref === `A${last + 1}`)!.attrs.get("s"));
  });

  it("gives a rewritten shared formula's followers explicit formulas and drops the calculation chain", async () => {
    const input = new Uint8Array(await corpusWorkbook().xlsx.writeBuffer());
    const zip = await JSZip.loadAsync(input);
    zip.file(
      "xl/calcChain.xml",
      '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="2"/></calcChain>',
    );
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
      ),
    );
    const ct = await zip.file("[Content_Types].xml")!.async("string");
    zip.file(
      "[Content_Types].xml",
      ct.replace(
        "</Types>",
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    const withChain = await zip.generateAsync({ type: "uint8array" });
    const { output } = await shareXlsx(withChain);
    const after = await entries(output);
    expect(after.has("xl/calcChain.xml")).toBe(false);
    expect(after.get("xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    expect(after.get("xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(after.get("[Content_Types].xml")).not.toContain("calcChain");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(output) as unknown as ArrayBuffer);
    const calc = wb.getWorksheet("Calc")!;
    expect(calc.getCell("A42").formula).toBe(nativeProject(["Data!A3", "Data!B3", "1"]));
    expect((calc.getCell("A42").value as { sharedFormula?: string }).sharedFormula).toBeUndefined();
  });

  it("writes a spilled SERIES into cells and rows that did not exist", async () => {
    const { wb, ws } = withPlanFormula("S", "PLAN.SERIES(100,0.1,3,2021)", 2021);
    ws.getCell("A4").value = "下面一行";
    const { output, report } = await shareXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(report.changes.map((c) => c.address)).toEqual(["A1", "B1", "C1", "A2", "B2", "C2"]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(output) as unknown as ArrayBuffer);
    const s = back.getWorksheet("S")!;
    const args = ["100", "0.1", "3", "2021"];
    expect(s.getCell("C1").formula).toBe(nativeSeriesCell(args, 0, 3));
    expect(s.getCell("B2").formula).toBe(nativeSeriesCell(args, 1, 2));
    expect(s.getCell("A4").value).toBe("下面一行");
  });

  it("returns the input unchanged when there is nothing to rewrite", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = { formula: "SUM(1,2)", result: 3 } as ExcelJS.CellFormulaValue;
    const input = new Uint8Array(await wb.xlsx.writeBuffer());
    const { output, report } = await shareXlsx(input);
    expect(report.changes).toEqual([]);
    expect(Buffer.from(output).equals(Buffer.from(input))).toBe(true);
  });
});

describe("packages the patcher does not read", () => {
  it("fall back to exceljs for prefixed elements", () => {
    expect(() => parseCells('<x:worksheet><x:sheetData><x:row r="1"/></x:sheetData></x:worksheet>')).toThrow(
      UnsupportedPackage,
    );
    expect(() =>
      parseCells('<worksheet><sheetData><row r="1"><c s="1"/></row></sheetData></worksheet>'),
    ).toThrow(UnsupportedPackage);
    expect(parseCells("<worksheet><sheetData/></worksheet>")).toEqual([]);
  });

  it("the exceljs fallback makes the same decisions as the package patcher", async () => {
    const input = new Uint8Array(await corpusWorkbook().xlsx.writeBuffer());
    const viaPackage = await shareXlsx(input);
    const viaExceljs = await shareWithExceljs(input);
    const key = (r: typeof viaPackage) =>
      r.report.changes.map((c) => `${c.sheet}!${c.address}:${c.kind}:${c.formula ?? c.value}`);
    expect(key(viaExceljs)).toEqual(key(viaPackage));
    const again = await shareXlsx(viaExceljs.output);
    expect(again.report.changes).toEqual([]);
  });
});

describe("the exceljs fallback keeps column page breaks", () => {
  it("writes back the breaks exceljs drops", async () => {
    const { wb, ws } = withPlanFormula("县区表", "PLAN.PROJECT(100,0.1,3)", 133.1);
    setColumnBreaks(wb, ws.id, [4, 9]);
    const input = await xlsxBytes(wb);
    const { output, report, method } = await shareWithExceljs(input);
    expect([method, report.changes.length > 0]).toEqual(["exceljs", true]);
    const xml = await (await JSZip.loadAsync(output)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect([...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([4, 9]);
    // The PLAN formula was made native: the break survived a real rewrite.
    expect(xml).not.toContain("PLAN.PROJECT");
  });
});

describe("shiftFormula (shared formula followers)", () => {
  it("moves relative parts only", () => {
    expect(shiftFormula("A1+$B$2+C$3+$D4", 2, 1)).toBe("B3+$B$2+D$3+$D6");
    expect(shiftFormula("SUM('My Sheet'!A1:B2,Sheet1!C3)", 1, 0)).toBe("SUM('My Sheet'!A2:B3,Sheet1!C4)");
    expect(shiftFormula('A:A+1:1+Rate+"A1"+LOG10(A1)', 1, 1)).toBe('B:B+2:2+Rate+"A1"+LOG10(B2)');
  });
});
