/**
 * The Share (分享) and Collect (汇总) screens of the production build, driven in headless
 * Chromium as a user would, inside the recording fake of Excel: converting a workbook's PLAN
 * formulas into native ones, and consolidating returned regional forms picked from disk.
 * Expectations come from the real rewriter, distributor and consolidator run here in Node.
 * Any console or page error, or a request leaving loopback, fails the test.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import {
  fakeExcel,
  modelDifferences,
  paneSession,
  screenshot,
  shown,
  type FakeCell,
  type FakeExcelState,
} from "./support/pane";
import { NATIVE } from "../../src/core/native";
import { rewriteFormula } from "../../src/share/rewriteFormula";
import { distributeForms } from "../../src/collect/distribute";
import { consolidate } from "../../src/collect/consolidate";
import { reportModel, summaryModel } from "../../src/collect/summaryModel";
import { SEVERITY_LABEL } from "../../src/collect/problems";
import { QUARTERLY_FIRST_DATA_ROW } from "../../src/model/templates/quarterlyReport";
import { buildTemplate } from "../../src/model/templates";
import { planToXml } from "../../src/office/planXml";
import type { Plan } from "../../src/core/plan";

const dirs: string[] = [];

afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const pane = paneSession();

/** The syncs of one Excel.run, in order. */
function syncsOf(state: FakeExcelState, run: number) {
  return state.log.syncLog.filter((s) => s.run === run);
}

/** The last Excel.run that had started by a point of the log (runs start in log order). */
function runBefore(state: FakeExcelState, started: (r: FakeExcelState["log"]["runLog"][number]) => boolean) {
  const i = state.log.runLog.reduce((found, r, k) => (started(r) ? k : found), -1);
  expect(i).toBeGreaterThanOrEqual(0);
  return i;
}

describe("分享: converting the open workbook's PLAN formulas", () => {
  const DATA_SHEET = "县区 数据";
  const sheet1: FakeCell[] = [
    { row: 0, col: 0, value: "指标" },
    { row: 0, col: 1, value: "基期值" },
    { row: 0, col: 2, value: "增长率" },
    { row: 0, col: 3, value: "年数" },
    { row: 0, col: 4, value: "实际" },
    { row: 0, col: 5, value: "目标" },
    { row: 1, col: 0, value: "专利申请量" },
    { row: 1, col: 1, value: 320 },
    { row: 1, col: 2, value: 0.25 },
    { row: 1, col: 3, value: 1 },
    { row: 1, col: 4, value: 250 },
    { row: 1, col: 5, value: 400 },
    { row: 2, col: 0, value: "发明专利申请量" },
    { row: 2, col: 1, value: 46 },
    { row: 2, col: 2, value: 0.3 },
    { row: 4, col: 1, formula: "=PLAN.PROJECT(B2,C2,D2)" },
    { row: 5, col: 1, formula: "=ROUND(PLAN.COMPLETION(E2,F2),2)" },
    // A PLAN call beside a string literal that mentions one: only the call changes.
    { row: 6, col: 1, formula: `=IF(A1="PLAN.PROJECT(",1,PLAN.GAP('${DATA_SHEET}'!B2,$C$3))` },
    // Text only: no PLAN call here.
    { row: 7, col: 1, formula: '=IF(A2="","PLAN.PROJECT(B2,C2)",A2)' },
    { row: 8, col: 1, formula: "=SUM(B2:B3)" },
  ];
  const sheet2: FakeCell[] = [
    { row: 0, col: 0, value: "地区" },
    { row: 1, col: 0, value: "东城区" },
    { row: 1, col: 1, value: 50 },
    { row: 2, col: 1, value: 80 },
    { row: 1, col: 2, formula: "=PLAN.CAGR(B2,B3,5)" },
  ];
  const key = (c: FakeCell) => `${c.row},${c.col}`;
  const text = (c: FakeCell) => ("formula" in c ? c.formula : c.value);

  // What each PLAN cell must become: the native builders of src/core/native.ts.
  const EXPECTED: Record<string, Record<string, string>> = {
    Sheet1: {
      "4,1": `=${NATIVE.PROJECT(["B2", "C2", "D2"])}`,
      "5,1": `=ROUND(${NATIVE.COMPLETION(["E2", "F2"])},2)`,
      "6,1": `=IF(A1="PLAN.PROJECT(",1,${NATIVE.GAP([`'${DATA_SHEET}'!B2`, "$C$3"])})`,
    },
    [DATA_SHEET]: { "1,2": `=${NATIVE.CAGR(["B2", "B3", "5"])}` },
  };

  test("the builders agree with the rewriter (the expectations mean what the converter does)", () => {
    for (const [sheet, cells] of [
      ["Sheet1", sheet1],
      [DATA_SHEET, sheet2],
    ] as const) {
      for (const c of cells) {
        if (!("formula" in c)) continue;
        const r = rewriteFormula(c.formula);
        const want = EXPECTED[sheet][key(c)];
        if (want === undefined) expect(r).toEqual({ kind: "unchanged" });
        else expect(r).toMatchObject({ kind: "native", formula: want });
      }
    }
  });

  test("convert writes the native formulas into exactly the PLAN cells, lists them, and a second run finds nothing", async () => {
    const page = await pane({
      office: { cells: sheet1, sheets: [{ name: DATA_SHEET, cells: sheet2 }] },
    });
    await page.getByRole("tab", { name: "分享" }).click();
    const convert = page.getByRole("button", { name: "转换为原生公式" });
    await convert.click();
    await page.getByText("已转换:4 格改为原生公式,0 格展开 SERIES,0 格保留数值。").waitFor();
    await page.getByText("共检查公式 6 个。").waitFor();
    await screenshot(page, "share-converted-zh-CN");

    // The report lists exactly the changed cells, each with its formula before.
    const listed = await page
      .getByRole("region", { name: "改写的单元格" })
      .getByRole("listitem")
      .allTextContents();
    expect(listed.map((t) => t.trim()).sort()).toEqual(
      [
        "Sheet1!B5: =PLAN.PROJECT(B2,C2,D2)",
        "Sheet1!B6: =ROUND(PLAN.COMPLETION(E2,F2),2)",
        `Sheet1!B7: =IF(A1="PLAN.PROJECT(",1,PLAN.GAP('${DATA_SHEET}'!B2,$C$3))`,
        `${DATA_SHEET}!C2: =PLAN.CAGR(B2,B3,5)`,
      ].sort(),
    );
    expect(await page.getByRole("region", { name: /保留数值/ }).count()).toBe(0);
    expect(await page.getByRole("region", { name: "原样保留的单元格" }).count()).toBe(0);

    // The workbook: the PLAN cells hold the native formulas, every other cell is as it was.
    const state = await fakeExcel(page);
    expect(state.book.sheets.map((s) => s.name)).toEqual(["Sheet1", DATA_SHEET]);
    for (const [sheet, cells] of [
      [state.book.sheets[0], sheet1],
      [state.book.sheets[1], sheet2],
    ] as const) {
      const want = Object.fromEntries(cells.map((c) => [key(c), EXPECTED[sheet.name][key(c)] ?? text(c)]));
      const have = Object.fromEntries(Object.keys(sheet.cells).map((k) => [k, shown(sheet.cells, k)]));
      expect(have).toEqual(want);
    }

    // Only the four cells were written, all in the last of the adapter's four syncs (sheets and
    // names; used-range bounds; the contents in one band; the writes).
    const writes = state.log.sets.filter((s) => /\.(values|formulas)$/.test(s.path));
    expect(writes.map((s) => s.path).sort()).toEqual(
      [
        "range(Sheet1!B5).formulas",
        "range(Sheet1!B6).formulas",
        "range(Sheet1!B7).formulas",
        `range('${DATA_SHEET}'!C2).formulas`,
      ].sort(),
    );
    const shareRun = runBefore(state, (r) => r.firstSet <= state.log.sets.indexOf(writes[0]));
    expect(state.log.runLog[shareRun].syncs).toBe(4);
    const [, , third, fourth] = syncsOf(state, shareRun);
    for (const w of writes) {
      const at = state.log.sets.indexOf(w);
      expect(at).toBeGreaterThanOrEqual(third.sets);
      expect(at).toBeLessThan(fourth.sets);
    }

    // Again: nothing left to convert, nothing written.
    const before = state.log.sets.length;
    await convert.click();
    await page.getByText("没有需要转换的 PLAN 公式。").waitFor();
    const again = await fakeExcel(page);
    expect(again.log.sets.slice(before).filter((s) => /\.(values|formulas)$/.test(s.path))).toEqual([]);
    expect(again.book.sheets).toEqual(state.book.sheets);
    expect(await page.getByRole("region", { name: "改写的单元格" }).count()).toBe(0);
  });
});

describe("汇总: consolidating three returned forms picked from disk", () => {
  const PLAN: Plan = {
    title: "2025年专利工作推进计划",
    baseYear: 2024,
    targetYear: 2025,
    regions: ["东城区", "西城县", "南湖区"],
    indicators: [
      { name: "专利申请量", unit: "件", base: 300, target: 400 },
      { name: "专利实施产值", unit: "万元", base: 1000, growth: 0.2 },
    ],
  };
  // [region][indicator][target, actual] as each county types it; 西城县 types "2000万" as text.
  const TYPED: (number | string)[][][] = [
    [
      [110, 60],
      [380, 200],
    ],
    [
      [95, 40],
      [350, "2000万"],
    ],
    [
      [120, 70],
      [420, 250],
    ],
  ];
  // What the summary must hold: "2000万" in a 万元 column is 2000.
  const SUMMED = [
    [110, 60, 380, 200],
    [95, 40, 350, 2000],
    [120, 70, 420, 250],
  ];

  /** Distributes, fills and saves the three forms; returns their paths. */
  async function returnedForms(): Promise<string[]> {
    const dir = mkdtempSync(join(tmpdir(), "ip-e2e-collect-"));
    dirs.push(dir);
    const forms = await distributeForms(PLAN, "quarterly-report", { lang: "zh", asOf: "2025-06-30" });
    expect(forms.map((f) => f.region)).toEqual(PLAN.regions);
    const paths: string[] = [];
    for (const [j, f] of forms.entries()) {
      // The form's own model says where the region's input cells are.
      const model = buildTemplate("quarterly-report", PLAN, {
        lang: "zh",
        region: f.region,
        asOf: "2025-06-30",
      });
      const row = model.cells.findIndex((r) => r.some((c) => c?.value === f.region));
      const inputs = model.cells[row].flatMap((c, k) => (c?.input ? [k] : []));
      expect(inputs).toHaveLength(2 * PLAN.indicators.length);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(f.bytes) as unknown as ArrayBuffer);
      const ws = wb.worksheets[0];
      TYPED[j].flat().forEach((v, k) => {
        ws.getCell(row + 1, inputs[k] + 1).value = v;
      });
      const path = join(dir, f.fileName);
      writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
      paths.push(path);
    }
    return paths;
  }

  test("pick the files, see the fault, write the summary and the problem sheet through the template writer", async () => {
    const paths = await returnedForms();
    const expected = await consolidate(
      paths.map((p) => ({ name: p.split("/").pop()!, bytes: new Uint8Array(readFileSync(p)) })),
      PLAN,
    );
    const fault = expected.problems.find((p) => p.code === "text-number");
    expect(fault).toMatchObject({ region: "西城县", indicator: "专利实施产值" });
    expect(fault!.zh).toContain("2000万");

    const page = await pane({ office: { customXml: [planToXml(PLAN)] } });
    await page.getByText(`已从工作簿恢复规划“${PLAN.title}”。`).waitFor();
    await page.getByRole("tab", { name: "汇总" }).click();
    await page.getByLabel("选择回收的文件").setInputFiles(paths);

    await page
      .getByText(
        `读取 3/3 个文件;县(市)区 3/3 已报送,0 个已收到未采用;问题 ${expected.problems.length} 条(错误 ${
          expected.problems.filter((p) => p.severity === "error").length
        } 条)。`,
      )
      .waitFor();
    const problems = page.getByRole("region", { name: "问题清单" }).getByRole("listitem");
    const shownProblems = (await problems.allTextContents()).map((t) => t.trim());
    expect(shownProblems).toEqual(
      expected.problems.map(
        (p) =>
          `[${SEVERITY_LABEL.zh[p.severity]}] ${[p.file, p.sheet, p.cell].filter(Boolean).join(" ")}: ${p.zh}`,
      ),
    );
    expect(shownProblems.some((t) => t.includes("季度通报_西城县.xlsx") && t.includes("2000万"))).toBe(true);
    await screenshot(page, "collect-result-zh-CN");

    await page.getByRole("button", { name: "写入汇总表和问题清单" }).click();
    await page.getByText("已写入工作表“汇总”和“问题清单”。").waitFor();
    await screenshot(page, "collect-written-zh-CN");

    const state = await fakeExcel(page);
    expect(state.book.sheets.map((s) => s.name)).toEqual(["Sheet1", "汇总", "问题清单"]);
    const [, summary, report] = state.book.sheets;
    // The regions' figures are in their rows of the summary, the fault read as 2000 (万元).
    const sModel = summaryModel(expected, "zh");
    PLAN.regions!.forEach((region, j) => {
      const r = sModel.origin.row + QUARTERLY_FIRST_DATA_ROW + j;
      expect(shown(summary.cells, `${r},${sModel.origin.col + 1}`)).toBe(region);
      const inputs = sModel.cells[QUARTERLY_FIRST_DATA_ROW + j].flatMap((c, k) => (c?.input ? [k] : []));
      expect(inputs.map((k) => shown(summary.cells, `${r},${sModel.origin.col + k}`))).toEqual(SUMMED[j]);
    });
    // Cell for cell, both sheets are what the consolidation of these files gives.
    expect(modelDifferences(sModel, summary.cells)).toEqual([]);
    expect(modelDifferences(reportModel(expected, "zh"), report.cells)).toEqual([]);
    expect(
      Object.values(report.cells).some((c) => typeof c.value === "string" && c.value.includes("2000万")),
    ).toBe(true);

    // Each sheet goes through the template writer in one request of its own: sheet names read,
    // then the sheet added and filled before the next sync; a last sync activates the summary.
    const adds = state.log.calls.flatMap((c, i) => (c.path === "worksheets.add" ? [i] : []));
    expect(adds).toHaveLength(2);
    const run = runBefore(state, (r) => r.firstCall <= adds[0]);
    expect(state.log.runLog[run].syncs).toBe(5);
    const syncs = syncsOf(state, run);
    (["汇总", "问题清单"] as const).forEach((sheet, k) => {
      const [read, write] = [syncs[2 * k], syncs[2 * k + 1]];
      expect(adds[k]).toBeGreaterThanOrEqual(read.calls);
      expect(adds[k]).toBeLessThan(write.calls);
      const writes = state.log.sets.flatMap((s, i) => (s.path.startsWith(`range('${sheet}'!`) ? [i] : []));
      expect(writes.length).toBeGreaterThan(0);
      for (const i of writes) {
        expect(i).toBeGreaterThanOrEqual(read.sets);
        expect(i).toBeLessThan(write.sets);
      }
    });
    // The user's sheet was not touched.
    expect(state.book.sheets[0].cells).toEqual({});
  });
});
