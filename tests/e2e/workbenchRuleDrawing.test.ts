/**
 * Conditional formats and validation in the workbench's grid: a workbook restored from the
 * browser's storage keeps its rules and has them drawn — the cell whose value meets the rule is
 * filled with the rule's colour on the grid's canvas, the one that does not is not — and its list
 * validation is still there.
 */
import type { Page } from "playwright-core";
import { calculated, workbenchSession } from "./support/workbench";

const open = workbenchSession();
const SLOW = 180_000;

/** The colour [r, g, b, alpha] the grid's canvas shows at the centre of a cell of the active sheet. */
async function cellColour(page: Page, a1: string): Promise<number[]> {
  return page.evaluate((a1) => {
    const ws = window.workbench!.engine.api.getActiveWorkbook()!.getActiveSheet();
    // getCellRect is relative to the grid's canvas (the largest one on the page).
    const rect = (ws.getRange(a1) as unknown as { getCellRect(): DOMRect }).getCellRect();
    const canvas = [...document.querySelectorAll("canvas")].sort(
      (a, b) => b.width * b.height - a.width * a.height,
    )[0];
    if (!canvas) throw new Error("the grid has no canvas");
    const scale = canvas.width / canvas.getBoundingClientRect().width;
    // Left of centre: the number is right-aligned and would be sampled instead of the fill.
    const pixel = canvas
      .getContext("2d")!
      .getImageData(
        Math.round((rect.left + 4) * scale),
        Math.round((rect.top + rect.height / 2) * scale),
        1,
        1,
      ).data;
    return [pixel[0], pixel[1], pixel[2], pixel[3]];
  }, a1);
}

test(
  "a restored workbook's conditional format is drawn and its validation kept",
  async () => {
    const w = await open();
    const { page } = w;
    await page.evaluate(async () => {
      await Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getActiveWorksheet();
        ws.getRange("B2:B3").values = [[5], [1]];
        const cf = ws.getRange("B2:B3").conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
        cf.cellValue.format.fill.color = "#FF0000";
        cf.cellValue.rule = { formula1: "3", operator: "GreaterThan" };
        const dv = ws.getRange("C2").dataValidation;
        dv.rule = { list: { inCellDropDown: true, source: "是,否" } };
        await context.sync();
      });
      await window.workbench!.keep();
    });

    // Opened again: the workbook comes from IndexedDB.
    await w.reload();
    await calculated(page);
    let red: number[] = [];
    for (let i = 0; i < 20; i++) {
      red = await cellColour(page, "B2");
      if (red[0] > 200 && red[1] < 80 && red[2] < 80) break;
      await page.waitForTimeout(250);
    }
    expect(red[0]).toBeGreaterThan(200);
    expect(red[1]).toBeLessThan(80);
    expect(red[2]).toBeLessThan(80);
    // Not filled: the canvas is transparent there (or white), never red.
    const plain = await cellColour(page, "B3");
    expect(plain[3] === 0 || plain[1] > 200).toBe(true);

    const validations = await page.evaluate(() => {
      const ws = window.workbench!.engine.api.getActiveWorkbook()!.getActiveSheet();
      return ws
        .getRange("C2")
        .getDataValidations()
        .map((v) => v.getCriteriaValues());
    });
    expect(validations).toHaveLength(1);
    // Univer keeps a list's items as JSON in the criteria's first formula.
    expect(JSON.parse(String(validations[0][1]))).toEqual(["是", "否"]);
    expect(w.problems).toEqual([]);
  },
  SLOW,
);
