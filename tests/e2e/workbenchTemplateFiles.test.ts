/**
 * Files in the production workbench (Chromium): an .xlsx written by the template writer is opened
 * with 打开 .xlsx, calculated by the page's engine, saved with 另存为 .xlsx (the download), and
 * reopened: the same cells. LibreOffice recalculates the saved file to the values it computes
 * from the original, so what the workbench saves opens elsewhere with the same numbers.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { computed, recalculateAll } from "../support/libreoffice";
import { validatePlan } from "../../src/core/planValidation";
import { buildTemplate, TEMPLATE_IDS } from "../../src/model/templates";
import { writeXlsx } from "../../src/writers/xlsx";
import { calculated, workbenchScreenshot, workbenchSession } from "./support/workbench";

const open = workbenchSession();
const SLOW = 300_000;

/** Every cell of every sheet with a value, as the page's engine has it. */
function pageCells(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => {
    const wb = window.workbench!.engine.api.getActiveWorkbook()!;
    const out: Record<string, unknown> = {};
    for (const ws of wb.getSheets()) {
      const rows = ws.getLastRow() + 1;
      const cols = ws.getLastColumn() + 1;
      if (rows <= 0 || cols <= 0) continue;
      const values = ws.getRange(0, 0, rows, cols).getRawValues();
      values.forEach((line, r) =>
        line.forEach((v, c) => {
          if (v !== null && v !== undefined && v !== "") out[`${ws.getSheetName()}!${r},${c}`] = v;
        }),
      );
    }
    return out;
  });
}

function fileCells(wb: ExcelJS.Workbook): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = computed(cell);
        if (v !== null && v !== "") out.set(`${ws.name}!${r - 1},${c - 1}`, v);
      }),
    );
  }
  return out;
}

async function openFile(page: Page, path: string, name: string): Promise<void> {
  await page.locator("#wb-file").setInputFiles(path);
  const message = page.locator("#wb-message");
  await page.waitForFunction(
    () => /^(已打开|无法打开)/.test(document.getElementById("wb-message")?.textContent ?? ""),
    undefined,
    { timeout: 120_000 },
  );
  // Opened with nothing lost: the file is the template writer's own.
  expect(await message.textContent()).toBe(`已打开 ${name}`);
  await calculated(page);
}

async function saveFile(page: Page): Promise<{ bytes: Buffer; name: string }> {
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 120_000 }),
    page.locator("#wb-save").click(),
  ]);
  await page.waitForFunction(() =>
    /^(已保存为|保存失败)/.test(document.getElementById("wb-message")?.textContent ?? ""),
  );
  // Saved with nothing left out.
  expect(await page.locator("#wb-message").textContent()).toBe(`已保存为 ${download.suggestedFilename()}`);
  return { bytes: readFileSync(await download.path()), name: download.suggestedFilename() };
}

test(
  "打开 .xlsx, 另存为 .xlsx, reopen: the same cells; LibreOffice computes the saved file as the original",
  async () => {
    const { plan } = validatePlan(
      JSON.parse(readFileSync(join(__dirname, "../../examples/dazhou-2012-patent-plan.json"), "utf8")),
    );
    const models = TEMPLATE_IDS.map((id) => buildTemplate(id, plan!, { asOf: "2012-06-30" }));
    // Some actuals typed in, so completion and status cells compute numbers and words.
    const annual = models[0];
    annual.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.input && cell.value === undefined && !/[ymd]/.test(cell.numFmt ?? "") && r % 2 === 0) {
          row[c] = { ...cell, value: 10 + r * 3 + c };
        }
      }),
    );
    const dir = mkdtempSync(join(tmpdir(), "ip-wb-files-"));
    const original = join(dir, "达州模板.xlsx");
    writeFileSync(original, await writeXlsx(models));

    const w = await open();
    await openFile(w.page, original, "达州模板.xlsx");
    const opened = await pageCells(w.page);
    expect(Object.keys(opened).length).toBeGreaterThan(300);
    await workbenchScreenshot(w.page, "workbench-opened-xlsx-zh");

    const saved = await saveFile(w.page);
    expect(saved.name).toBe("达州模板.xlsx");
    writeFileSync(join(dir, "saved.xlsx"), saved.bytes);

    // Reopened from the saved file: every cell as it was.
    await openFile(w.page, join(dir, "saved.xlsx"), "saved.xlsx");
    const reopened = await pageCells(w.page);
    expect(Object.keys(reopened).sort()).toEqual(Object.keys(opened).sort());
    for (const [k, v] of Object.entries(opened)) {
      if (typeof v === "number") expect(reopened[k]).toBeCloseTo(v, 9);
      else expect(reopened[k]).toEqual(v);
    }

    // Elsewhere: LibreOffice recalculates the saved file to what it computes from the original.
    const [a, b] = await recalculateAll([readFileSync(original), saved.bytes]);
    const va = fileCells(a);
    const vb = fileCells(b);
    expect([...vb.keys()].sort()).toEqual([...va.keys()].sort());
    for (const [k, v] of va) {
      if (typeof v === "number") expect(vb.get(k)).toBeCloseTo(v, 9);
      else expect(vb.get(k)).toEqual(v);
    }
  },
  SLOW,
);
