/**
 * The five templates inserted through the docked task pane into the workbench's real engine, with
 * the pane's normal Office code (src/office) running against the workbench's Excel API: a plan for
 * the user's own counties is typed in the pane, each template goes onto a new sheet, and every
 * computed cell Univer shows equals what src/core gives (tests/support/templateCases.ts, the
 * expectations the LibreOffice test uses). Inserting at a selection works on blank cells and
 * refuses cells with data, writing nothing. zh-CN screenshots of each inserted template go to
 * test-artifacts/screenshots/. Any console error or off-origin request fails the test.
 */
import type { Page } from "playwright-core";
import { buildTemplate } from "../../src/model/templates";
import type { TemplateId } from "../../src/model/types";
import { rangeA1 } from "../../src/model/a1";
import { close, ERROR, expectations } from "../support/templateCases";
import {
  calculated,
  cellValues,
  excelValues,
  selectCell,
  typeInCell,
  waitForSavedPlan,
  workbenchScreenshot,
  workbenchSession,
} from "./support/workbench";
import { typeCountyPlan } from "./support/pane";

const open = workbenchSession();
const SLOW = 480_000;

const TEMPLATES: { id: TemplateId; name: string }[] = [
  { id: "annual-plan", name: "年度工作推进计划指标表" },
  { id: "multi-year-plan", name: "多年规划指标分解表" },
  { id: "quarterly-report", name: "县(市)区季度进展通报表" },
  { id: "gap-analysis", name: "目标差距分析表" },
  { id: "task-breakdown", name: "重点任务分解表" },
];

async function insert(page: Page, name: string, target: "newSheet" | "selection"): Promise<string> {
  await page.getByRole("tab", { name: "插入" }).click();
  await page.getByRole("combobox", { name: "模板" }).click();
  await page.getByRole("option", { name }).click();
  await page
    .getByRole("radio", { name: target === "newSheet" ? "新工作表" : "所选单元格(须为空白区域)" })
    .check();
  await page.getByRole("button", { name: "插入", exact: true }).click();
  // The message may go on with what this Excel left out (e.g. column widths of an existing sheet).
  const done = page.getByText(/^已插入 工作表 '.+' [A-Z]+\d+:[A-Z]+\d+/);
  const refused = page.getByText(/非空单元格/);
  await done
    .or(refused)
    .first()
    .waitFor({ timeout: 120_000 })
    .catch(async (e: unknown) => {
      await workbenchScreenshot(page, "workbench-insert-timeout");
      throw e;
    });
  const text = ((await done.or(refused).first().textContent()) ?? "").trim();
  return /^已插入 工作表 '.+' [A-Z]+\d+:[A-Z]+\d+/.exec(text)?.[0] ?? text;
}

test(
  "every template inserted through the pane onto a new sheet computes what src/core gives",
  async () => {
    const { page } = await open();
    await typeCountyPlan(page);
    const plan = await waitForSavedPlan(page, 4);
    expect(plan.regions).toEqual(["东城区", "西城县", "南湖区", "北山县"]);

    for (const t of TEMPLATES) {
      const message = await insert(page, t.name, "newSheet");
      const m = /^已插入 工作表 '(.+)' ([A-Z]+\d+:[A-Z]+\d+)$/.exec(message);
      expect(m).not.toBeNull();
      const [, sheet, address] = m!;
      const model = buildTemplate(t.id, plan, { lang: "zh", origin: { row: 0, col: 0 } });
      expect(address).toBe(rangeA1(0, 0, model.cells.length, model.cells[0].length));
      await calculated(page);
      const values = await excelValues(page, sheet, address);
      const failures: string[] = [];
      values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v === "string" && ERROR.test(v)) failures.push(`${t.id} (${r},${c}): ${v}`);
        }),
      );
      const checks = expectations({ label: t.id, plan, model, lang: "zh" });
      for (const ch of checks) {
        const got = values[ch.r]?.[ch.c];
        if (!close(got, ch.want))
          failures.push(`${t.id} ${ch.what}: got ${String(got)}, want ${String(ch.want)}`);
      }
      expect(failures).toEqual([]);
      expect(checks.length).toBeGreaterThan(0);
      await workbenchScreenshot(page, `workbench-${t.id}-zh-CN`);
    }
  },
  SLOW,
);

test(
  "inserting at the selection writes into blank cells and never over data",
  async () => {
    const { page } = await open();
    await typeCountyPlan(page);
    await typeInCell(page, "H9", "已有数据");
    await selectCell(page, "B3");
    // The quarterly report for four counties starting at B3 (B3:P14) would cover H9: refused, nothing written.
    const refused = await insert(page, "县(市)区季度进展通报表", "selection");
    expect(refused).toMatch(/非空单元格\(如 H9\)/);
    await calculated(page);
    const untouched = await cellValues(page, "A1:P20");
    expect(untouched.flat().filter((v) => v !== null && v !== "")).toEqual(["已有数据"]);

    // At a blank place, it goes in at the selection, with formulas pointing at their own cells.
    await selectCell(page, "K2");
    const message = await insert(page, "目标差距分析表", "selection");
    expect(message).toMatch(/^已插入 工作表 '.+' K2:[A-Z]+\d+$/);
    const plan = await waitForSavedPlan(page, 4);
    const model = buildTemplate("gap-analysis", plan, { lang: "zh", origin: { row: 1, col: 10 } });
    const address = message.split(" ").pop()!;
    await calculated(page);
    const values = await excelValues(page, /工作表 '(.+)' /.exec(message)![1], address);
    const failures = expectations({ label: "gap at K2", plan, model, lang: "zh" })
      .filter((ch) => !close(values[ch.r]?.[ch.c], ch.want))
      .map((ch) => `${ch.what}: got ${String(values[ch.r]?.[ch.c])}, want ${String(ch.want)}`);
    expect(failures).toEqual([]);
    expect((await cellValues(page, "H9"))[0][0]).toBe("已有数据");
  },
  SLOW,
);
