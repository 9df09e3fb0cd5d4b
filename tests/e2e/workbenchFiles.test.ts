/**
 * The workbench's toolbar with real files: a workbook typed in the grid is saved with 另存为 .xlsx
 * (the browser's download), LibreOffice recalculates the saved file to the same numbers, and
 * 打开 .xlsx brings it back into the grid with the same cells, PLAN formulas computing again.
 * 新建 starts an empty workbook. Any console error or off-origin request fails the test.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { computed, recalculate } from "../support/libreoffice";
import { calculated, cellValues, typeInCell, workbenchSession } from "./support/workbench";

const open = workbenchSession();
const SLOW = 240_000;

const TYPED: [string, string][] = [
  ["A1", "指标"],
  ["B1", "基数"],
  ["C1", "目标"],
  ["A2", "专利申请量"],
  ["B2", "320"],
  ["C2", "=ROUND(B2*1.25,0)"],
  ["A3", "发明专利申请量"],
  ["B3", "46"],
  ["C3", "=MAX(B3*1.3,60)"],
  ["D2", "=SUM(C2:C3)"],
  ["D3", "=PLAN.PROJECT(B3,30%)"],
];

test(
  "另存为 .xlsx writes a file LibreOffice recalculates to the same numbers; 打开 .xlsx reopens it",
  async () => {
    const { page } = await open();
    for (const [a1, text] of TYPED) await typeInCell(page, a1, text);
    await calculated(page);
    const before = await cellValues(page, "A1:D3");
    expect(before[1][2]).toBe(400);
    expect(before[2][2]).toBe(60);
    expect(before[1][3]).toBe(460);
    expect(before[2][3]).toBeCloseTo(59.8, 9);

    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#wb-save")]);
    expect(download.suggestedFilename()).toBe("未命名工作簿.xlsx");
    const bytes = readFileSync((await download.path())!);
    await page.locator("#wb-message").filter({ hasText: "已保存为 未命名工作簿.xlsx" }).waitFor();

    // An independent engine agrees on every native cell of the saved file.
    const lo = await recalculate(bytes);
    const sheet = lo.worksheets[0];
    expect(sheet.getCell("A2").value).toBe("专利申请量");
    expect(computed(sheet.getCell("C2"))).toBe(400);
    expect(computed(sheet.getCell("C3"))).toBe(60);
    expect(computed(sheet.getCell("D2"))).toBe(460);
    // The PLAN formula is stored as Excel stores add-in functions.
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(String((saved.worksheets[0].getCell("D3").value as { formula?: string }).formula)).toMatch(
      /PLAN.PROJECT\(B3,30%\)|_xldudf_PLAN_PROJECT\(B3,0?\.3\)|_xldudf_PLAN_PROJECT\(B3,30%\)/,
    );

    // 新建 (confirmed) empties the grid; 打开 .xlsx brings the file back.
    page.once("dialog", (d) => void d.accept());
    await page.click("#wb-new");
    await calculated(page);
    expect((await cellValues(page, "A1:D3")).flat().every((v) => v === null || v === "")).toBe(true);

    await page.setInputFiles("#wb-file", {
      name: "回读.xlsx",
      mimeType: "application/octet-stream",
      buffer: bytes,
    });
    await page.locator("#wb-message").filter({ hasText: "已打开 回读.xlsx" }).waitFor();
    await calculated(page);
    const after = await cellValues(page, "A1:D3");
    expect(after[0]).toEqual(before[0]);
    expect(after[1]).toEqual(before[1]);
    expect(after[2].slice(0, 3)).toEqual(before[2].slice(0, 3));
    expect(after[2][3]).toBeCloseTo(59.8, 9);
    await expect(page.locator("#wb-file-name").textContent()).resolves.toBe("回读.xlsx");
  },
  SLOW,
);

test(
  "a file that is not a workbook is refused with a message and the open workbook stays",
  async () => {
    const { page } = await open();
    await typeInCell(page, "A1", "保留");
    await page.setInputFiles("#wb-file", {
      name: "不是表格.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("这不是一个 xlsx 文件"),
    });
    await page.locator("#wb-message").filter({ hasText: "无法打开 不是表格.xlsx" }).waitFor();
    expect((await cellValues(page, "A1"))[0][0]).toBe("保留");
  },
  SLOW,
);
