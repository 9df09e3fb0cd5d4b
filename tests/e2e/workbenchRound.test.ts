/**
 * The pane's share, distribute and collect screens in the production workbench (Chromium, Univer
 * behind window.Excel), as a user without Excel goes through them: PLAN formulas converted to
 * native ones that calculate the same, all counties' forms downloaded as one .zip, three of them
 * filled and picked from disk, and the summary written into the workbook and calculated by the
 * engine. Expectations come from the rewriter and the consolidator run here in Node.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { rewriteFormula } from "../../src/share/rewriteFormula";
import { consolidate } from "../../src/collect/consolidate";
import { summaryModel } from "../../src/collect/summaryModel";
import { buildTemplate } from "../../src/model/templates";
import { rangeA1 } from "../../src/model/a1";
import { typeCountyPlan } from "./support/pane";
import { docxParagraphs } from "../support/docxText";
import { bulletinDocxNode } from "../../src/bulletin/node";
import { serialFromIso } from "../../src/core/excelDate";
import {
  calculated,
  excelValues,
  waitForSavedPlan,
  workbenchScreenshot,
  workbenchSession,
} from "./support/workbench";

const open = workbenchSession();
const SLOW = 300_000;
const dirs: string[] = [];

afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

test(
  "分享 rewrites the sheet's PLAN formulas into native ones that calculate the same",
  async () => {
    const { page } = await open();
    const FORMULAS = [
      "=PLAN.PROJECT(A1,B1,2)",
      "=ROUND(PLAN.COMPLETION(50,A1),2)",
      "=PLAN.STATUS(50,A1,PLAN.TIMEPROGRESS(DATE(2025,6,30)))",
      "=PLAN.COMPLETION(A9,A1)",
    ];
    await page.evaluate(
      (formulas) =>
        Excel.run(async (context) => {
          const ws = context.workbook.worksheets.getActiveWorksheet();
          ws.getRange("A1:B1").values = [[100, 0.3]];
          ws.getRange("C1:C4").formulas = formulas.map((f) => [f]);
          await context.sync();
        }),
      FORMULAS,
    );
    await calculated(page);
    const sheet = await page.evaluate(() =>
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getActiveWorksheet();
        ws.load("name");
        await context.sync();
        return ws.name;
      }),
    );
    const before = await excelValues(page, sheet, "C1:C4");
    expect(before[0][0]).toBeCloseTo(169, 9);
    expect(before[1][0]).toBe(0.5);
    // 2025-06-30 is 181/365 of the year; 50% of the target is within 10 points of it.
    expect(before[2][0]).toBe("正常");
    // A blank actual: blank, not 0% or #DIV/0!.
    expect(before[3][0]).toBe("");

    await page.getByRole("tab", { name: "分享" }).click();
    await page.getByRole("button", { name: "转换为原生公式" }).click();
    await page
      .getByText("已转换:4 格改为原生公式,0 格展开 SERIES,0 格保留数值。")
      .waitFor({ timeout: 60_000 });
    await workbenchScreenshot(page, "workbench-share-zh-CN");

    await calculated(page);
    const formulas = await page.evaluate(
      (sheet) =>
        Excel.run(async (context) => {
          const range = context.workbook.worksheets.getItem(sheet).getRange("C1:C4");
          range.load("formulas");
          await context.sync();
          return range.formulas as string[][];
        }),
      sheet,
    );
    const want = FORMULAS.map((f) => {
      const r = rewriteFormula(f);
      if (r.kind !== "native") throw new Error(`${f} is not rewritten natively`);
      return r.formula;
    });
    expect(formulas.map((r) => r[0])).toEqual(want);
    expect(formulas.flat().some((f) => /PLAN\./i.test(f))).toBe(false);
    const after = await excelValues(page, sheet, "C1:C4");
    expect(after[0][0]).toBeCloseTo(169, 9);
    expect(after.slice(1)).toEqual(before.slice(1));
  },
  SLOW,
);

test(
  "汇总: all forms as one .zip, three filled and picked, the summary written and calculated, 生成通报",
  async () => {
    const { page } = await open();
    await typeCountyPlan(page);
    const plan = await waitForSavedPlan(page, 4);
    expect(plan.regions).toEqual(["东城区", "西城县", "南湖区", "北山县"]);

    await page.getByRole("tab", { name: "汇总" }).click();
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "全部下载(一个 .zip,4 份)" }).click();
    const download = await downloading;
    const zipPath = await download.path();
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const zip = await JSZip.loadAsync(readFileSync(zipPath));
    const names = Object.keys(zip.files).sort();
    expect(names).toHaveLength(4);

    // [target, actual] per indicator as three counties type them; 北山县 sends nothing back.
    const TYPED: Record<string, number[]> = {
      东城区: [20, 12, 100, 70],
      西城县: [15, 5, 90, 30],
      南湖区: [25, 20, 130, 100],
    };
    const dir = mkdtempSync(join(tmpdir(), "ip-e2e-workbench-collect-"));
    dirs.push(dir);
    const paths: string[] = [];
    const files: { name: string; bytes: Uint8Array }[] = [];
    for (const [region, values] of Object.entries(TYPED)) {
      const name = names.find((n) => n.includes(region));
      expect(name).toBeDefined();
      const model = buildTemplate("quarterly-report", plan, { lang: "zh", region });
      const row = model.cells.findIndex((r) => r.some((c) => c?.value === region));
      const inputs = model.cells[row].flatMap((c, k) => (c?.input ? [k] : []));
      expect(inputs).toHaveLength(values.length);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await zip.file(name!)!.async("arraybuffer")) as ArrayBuffer);
      const ws = wb.worksheets[0];
      expect(ws.getCell(row + 1, 2).value).toBe(region);
      values.forEach((v, k) => (ws.getCell(row + 1, inputs[k] + 1).value = v));
      const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
      const path = join(dir, name!);
      writeFileSync(path, bytes);
      paths.push(path);
      files.push({ name: name!, bytes });
    }
    const expected = await consolidate(files, plan);

    await page.getByLabel("选择回收的文件").setInputFiles(paths);
    await page
      .getByText(/^读取 3\/3 个文件;县\(市\)区 3\/4 已报送,0 个已收到未采用;/)
      .waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "写入汇总表和问题清单" }).click();
    await page.getByText("已写入工作表“汇总”和“问题清单”。").waitFor({ timeout: 120_000 });
    await workbenchScreenshot(page, "workbench-collect-zh-CN");

    // The summary as the engine calculated it: each county's figures in its row, completion =
    // actual ÷ target, and the county that did not report blank, not 0%.
    await calculated(page);
    const model = summaryModel(expected, "zh");
    const height = model.cells.length;
    const width = Math.max(...model.cells.map((r) => r.length));
    const values = await excelValues(page, "汇总", rangeA1(0, 0, height, width));
    for (const region of plan.regions!) {
      const r = model.cells.findIndex((row) => row.some((c) => c?.value === region));
      expect(values[r][1]).toBe(region);
      const inputs = model.cells[r].flatMap((c, k) => (c?.input ? [k] : []));
      expect(inputs).toHaveLength(4);
      const typed = TYPED[region];
      if (!typed) {
        expect(inputs.map((k) => values[r][k] ?? "")).toEqual(["", "", "", ""]);
        expect(values[r][inputs[0] + 2] ?? "").toBe("");
        continue;
      }
      expect(inputs.map((k) => values[r][k])).toEqual(typed);
      for (const i of [0, 2]) {
        expect(values[r][inputs[i] + 2]).toBeCloseTo(typed[i + 1] / typed[i], 9);
      }
    }
    const report = await excelValues(page, "问题清单", "A1:A3");
    expect(String(report[0][0])).toMatch(/问题清单/);

    // 生成通报 from the same returned forms: the document the CLI writes (one consolidation).
    // No form gives an as-of date: the pane asks for one rather than guessing it.
    await page.getByLabel("发文机关").fill("某市知识产权局");
    await page.getByRole("button", { name: "生成通报" }).click();
    await page.getByText("请填写截至日期:回收的表格都未填写截至日期。").waitFor();
    await page.getByLabel("截至日期").fill("2026-09-30");
    const [bulletin] = await Promise.all([
      page.waitForEvent("download", { timeout: 120_000 }),
      page.getByRole("button", { name: "生成通报" }).click(),
    ]);
    expect(bulletin.suggestedFilename()).toMatch(/通报\.docx$/);
    await page.getByText(/已生成通报/).waitFor();
    const got = await docxParagraphs(readFileSync(await bulletin.path()));
    const node = await bulletinDocxNode(expected, {
      lang: "zh",
      issuer: "某市知识产权局",
      asOf: serialFromIso("2026-09-30")!,
    });
    expect(got).toEqual(await docxParagraphs(node.bytes));
    const text = got.join("\n");
    expect(text).toContain("北山县未报送");
    expect(text).toContain("某市知识产权局");
  },
  SLOW,
);
