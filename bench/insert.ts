/**
 * The quarterly report of 200 indicators × 150 regions, inserted through the Office.js writer
 * into the instrumented fake Excel (round trips, API calls, bytes of arguments sent) and written
 * as an .xlsx file. Goals: insert.syncs ≤ 2, xlsx.seconds < 2.
 */
import type { Benchmark } from "./types";
import type { Plan } from "../src/core/plan";
import { buildTemplate } from "../src/model/templates";
import { insertSheetModel } from "../src/office/writer";
import { writeXlsx } from "../src/writers/xlsx";
import { FakeExcel } from "../tests/support/fakeExcel";

export function bigPlan(indicators = 200, regions = 150): Plan {
  return {
    title: "基准测试计划",
    baseYear: 2023,
    targetYear: 2024,
    regions: Array.from({ length: regions }, (_, i) => `第${i + 1}区`),
    indicators: Array.from({ length: indicators }, (_, i) => ({
      name: `指标${i + 1}`,
      unit: i % 4 === 3 ? "万元" : "件",
      base: 1000 + i,
      growth: 0.1,
      ...(i % 10 === 9 ? { lowerIsBetter: true, comparator: "<=" as const } : {}),
    })),
  };
}

export const insertBench: Benchmark = {
  name: "insert",
  async run() {
    const plan = bigPlan();
    const t0 = performance.now();
    const model = buildTemplate("quarterly-report", plan, { asOf: "2024-06-30" });
    const buildSeconds = (performance.now() - t0) / 1000;

    const excel = new FakeExcel({ apiVersion: "1.9" });
    const t1 = performance.now();
    const result = await insertSheetModel(excel.context, model, { supports: excel.supports });
    const insertSeconds = (performance.now() - t1) / 1000;
    if (!result.ok) throw new Error(result.error.en);
    const payloadBytes = excel.calls.reduce((n, c) => n + (c.args ? JSON.stringify(c.args).length : 0), 0);

    const old = new FakeExcel({ apiVersion: "1.1" });
    await insertSheetModel(old.context, model, { supports: old.supports });

    const t2 = performance.now();
    const xlsx = await writeXlsx([model]);
    const xlsxSeconds = (performance.now() - t2) / 1000;

    return {
      insert: {
        syncs: excel.syncs,
        apiCalls: excel.apiCalls,
        seconds: Number(insertSeconds.toFixed(3)),
        payloadBytes,
        cells: model.cells.length * model.cells[0].length,
        buildSeconds: Number(buildSeconds.toFixed(3)),
        syncsExcelApi11: old.syncs,
        apiCallsExcelApi11: old.apiCalls,
      },
      xlsx: { seconds: Number(xlsxSeconds.toFixed(3)), bytes: xlsx.length },
    };
  },
};
