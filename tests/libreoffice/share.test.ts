/**
 * The share conversion checked by an independent engine: the corpus workbook is prepared for
 * sharing, recalculated by LibreOffice (which has no PLAN add-in), and every cell must show
 * the value the PLAN function gives.
 */
import type ExcelJS from "exceljs";
import { recalculate, computed } from "../support/libreoffice";
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
});
