/**
 * The round trip end to end: distribute to ten regions, fill the forms with a fault of each
 * kind, collect, and recalculate the summary in LibreOffice: totals, completion, status and
 * ranks must follow from the values the forms carried.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { recalculate, computed } from "../support/libreoffice";
import { consolidate } from "../../src/collect/consolidate";
import { consolidationXlsx } from "../../src/collect/xlsxCollect";
import { effectiveTarget } from "../../src/core/effectiveTarget";
import { STATUS_LABELS } from "../../src/core/statusLabels";
import { indicatorNature } from "../../src/core/indicatorNature";
import { PLAN, REGIONS } from "../unit/collect/forms";
import { buildScenario, type Scenario, removeScenarios } from "../unit/collect/roundTrip";

const FIRST_ROW = 5; // 1-based sheet row of the first region
const col = (i: number, k: number) => 3 + 6 * i + k; // k: 0 target, 1 actual, 2 completion, 3 tp, 4 status, 5 rank

function num(cell: ExcelJS.Cell): number | "" | string | null | boolean {
  return computed(cell);
}

afterAll(removeScenarios);

describe("summary of returned forms, recalculated by LibreOffice", () => {
  let s: Scenario;
  let summary: ExcelJS.Worksheet;
  let report: ExcelJS.Worksheet;

  beforeAll(async () => {
    s = await buildScenario();
    const c = await consolidate(
      s.files.map((f) => ({ name: f, bytes: readFileSync(join(s.dir, f)) })),
      PLAN,
    );
    const wb = await recalculate(await consolidationXlsx(c, "zh"));
    summary = wb.getWorksheet("汇总")!;
    report = wb.getWorksheet("问题清单")!;
  });

  it("has one row per region with the collected targets and actuals", () => {
    REGIONS.forEach((region, j) => {
      const r = FIRST_ROW + j;
      expect(computed(summary.getCell(r, 2))).toBe(region);
      PLAN.indicators.forEach((_, i) => {
        const exp = s.expected[j]?.[i] ?? [null, null];
        const t = num(summary.getCell(r, col(i, 0)));
        const a = num(summary.getCell(r, col(i, 1)));
        expect([region, i, t ?? null, a ?? null]).toEqual([region, i, exp[0], exp[1]]);
      });
    });
  });

  it("calculates completion, status and rank natively, blank where data is missing", () => {
    const tp = num(summary.getCell("F2")) as number;
    expect(tp).toBeCloseTo(182 / 366, 12); // 2024-06-30 in a leap year
    PLAN.indicators.forEach((ind, i) => {
      const completions = s.expected.map((e) => {
        const v = e?.[i];
        return v && v[0] !== null && v[1] !== null ? v[1] / v[0] : null;
      });
      completions.forEach((cpl, j) => {
        const r = FIRST_ROW + j;
        const got = num(summary.getCell(r, col(i, 2)));
        const status = num(summary.getCell(r, col(i, 4)));
        const rank = num(summary.getCell(r, col(i, 5)));
        if (cpl === null) {
          expect([ind.name, j, got, status, rank]).toEqual([ind.name, j, "", "", ""]);
          return;
        }
        expect(got as number).toBeCloseTo(cpl, 12);
        // A rate (比例, 率 …) is judged against its whole target, a flow or stock against 序时进度.
        const behind = (indicatorNature(ind) === "rate" ? 1 : tp) - cpl;
        const label = STATUS_LABELS.zh[cpl >= 1 ? 0 : behind < 0.1 ? 1 : behind <= 0.3 ? 2 : 3];
        expect([ind.name, j, status]).toEqual([ind.name, j, label]);
        const better = completions.filter((x) => x !== null && x > cpl).length;
        expect([ind.name, j, rank]).toEqual([ind.name, j, better + 1]);
      });
    });
  });

  it("totals the additive indicators against the plan's target", () => {
    const totalRow = FIRST_ROW + REGIONS.length;
    expect(computed(summary.getCell(totalRow, 2))).toBe("合计(全市)");
    [0, 1, 2].forEach((i) => {
      const sum = s.expected.reduce((acc, e) => acc + (e?.[i][1] ?? 0), 0);
      expect(num(summary.getCell(totalRow, col(i, 1))) as number).toBeCloseTo(sum, 9);
      const target = effectiveTarget(PLAN.indicators[i], PLAN)!;
      expect(num(summary.getCell(totalRow, col(i, 0)))).toBe(target);
      expect(num(summary.getCell(totalRow, col(i, 2))) as number).toBeCloseTo(sum / target, 12);
    });
    expect(num(summary.getCell(totalRow, col(3, 1)))).toBeNull(); // a % is not summed: left for the official
  });

  it("marks missing regions and counts submissions", () => {
    const statusCol = 3 + 6 * PLAN.indicators.length;
    expect(computed(summary.getCell(3, statusCol))).toBe("报送情况");
    const texts = REGIONS.map((_, j) => computed(summary.getCell(FIRST_ROW + j, statusCol)));
    expect(texts).toEqual([
      "已报送",
      "已报送,3 个问题",
      "已报送,2 个问题",
      "已报送,2 个问题",
      "已报送,1 个问题",
      "已报送",
      "已报送,2 个问题",
      "已收到,未采用:规划不符",
      "已报送",
      "未报送",
    ]);
    expect(computed(summary.getCell(FIRST_ROW + REGIONS.length, statusCol))).toBe("已报送 8/10");
  });

  it("has no error values anywhere", () => {
    summary.eachRow((row) =>
      row.eachCell((cell) => {
        const v = computed(cell);
        expect([cell.address, typeof v === "string" && /^#|^Err:/.test(v)]).toEqual([cell.address, false]);
      }),
    );
  });

  it("lists every problem with file, sheet, cell and the Chinese text", () => {
    expect(computed(report.getCell("A3"))).toBe("序号");
    expect(computed(report.getCell("A2"))).toBe(
      "收到文件 14 个,读取 8 个,跳过 6 个;问题 18 条(错误 9,警告 5,提示 4)",
    );
    const rows: string[] = [];
    for (let r = 4; r < 4 + 18; r++) {
      rows.push(
        ["B", "C", "D", "H"].map((c) => String(computed(report.getCell(`${c}${r}`)) ?? "")).join("|"),
      );
    }
    expect(rows).toContain("季度通报_东城区.xlsx|季度通报|C5|文字数字");
    expect(rows).toContain("季度通报_南湖区.xlsx|季度通报|E5|公式被覆盖");
    expect(rows).toContain("加密.xlsx|||有密码保护");
    expect(computed(report.getCell("I4"))).toBe("“2万”是文字,已按数字 20000 件 读取");
  });
});
