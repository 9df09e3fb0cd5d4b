/**
 * A file the converter cannot read gives a WorkbookLoadError with a reason in Chinese and
 * English, never a crash or an empty workbook; a snapshot that cannot be written fully says what
 * was left out.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { IWorkbookData } from "@univerjs/core";
import { WorkbookLoadError, exportXlsx, xlsxToSnapshot } from "../../../src/workbench/xlsx";

async function valid(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("S").getCell("A1").value = 1;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function problem(bytes: Uint8Array, maxBytes?: number): Promise<WorkbookLoadError> {
  try {
    await xlsxToSnapshot(bytes, { maxBytes });
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookLoadError);
    const err = e as WorkbookLoadError;
    expect(err.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(err.en.length).toBeGreaterThan(5);
    return err;
  }
  throw new Error("no error");
}

test("an empty file, a text file and a truncated workbook are refused with their reason", async () => {
  expect((await problem(new Uint8Array())).problem).toBe("not-workbook");
  expect((await problem(new TextEncoder().encode("名称,数值\n专利,1\n"))).problem).toBe("not-workbook");
  const bytes = await valid();
  expect((await problem(bytes.slice(0, Math.floor(bytes.length / 2)))).problem).toBe("damaged");
});

test("a password-protected workbook (an OLE container) is refused as encrypted", async () => {
  const ole = new Uint8Array(4096);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const err = await problem(ole);
  expect(err.problem).toBe("encrypted");
  expect(err.zh).toContain("密码");
});

test("a file above the size limit is refused before it is unpacked", async () => {
  const err = await problem(await valid(), 1000);
  expect(err.problem).toBe("too-large");
  expect(err.en).toMatch(/limit/);
});

test("a zip that is not a workbook is damaged, not a crash", async () => {
  const zip = new JSZip();
  zip.file("hello.txt", "not a workbook");
  const err = await problem(await zip.generateAsync({ type: "uint8array" }));
  expect(err.problem).toBe("damaged");
});

test("a damaged part inside a valid zip is reported as damaged", async () => {
  const zip = await JSZip.loadAsync(await valid());
  zip.file("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=");
  const err = await problem(await zip.generateAsync({ type: "uint8array" }));
  expect(err.problem).toBe("damaged");
});

test("what a file cannot hold is named: a list with commas in its items, a colour scale", async () => {
  const snapshot = {
    id: "w",
    name: "t",
    appVersion: "0.25.1",
    locale: "zhCN",
    styles: {},
    sheetOrder: ["s"],
    sheets: { s: { id: "s", name: "S", cellData: { 0: { 0: { v: 1, t: 2 } } } } },
    resources: [
      {
        name: "SHEET_DATA_VALIDATION_PLUGIN",
        data: JSON.stringify({
          s: [
            {
              uid: "a",
              type: "list",
              formula1: JSON.stringify(["一,二", "三"]),
              ranges: [{ startRow: 1, startColumn: 0, endRow: 2, endColumn: 0 }],
            },
          ],
        }),
      },
      {
        name: "SHEET_CONDITIONAL_FORMATTING_PLUGIN",
        data: JSON.stringify({
          s: [
            {
              cfId: "c",
              stopIfTrue: false,
              ranges: [{ startRow: 0, startColumn: 0, endRow: 5, endColumn: 0 }],
              rule: { type: "colorScale", config: [] },
            },
          ],
        }),
      },
    ],
  } as unknown as IWorkbookData;
  const { bytes, warnings } = await exportXlsx(snapshot);
  expect(warnings.map((w) => w.en)).toEqual([
    expect.stringMatching(/data validation/),
    expect.stringMatching(/conditional formats/),
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(0) as ArrayBuffer);
  expect(wb.worksheets[0].getCell("A1").value).toBe(1);
  expect(wb.worksheets[0].getCell("A2").dataValidation).toBeUndefined();
});
