/**
 * The annual plan judges each indicator by its nature, recalculated in LibreOffice: a rate's
 * target holds in every quarter and is judged against 100%, a stock runs from its base, a flow
 * is shared over the quarters and judged against 序时进度 (30 Sep 2012 = 274/366).
 */
import { buildTemplate } from "../../src/model/templates";
import { writeXlsx } from "../../src/writers/xlsx";
import type { Plan } from "../../src/core/plan";
import { recalculate, computed } from "../support/libreoffice";

const plan: Plan = {
  title: "性质测试",
  baseYear: 2011,
  targetYear: 2012,
  indicators: [
    { name: "专利申请总量", unit: "件", target: 400, actual: 300, asOf: "2012-09-30" },
    { name: "有效发明专利拥有量", unit: "件", base: 3000, target: 3600, actual: 3300, asOf: "2012-09-30" },
    { name: "专利行政执法案件结案率", unit: "%", target: 1, actual: 0.6, asOf: "2012-09-30" },
  ],
};

describe("annual plan by indicator nature", () => {
  it("gives each nature its quarterly targets and status", async () => {
    const model = buildTemplate("annual-plan", plan, { lang: "zh", asOf: "2012-09-30" });
    const header = model.cells.findIndex((row) => row.some((c) => c?.value === "一季度累计"));
    const colOf = (h: string) => model.cells[header].findIndex((c) => c?.value === h);
    const book = await recalculate(await writeXlsx([model]));
    const ws = book.worksheets[0];
    const at = (i: number, h: string) => computed(ws.getCell(header + 2 + i, colOf(h) + 1));
    const quarters = ["一季度累计", "二季度累计", "三季度累计", "全年"];

    expect(quarters.map((q) => at(0, q))).toEqual([100, 200, 300, 400]); // flow: shares
    expect(quarters.map((q) => at(1, q))).toEqual([3150, 3300, 3450, 3600]); // stock: from its base
    expect(quarters.map((q) => at(2, q))).toEqual([1, 1, 1, 1]); // rate: holds all year

    // flow: 75% done at 74.9% of the year is on track
    expect(at(0, "状态")).toBe("正常");
    // stock: half the increase done at 74.9% of the year is 24.9 points behind
    expect(at(1, "状态")).toBe("滞后");
    // rate: a 60% closure rate is 40 points short of its target whatever the date
    expect(at(2, "状态")).toBe("严重滞后");
  });
});
