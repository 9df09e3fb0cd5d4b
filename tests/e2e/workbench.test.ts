/**
 * The production workbench in Chromium: Univer's grid with the task pane beside it. PLAN formulas
 * typed by keyboard compute with the add-in's own functions (a value, a spilling range call, an
 * error value, native formulas beside them), the function list offers PLAN functions with their
 * Chinese help, and the open workbook survives a reload. Any console error, page error or request
 * leaving loopback fails the test (workbenchSession).
 */
import {
  calculated,
  cellValues,
  typeInCell,
  workbenchScreenshot,
  workbenchSession,
} from "./support/workbench";

const open = workbenchSession();
// The machines are 2 shared cores: a page load with Univer takes seconds, typing takes longer.
const SLOW = 240_000;

test(
  "starts in Chinese with the grid and the pane, then PLAN formulas typed by keyboard compute",
  async () => {
    const w = await open();
    const { page } = w;
    // Chinese interface following the browser language: toolbar, Univer's ribbon and the pane.
    await expect(page.locator("#wb-open").textContent()).resolves.toBe("打开 .xlsx");
    await page.getByRole("tab", { name: "模板" }).waitFor();
    await page.getByText("开始", { exact: true }).first().waitFor();
    expect(await page.locator("#wb-loading").isHidden()).toBe(true);

    await typeInCell(page, "A1", "100");
    await typeInCell(page, "A2", "200");
    await typeInCell(page, "A3", "300");
    await typeInCell(page, "B1", "=PLAN.PROJECT(100,30%,1)");
    await typeInCell(page, "C1", "=PLAN.PROJECT(A1:A3,10%)");
    await typeInCell(page, "D1", "=PLAN.CAGR(0,100,2)");
    await typeInCell(page, "E1", "=SUM(A1:A3)");
    await typeInCell(page, "F1", "=PLAN.SERIES(100,10%,3,2024)");
    await typeInCell(page, "D3", "=PLAN.COMPLETION(A9,100)");
    // On a loaded machine a calculation can still be under way when the last one applied:
    // read again (up to 10 s) until every typed formula has its result and the spills are in.
    let grid: unknown[][] = [];
    for (let i = 0; i < 20; i++) {
      await calculated(page);
      grid = await cellValues(page, "A1:H3");
      const done =
        [grid[0][1], grid[2][2], grid[0][4], grid[1][7]].every((v) => typeof v === "number") &&
        (grid[2][3] === "" || grid[2][3] === null);
      if (done) break;
      await page.waitForTimeout(500);
    }
    expect(grid[0][1]).toBeCloseTo(130, 9);
    // The range argument broadcast down the column and the result spilled.
    expect(grid.map((r) => r[2])).toEqual([
      expect.closeTo(110, 9),
      expect.closeTo(220, 9),
      expect.closeTo(330, 9),
    ]);
    expect(grid[0][3]).toBe("#NUM!");
    expect(grid[0][4]).toBe(600);
    expect(grid[0].slice(5, 8)).toEqual([2024, 2025, 2026]);
    expect(grid[1].slice(5, 8)).toEqual([
      expect.closeTo(110, 9),
      expect.closeTo(121, 9),
      expect.closeTo(133.1, 9),
    ]);
    // A blank actual gives a blank result, not 0% or #DIV/0!.
    expect(["", null]).toContain(grid[2][3]);
    await workbenchScreenshot(page, "workbench-formulas-zh");
  },
  SLOW,
);

test(
  "typing =PLAN. lists the PLAN functions with their Chinese help",
  async () => {
    const { page } = await open();
    await page.evaluate(() =>
      window.workbench!.engine.api.getActiveWorkbook()!.getActiveSheet().getRange("B2").activate(),
    );
    await page.keyboard.type("=");
    await page.waitForTimeout(150);
    await page.keyboard.type("PLAN.PRO", { delay: 20 });
    await page.getByText("PLAN.PROJECT").first().waitFor();
    await page
      .getByText(/按增长率推算/)
      .first()
      .waitFor();
    await page.keyboard.press("Escape");
  },
  SLOW,
);

test(
  "the open workbook is kept across a reload",
  async () => {
    const w = await open();
    await typeInCell(w.page, "A1", "46");
    await typeInCell(w.page, "B1", "=PLAN.TARGET(A1,30%,60)");
    await calculated(w.page);
    expect((await cellValues(w.page, "B1"))[0][0]).toBeCloseTo(60, 9);
    await w.page.evaluate(() => window.workbench!.keep());
    await w.reload();
    await calculated(w.page);
    const after = await cellValues(w.page, "A1:B1");
    expect(after[0][0]).toBe(46);
    expect(after[0][1]).toBeCloseTo(60, 9);
    await expect(w.page.locator("#wb-message").textContent()).resolves.toBe("已恢复上次打开的工作簿");
  },
  SLOW,
);

test(
  "starts in English when the browser is English: toolbar, grid, pane and PLAN help",
  async () => {
    const { page, problems } = await open({ locale: "en-US" });
    await expect(page.locator("#wb-open").textContent()).resolves.toBe("Open .xlsx");
    // Univer's ribbon in English (its strings come from the page's one language chunk).
    await page.getByText("Start", { exact: true }).first().waitFor();
    expect(await page.getByText("开始", { exact: true }).count()).toBe(0);
    await page.getByRole("tab", { name: "Templates" }).waitFor();
    await page.evaluate(() =>
      window.workbench!.engine.api.getActiveWorkbook()!.getActiveSheet().getRange("B2").activate(),
    );
    await page.keyboard.type("=");
    await page.waitForTimeout(150);
    await page.keyboard.type("PLAN.PRO", { delay: 20 });
    await page
      .getByText(/Projects a value at a growth rate/)
      .first()
      .waitFor();
    await page.keyboard.press("Escape");
    expect(problems).toEqual([]);
  },
  SLOW,
);
