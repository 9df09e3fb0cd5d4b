/**
 * The share conversion checked by an independent engine: the corpus workbook is prepared for
 * sharing, recalculated by LibreOffice (which has no PLAN add-in), and every cell must show
 * the value the PLAN function gives.
 */
import ExcelJS from "exceljs";
import { recalculate, computed } from "../support/libreoffice";
import JSZip from "jszip";
import { shareXlsx } from "../../src/share/xlsxShare";
import { CORPUS, SERIES_EXPECTED, SHARED_EXPECTED, corpusWorkbook } from "../unit/share/corpus";

function expectValue(cell: ExcelJS.Cell, expected: number | string): void {
  const got = computed(cell);
  if (typeof expected === "number") {
    expect([cell.address, typeof got]).toEqual([cell.address, "number"]);
    expect(got as number).toBeCloseTo(expected, 9);
  } else {
    expect([cell.address, got]).toEqual([cell.address, expected]);
  }
}

describe("shared workbook in LibreOffice", () => {
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;

  beforeAll(async () => {
    const input = Buffer.from(await corpusWorkbook().xlsx.writeBuffer());
    before = await recalculate(input);
    const { output } = await shareXlsx(input);
    after = await recalculate(output);
  });

  it("without the add-in, the original PLAN formulas do not calculate", () => {
    const calc = before.getWorksheet("Calc")!;
    expect(computed(calc.getCell("A1"))).toMatch(/^#NAME\?|Err:/);
  });

  it("after sharing, every corpus cell equals the PLAN function's value", () => {
    const calc = after.getWorksheet("Calc")!;
    for (const e of CORPUS) expectValue(calc.getCell(e.address), e.expected);
  });

  it("a spilled SERIES becomes per-cell formulas with the spilled values", () => {
    const calc = after.getWorksheet("Calc")!;
    for (const [a, v] of Object.entries(SERIES_EXPECTED)) {
      expectValue(calc.getCell(a), v);
      expect(calc.getCell(a).formula).toBeTruthy();
    }
  });

  it("shared formulas filled down are rewritten cell by cell", () => {
    const calc = after.getWorksheet("Calc")!;
    for (const [a, v] of Object.entries(SHARED_EXPECTED)) expectValue(calc.getCell(a), v);
  });

  it("no cell of the shared workbook shows an error it did not have", () => {
    const calc = after.getWorksheet("Calc")!;
    const expectedErrors = new Set(
      CORPUS.filter((e) => String(e.expected).startsWith("#")).map((e) => e.address),
    );
    calc.eachRow((row) =>
      row.eachCell((cell) => {
        const v = computed(cell);
        if (typeof v === "string" && /^#|^Err:/.test(v)) expect(expectedErrors.has(cell.address)).toBe(true);
      }),
    );
  });

  it("a SERIES spilled into cells and rows that did not exist calculates too", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("B2").value = 100;
    ws.getCell("A1").value = {
      formula: "PLAN.SERIES(B2,0.1,3,2021)",
      result: 2021,
    } as ExcelJS.CellFormulaValue;
    const { output } = await shareXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    // B2 holds a value of its own: the spill is blocked, so the anchor keeps its value
    const blocked = (await recalculate(output)).getWorksheet("S")!;
    expect(computed(blocked.getCell("A1"))).toBe(2021);
    expect(computed(blocked.getCell("B2"))).toBe(100);
    ws.getCell("B2").value = null;
    ws.getCell("E5").value = 100;
    ws.getCell("A1").value = {
      formula: "PLAN.SERIES(E5,0.1,3,2021)",
      result: 2021,
    } as ExcelJS.CellFormulaValue;
    const shared = await shareXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    const s = (await recalculate(shared.output)).getWorksheet("S")!;
    expect([1, 2, 3].map((k) => computed(s.getCell(1, k)))).toEqual([2021, 2022, 2023]);
    [110, 121, 133.1].forEach((v, k) => expect(computed(s.getCell(2, k + 1)) as number).toBeCloseTo(v, 9));
  });

  it("a file laid out as Excel saves a spilled add-in formula (array ref, cell metadata) converts", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 100;
    ws.getCell("B1").value = 0.1;
    ws.getCell("C1").value = { formula: "PLACEHOLDER()", result: 0 } as ExcelJS.CellFormulaValue;
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const excelLike = sheet.replace(
      /<c r="C1"[\s\S]*?<\/c>/,
      '<c r="C1" cm="1"><f t="array" ref="C1:E1">_xldudf_PLAN_SERIES(A1,B1,3)</f><v>110</v></c><c r="D1"><v>121</v></c><c r="E1"><v>133.1</v></c>',
    );
    expect(excelLike).toContain('cm="1"');
    zip.file("xl/worksheets/sheet1.xml", excelLike);
    zip.file(
      "xl/metadata.xml",
      '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>',
    );
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata" Target="metadata.xml"/></Relationships>',
      ),
    );
    const ct = await zip.file("[Content_Types].xml")!.async("string");
    zip.file(
      "[Content_Types].xml",
      ct.replace(
        "</Types>",
        '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/></Types>',
      ),
    );
    const input = await zip.generateAsync({ type: "uint8array" });
    const { output, report, method } = await shareXlsx(input);
    expect(method).toBe("package");
    expect(report.changes.map((c) => `${c.address}:${c.kind}`)).toEqual([
      "C1:series",
      "D1:series",
      "E1:series",
    ]);
    const out = await JSZip.loadAsync(output);
    expect(await out.file("xl/worksheets/sheet1.xml")!.async("string")).not.toContain('cm="1"');
    const s = (await recalculate(output)).getWorksheet("S")!;
    [110, 121, 133.1].forEach((v, k) => expect(computed(s.getCell(1, k + 3)) as number).toBeCloseTo(v, 9));
  });

  it("PLAN calls in defined names, validations and conditional formats are rewritten too", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    ws.getCell("A1").value = 100;
    ws.getCell("B1").value = 60;
    ws.getCell("C1").value = { formula: "Proj*2", result: 220 } as ExcelJS.CellFormulaValue;
    ws.addConditionalFormatting({
      ref: "A1:A3",
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: ["PLAN.GAP(A1,$B$1)>0"],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
        },
      ],
    });
    ws.getCell("D1").dataValidation = {
      type: "custom",
      allowBlank: true,
      formulae: ["PLAN.COMPLETION(D1,100)<=1"],
    };
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const book = await zip.file("xl/workbook.xml")!.async("string");
    const named = book.includes("<definedNames>")
      ? book.replace(
          "<definedNames>",
          '<definedNames><definedName name="Proj">_xldudf_PLAN_PROJECT(Data!$A$1,0.1)</definedName>',
        )
      : book.replace(
          "</sheets>",
          '</sheets><definedNames><definedName name="Proj">_xldudf_PLAN_PROJECT(Data!$A$1,0.1)</definedName></definedNames>',
        );
    zip.file("xl/workbook.xml", named);
    const input = await zip.generateAsync({ type: "uint8array" });
    const { output, report } = await shareXlsx(input);
    expect(report.changes).toEqual([]);
    expect(report.rules?.map((r) => `${r.place}:${r.where}:${r.after !== undefined}`)).toEqual([
      "name:Proj:true",
      "conditional-format:Data:true",
      "validation:Data:true",
    ]);
    const out = await JSZip.loadAsync(output);
    const sheet = await out.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).not.toMatch(/PLAN/i);
    expect(await out.file("xl/workbook.xml")!.async("string")).not.toMatch(/PLAN/i);
    const s = (await recalculate(output)).getWorksheet("Data")!;
    expect(computed(s.getCell("C1"))).toBeCloseTo(220, 9);
    expect((await shareXlsx(output)).report.rules).toBeUndefined();
  });
});
