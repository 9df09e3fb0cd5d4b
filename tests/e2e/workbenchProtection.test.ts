/**
 * A county form opened in the workbench keeps its sheet protection in the grid, as Excel and WPS
 * do: typing over a label or a formula is refused with a message, the light-yellow entry cells take
 * what is typed, and inserting a row into the protected sheet is refused too.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validatePlan } from "../../src/core/planValidation";
import { regionForm } from "../../src/collect/distribute";
import { buildTemplate } from "../../src/model/templates";
import { a1 } from "../../src/model/a1";
import { calculated, cellValues, excelValues, typeInCell, workbenchSession } from "./support/workbench";

const open = workbenchSession();
const SLOW = 240_000;

test(
  "a protected county form: locked cells refuse typing with a message, entry cells accept it",
  async () => {
    const { plan } = validatePlan(
      JSON.parse(readFileSync(join(__dirname, "../../examples/dazhou-2012-patent-plan.json"), "utf8")),
    );
    const region = plan!.regions![0];
    const bytes = await regionForm(plan!, "quarterly-report", region, { lang: "zh" });
    const model = buildTemplate("quarterly-report", plan!, { lang: "zh", region });
    const row = model.cells.findIndex((r) => r.some((c) => c?.value === region));
    const regionCol = model.cells[row].findIndex((c) => c?.value === region);
    const inputCol = model.cells[row].findIndex((c) => c?.input);
    const { row: top, col: left } = model.origin;
    const locked = a1(top + row, left + regionCol);
    const entry = a1(top + row, left + inputCol);

    const sheet = model.sheetName;
    const { page } = await open();
    await page.setInputFiles("#wb-file", {
      name: "季度通报_填报.xlsx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from(bytes),
    });
    await page.locator("#wb-message").filter({ hasText: "已打开 季度通报_填报.xlsx" }).waitFor();

    await typeInCell(page, locked, "改动");
    await page.locator("#wb-message").filter({ hasText: "此单元格受保护" }).waitFor();
    expect((await cellValues(page, locked))[0][0]).toBe(region);

    await typeInCell(page, entry, "42");
    await calculated(page);
    expect((await excelValues(page, sheet, entry))[0][0]).toBe(42);

    // A row inserted from the grid (Univer's own command, as its context menu runs it).
    const inserted = await page.evaluate(() =>
      window.workbench!.engine.api.executeCommand("sheet.command.insert-row-before", { value: 1 }),
    );
    expect(inserted).toBe(false);
    await page.locator("#wb-message").filter({ hasText: "工作表已保护" }).waitFor();
    expect((await cellValues(page, locked))[0][0]).toBe(region);
  },
  SLOW,
);
