/**
 * The production build of the pane in headless Chromium: inside a recording fake of Excel
 * (pick the quarterly report, edit the plan, insert, check what reached the workbook) and in a
 * plain browser (inserting disabled, everything else works). Any console or page error, or a
 * request leaving loopback, fails the test. Screenshots of each screen go to
 * test-artifacts/screenshots/.
 */
import {
  fakeExcel,
  modelDifferences,
  paneSession,
  screenshot,
  typeCountyPlan,
  type FakeExcelState,
} from "./support/pane";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { planToXml } from "../../src/office/planXml";
import { buildTemplate } from "../../src/model/templates";
import { rangeA1 } from "../../src/model/a1";
import { computed, recalculate } from "../support/libreoffice";
import type { Plan } from "../../src/core/plan";

// The 2012 annual patent-work plan (seed 000, kept in the repository so a plain clone tests it).
const SEED_2012 = join(__dirname, "../fixtures/extract/dev/seed-000.txt");
const pane = paneSession();

function insertRun(state: FakeExcelState) {
  const i = state.log.runLog.findIndex((r, k) => {
    const end = state.log.runLog[k + 1]?.firstCall ?? state.log.calls.length;
    return state.log.calls.slice(r.firstCall, end).some((c) => c.path === "worksheets.add");
  });
  return state.log.runLog[i];
}

/** The plan typeCountyPlan types, as the pane should hand it to the template. */
const TYPED_PLAN: Plan = {
  title: "2025年县域专利工作",
  baseYear: 2024,
  targetYear: 2025,
  regions: ["东城区", "西城县", "南湖区", "北山县"],
  indicators: [
    { name: "发明专利申请量", unit: "件", base: 46, growth: 0.3, target: 60, comparator: ">=" },
    { name: "专利申请量", unit: "件", base: 320, growth: 0.25, comparator: ">=" },
  ],
};

describe("the pane inside Excel (recording fake of office.js)", () => {
  test("pick the quarterly report, edit the plan, insert on a new sheet", async () => {
    const page = await pane({ office: { displayLanguage: "zh-CN" } });
    await page.getByRole("radio", { name: /县\(市\)区季度进展通报表/ }).check();
    await page.getByRole("heading", { name: "预览:县(市)区季度进展通报表" }).waitFor();
    await page.getByRole("region", { name: /预览/ }).waitFor();
    await screenshot(page, "gallery-zh-CN");

    await typeCountyPlan(page);
    await screenshot(page, "editor-zh-CN");

    // The preview now shows the user's regions.
    await page.getByRole("tab", { name: "模板" }).click();
    await page.getByRole("region", { name: /预览/ }).getByText("北山县").waitFor();

    await page.getByRole("tab", { name: "插入" }).click();
    await page.getByRole("button", { name: "插入", exact: true }).click();
    const result = page.getByText(/^已插入 工作表 '.+' [A-Z]+\d+:[A-Z]+\d+$/);
    await result.waitFor();
    await screenshot(page, "insert-zh-CN");
    const message = ((await result.textContent()) ?? "").trim();

    const state = await fakeExcel(page);
    const added = state.book.sheets.slice(1);
    expect(added.map((s) => s.name)).toEqual(["季度通报"]);
    expect(message).toContain("工作表 '季度通报' A1:");
    const sheet = added[0];
    const cells = Object.values(sheet.cells);
    const texts = cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
    expect(texts.some((v) => v.includes("2025年县域专利工作"))).toBe(true);
    for (const region of ["东城区", "西城县", "南湖区", "北山县"]) expect(texts).toContain(region);
    expect(texts.some((v) => v.includes("发明专利申请量"))).toBe(true);
    expect(texts.some((v) => v.includes("专利申请量"))).toBe(true);
    const formulas = cells.map((c) => c.formula).filter((f): f is string => typeof f === "string");
    expect(formulas.length).toBeGreaterThan(20);
    expect(formulas.every((f) => !/PLAN\./i.test(f))).toBe(true);
    // What reached Excel is the template of the plan typed in the pane, cell for cell, in the
    // area the message names.
    const model = buildTemplate("quarterly-report", TYPED_PLAN, { lang: "zh", origin: { row: 0, col: 0 } });
    expect(message).toBe(
      `已插入 工作表 '季度通报' ${rangeA1(0, 0, model.cells.length, model.cells[0].length)}`,
    );
    expect(modelDifferences(model, sheet.cells)).toEqual([]);
    const outside = Object.keys(sheet.cells).filter((k) => {
      const [r, c] = k.split(",").map(Number);
      return r >= model.cells.length || c >= model.cells[0].length;
    });
    expect(outside.filter((k) => sheet.cells[k].formula || sheet.cells[k].value)).toEqual([]);

    // And it calculates: the written cells, with a county's figures typed in, recalculated by
    // LibreOffice give that county's completion rate.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("季度通报");
    for (const [key, cell] of Object.entries(sheet.cells)) {
      const [r, c] = key.split(",").map(Number);
      if (cell.formula)
        ws.getCell(r + 1, c + 1).value = { formula: cell.formula.slice(1) } as ExcelJS.CellFormulaValue;
      else if (cell.value !== undefined && cell.value !== null && cell.value !== "")
        ws.getCell(r + 1, c + 1).value = cell.value as ExcelJS.CellValue;
    }
    const firstRegionRow = model.cells.findIndex((row) => row.some((x) => x?.value === "东城区"));
    const [targetCol, actualCol] = model.cells[firstRegionRow]
      .map((x, c) => (x?.input ? c : -1))
      .filter((c) => c >= 0);
    ws.getCell(firstRegionRow + 1, targetCol + 1).value = 20;
    ws.getCell(firstRegionRow + 1, actualCol + 1).value = 15;
    const back = (await recalculate(Buffer.from(await wb.xlsx.writeBuffer()))).getWorksheet("季度通报")!;
    expect(computed(back.getCell(firstRegionRow + 1, actualCol + 2))).toBeCloseTo(0.75, 12);
    const errors: string[] = [];
    back.eachRow((row) =>
      row.eachCell((cell) => {
        const v = computed(cell);
        if (typeof v === "string" && v.startsWith("#")) errors.push(`${cell.address}: ${v}`);
      }),
    );
    expect(errors).toEqual([]);

    const run = insertRun(state);
    expect(run).toBeDefined();
    expect(run.syncs).toBeGreaterThan(0);
    expect(run.syncs).toBeLessThanOrEqual(2);
    // The first sheet, the user's, was not touched.
    expect(state.book.sheets[0].cells).toEqual({});

    // The plan was saved in the workbook as a custom XML part.
    await page.waitForFunction(() =>
      (window as unknown as { __fakeExcel: FakeExcelState }).__fakeExcel.book.customXml.some((p) =>
        p.xml.includes("2025年县域专利工作"),
      ),
    );
    const saved = (await fakeExcel(page)).book.customXml;
    expect(saved).toHaveLength(1);
  });

  test("a workbook with a saved plan opens with it restored", async () => {
    const plan: Plan = {
      title: "十四五知识产权规划",
      baseYear: 2020,
      targetYear: 2025,
      regions: ["东城区", "西城县"],
      indicators: [{ name: "万人发明专利拥有量", unit: "件", base: 8.2, target: 12 }],
    };
    const page = await pane({ office: { customXml: [planToXml(plan)] } });
    await page.getByText("已从工作簿恢复规划“十四五知识产权规划”。").waitFor();
    await page.getByRole("tab", { name: "规划" }).click();
    const first = page.getByRole("group", { name: "指标 1" });
    expect(await first.getByRole("combobox", { name: "名称" }).inputValue()).toBe("万人发明专利拥有量");
    expect(await first.getByRole("textbox", { name: "目标值" }).inputValue()).toBe("12");
    expect(await page.getByRole("textbox", { name: /县\(市\)区 ·/ }).inputValue()).toBe("东城区\n西城县");
  });

  test("inserting at a selected cell refuses a non-empty area and writes nothing", async () => {
    const page = await pane({
      office: {
        selection: { row: 2, col: 1, rows: 1, cols: 1 },
        cells: [{ row: 6, col: 3, value: "已有数据" }],
      },
    });
    await typeCountyPlan(page);
    await page.getByRole("tab", { name: "插入" }).click();
    await page.getByRole("radio", { name: "所选单元格(须为空白区域)" }).check();
    const before = (await fakeExcel(page)).log.sets.length;
    await page.getByRole("button", { name: "插入", exact: true }).click();
    await page.getByText(/非空单元格\(如 D7\)/).waitFor();
    const state = await fakeExcel(page);
    expect(state.book.sheets).toHaveLength(1);
    expect(state.book.sheets[0].cells).toEqual({ "6,3": { value: "已有数据" } });
    const writes = state.log.sets.slice(before).filter((s) => /\.(values|formulas)$/.test(s.path));
    expect(writes).toEqual([]);
  });

  test("function help inserts an example into the selected empty cell", async () => {
    const page = await pane({ office: { selection: { row: 1, col: 1, rows: 1, cols: 1 } } });
    await page.getByRole("tab", { name: "函数" }).click();
    await page.getByRole("heading", { name: /^PLAN\.PROJECT\(/ }).waitFor();
    await screenshot(page, "functions-zh-CN");
    await page.getByRole("button", { name: "插入到所选单元格: PLAN.PROJECT" }).click();
    await page.getByText("已在 B2 插入公式。").waitFor();
    const state = await fakeExcel(page);
    expect(state.book.sheets[0].cells["1,1"].formula).toMatch(/^=PLAN\.PROJECT\(/);
    // A second insert into the same, now filled, cell is refused and keeps the formula.
    await page.getByRole("button", { name: "插入到所选单元格: PLAN.CAGR" }).click();
    await page.getByText("单元格 B2 不是空的,未写入公式。请选择一个空白单元格。").waitFor();
    expect((await fakeExcel(page)).book.sheets[0].cells["1,1"].formula).toMatch(/^=PLAN\.PROJECT\(/);
  });
});

test("keyboard only: a restored plan is inserted without the mouse", async () => {
  const plan: Plan = { ...TYPED_PLAN, title: "键盘插入的规划" };
  const page = await pane({ office: { customXml: [planToXml(plan)] } });
  await page.getByText("已从工作簿恢复规划“键盘插入的规划”。").waitFor();
  await page.getByRole("tab", { name: "模板" }).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await page.getByRole("radio", { name: "新工作表" }).waitFor();
  const insert = page.getByRole("button", { name: "插入", exact: true });
  for (let i = 0; i < 10 && !(await insert.evaluate((b) => b === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  expect(await insert.evaluate((b) => b === document.activeElement)).toBe(true);
  await page.keyboard.press("Enter");
  await page.getByText(/^已插入 工作表 '季度通报' A1:/).waitFor();
});

test("a nature chosen by keyboard reaches the inserted annual plan and the plan saved in the workbook", async () => {
  const page = await pane({ office: { displayLanguage: "zh-CN" } });
  await typeCountyPlan(page);
  const second = page.getByRole("group", { name: "指标 2" });
  const nature = second.getByRole("combobox", { name: "性质" });
  expect(((await nature.textContent()) ?? "").trim()).toBe("自动:累计量");
  // The explanation opens from its info button with the keyboard.
  await second.getByRole("button", { name: /^性质/ }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("note", { name: /存量:从基数增长\(拥有量\)/ }).waitFor();
  await screenshot(page, "editor-nature-zh-CN");
  await page.keyboard.press("Escape");
  await nature.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  expect(((await nature.textContent()) ?? "").trim()).toBe("存量");

  await page.getByRole("tab", { name: "插入" }).click();
  await page.getByRole("combobox", { name: "模板" }).click();
  await page.getByRole("option", { name: "年度工作推进计划指标表" }).click();
  await page.getByRole("button", { name: "插入", exact: true }).click();
  await page.getByText(/^已插入 工作表 '.+' A1:/).waitFor();

  const plan: Plan = {
    ...TYPED_PLAN,
    indicators: [TYPED_PLAN.indicators[0], { ...TYPED_PLAN.indicators[1], nature: "stock" }],
  };
  const model = buildTemplate("annual-plan", plan, { lang: "zh", origin: { row: 0, col: 0 } });
  const asFlow = buildTemplate("annual-plan", TYPED_PLAN, { lang: "zh", origin: { row: 0, col: 0 } });
  // The choice changes the sheet (a stock's quarters run from its base), so the comparison means something.
  expect(JSON.stringify(model.cells)).not.toBe(JSON.stringify(asFlow.cells));
  const sheet = (await fakeExcel(page)).book.sheets[1];
  expect(modelDifferences(model, sheet.cells)).toEqual([]);

  await page.waitForFunction(() =>
    (window as unknown as { __fakeExcel: FakeExcelState }).__fakeExcel.book.customXml.some(
      (p) => p.xml.includes("&quot;nature&quot;:&quot;stock&quot;") || p.xml.includes('"nature":"stock"'),
    ),
  );
});

test("read from selection fills the indicator table from the selected cells", async () => {
  const page = await pane({
    office: {
      selection: { row: 0, col: 0, rows: 3, cols: 4 },
      cells: [
        { row: 0, col: 0, value: "指标" },
        { row: 0, col: 1, value: "单位" },
        { row: 0, col: 2, value: "基数" },
        { row: 0, col: 3, value: "目标值" },
        { row: 1, col: 0, value: "PCT国际专利申请量" },
        { row: 1, col: 2, value: 12 },
        { row: 1, col: 3, value: 20 },
        { row: 2, col: 0, value: "专利权质押融资额" },
        { row: 2, col: 1, value: "万元" },
        { row: 2, col: 2, value: 5000 },
        { row: 2, col: 3, value: 8000 },
      ],
    },
  });
  await page.getByRole("tab", { name: "规划" }).click();
  await page.getByRole("button", { name: "从选区读取" }).click();
  await page.getByText("已从选区读取 2 个指标。").waitFor();
  // One indicator open at a time: each is opened from its line.
  await page.getByRole("button", { name: /^指标 1:/ }).click();
  const first = page.getByRole("group", { name: "指标 1" });
  expect(await first.getByRole("combobox", { name: "名称" }).inputValue()).toBe("PCT国际专利申请量");
  expect(await first.getByRole("textbox", { name: "单位" }).inputValue()).toBe("件");
  await page.getByRole("button", { name: /^指标 2:/ }).click();
  const second = page.getByRole("group", { name: "指标 2" });
  expect(await second.getByRole("textbox", { name: "目标值" }).inputValue()).toBe("8000");
});

test("a protected sheet is refused in plain words and nothing is written", async () => {
  const page = await pane({ office: { protectedSheet: true } });
  await typeCountyPlan(page);
  await page.getByRole("tab", { name: "插入" }).click();
  await page.getByRole("radio", { name: "所选单元格(须为空白区域)" }).check();
  await page.getByRole("button", { name: "插入", exact: true }).click();
  await page.getByText("工作表“Sheet1”受保护,未写入任何内容。请先撤销保护,或插入到新工作表。").waitFor();
  const state = await fakeExcel(page);
  expect(state.book.sheets).toHaveLength(1);
  expect(state.book.sheets[0].cells).toEqual({});
});

test("an older Excel (ExcelApi 1.1) gets the sheet without the features it lacks, and is told so", async () => {
  const page = await pane({ office: { excelApi: 1.1 } });
  await typeCountyPlan(page);
  await page.getByRole("tab", { name: "插入" }).click();
  await page.getByRole("button", { name: "插入", exact: true }).click();
  await page.getByText(/^已插入 工作表 '季度通报' A1:/).waitFor();
  await page.getByText("此 Excel 版本缺少以下功能,已省略(表格照常计算):").waitFor();
  await page.getByText("状态红黄绿条件格式").waitFor();
  const state = await fakeExcel(page);
  expect(Object.values(state.book.sheets[1].cells).some((c) => c.formula)).toBe(true);
  // Without custom XML parts (ExcelApi 1.5) the plan is kept in the document settings.
  await page.waitForFunction(() =>
    JSON.stringify((window as unknown as { __fakeExcel: FakeExcelState }).__fakeExcel.book.settings).includes(
      "2025年县域专利工作",
    ),
  );
  expect((await fakeExcel(page)).book.customXml).toEqual([]);
});

test("Excel without the JavaScript API (ExcelApi 1.1 missing): inserting is disabled and says why", async () => {
  const page = await pane({ office: { excelApi: 1.0 } });
  await page.getByRole("tab", { name: "插入" }).click();
  await page.getByText(/此 Excel 不支持加载项写入表格/).waitFor();
  expect(await page.getByRole("button", { name: "插入", exact: true }).isDisabled()).toBe(true);
  expect((await fakeExcel(page)).log.runs).toBe(0);
});

test("from a plan document to an inserted annual plan: import, review, insert", async () => {
  const page = await pane({ office: {} });
  await page.getByRole("tab", { name: "导入" }).click();
  await page.getByRole("textbox").first().fill(readFileSync(SEED_2012, "utf8"));
  await page.getByRole("button", { name: "识别指标" }).click();
  await page.getByRole("button", { name: /导入选中的 \d+ 项/ }).click();
  await page.getByText(/^已导入 \d+ 个指标,请核对后插入。$/).waitFor();
  // The document's own title and years become the plan's.
  expect(await page.getByRole("textbox", { name: /规划名称/ }).inputValue()).toBe(
    "2012年达州市专利工作推进计划",
  );
  expect(await page.getByRole("textbox", { name: /目标年份/ }).inputValue()).toBe("2012");
  // One line per indicator in the compact list; its button is named "指标 N:<name>".
  await page.getByRole("tab", { name: "规划" }).click();
  const names = await page
    .getByRole("list", { name: "指标" })
    .getByRole("button", { name: /^指标 \d+:/ })
    .evaluateAll((els) => els.map((e) => (e.getAttribute("aria-label") ?? "").replace(/^指标 \d+:/, "")));
  expect(names).toContain("发明专利申请量");

  await page.getByRole("tab", { name: "模板" }).click();
  await page.getByRole("radio", { name: /年度工作推进计划指标表/ }).check();
  await page.getByRole("tab", { name: "插入" }).click();
  await page.getByRole("button", { name: "插入", exact: true }).click();
  await page.getByText(/^已插入 工作表 '年度计划' A1:[A-Z]+\d+$/).waitFor();
  const state = await fakeExcel(page);
  const texts = Object.values(state.book.sheets[1].cells).map((c) => c.value);
  for (const name of names) expect(texts.some((v) => typeof v === "string" && v.includes(name))).toBe(true);
});

test("the import, share and collect screens open inside Excel", async () => {
  const page = await pane({ office: {} });
  await page.getByRole("tab", { name: "导入" }).click();
  await page.getByRole("textbox").first().waitFor();
  await screenshot(page, "import-zh-CN");
  await page.getByRole("tab", { name: "分享" }).click();
  await page
    .getByRole("button")
    .filter({ hasText: /转换|分享/ })
    .first()
    .waitFor();
  await screenshot(page, "share-zh-CN");
  await page.getByRole("tab", { name: "汇总" }).click();
  await page.getByText("汇总回收表").waitFor();
  await screenshot(page, "collect-zh-CN");
});

describe("the pane in a plain browser (real office.js, no Office host)", () => {
  test("gallery, editor and help work; inserting is disabled with a note", async () => {
    const page = await pane({});
    await page.getByRole("radio", { name: /目标差距分析表/ }).check();
    await page.getByRole("heading", { name: "预览:目标差距分析表" }).waitFor();
    await page.getByRole("region", { name: /预览/ }).locator("td").first().waitFor();
    await screenshot(page, "browser-gallery-zh-CN");

    await page.getByRole("tab", { name: "规划" }).click();
    expect(await page.getByRole("button", { name: "从选区读取" }).isDisabled()).toBe(true);
    await page.getByRole("group", { name: "指标 1" }).getByRole("textbox", { name: "基期值" }).fill("abc");
    await page.getByText("请输入数字").waitFor();

    await page.getByRole("tab", { name: "插入" }).click();
    await page.getByText(/当前不在 Excel 中运行/).waitFor();
    expect(await page.getByRole("button", { name: "插入", exact: true }).isDisabled()).toBe(true);
    await screenshot(page, "browser-insert-zh-CN");

    await page.getByRole("tab", { name: "函数" }).click();
    await page.getByRole("heading", { name: /^PLAN\.CAGR\(/ }).waitFor();
    expect(await page.getByRole("button", { name: "插入到所选单元格: PLAN.CAGR" }).isDisabled()).toBe(true);

    // The screens loaded on demand arrive from the same origin under the page's CSP.
    await page.getByRole("tab", { name: "导入" }).click();
    await page.getByRole("textbox").first().waitFor();
    await screenshot(page, "browser-import-zh-CN");

    await page.getByRole("button", { name: "切换到英文界面" }).click();
    await page.getByRole("tab", { name: "Functions" }).waitFor();
  });

  test("keyboard only: tabs, template choice and the plan title are reachable and named", async () => {
    const page = await pane({});
    await page.getByRole("tab", { name: "模板" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByRole("textbox", { name: /规划名称/ }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("规划");
    await page.keyboard.press("Tab");
    await page.keyboard.type("键盘输入的规划");
    expect(await page.getByRole("textbox", { name: /规划名称/ }).inputValue()).toBe("键盘输入的规划");
    // Every button and input has an accessible name.
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll("button, input, textarea, [role=combobox]")]
        .filter((el) => {
          const e = el as HTMLElement;
          const labelled = e.getAttribute("aria-labelledby");
          const byLabel =
            labelled && labelled.split(" ").some((id) => document.getElementById(id)?.textContent);
          return !(
            e.getAttribute("aria-label") ||
            byLabel ||
            e.textContent?.trim() ||
            (e as HTMLInputElement).labels?.length
          );
        })
        .map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
  });
});
