import { createOfficeHost } from "../../../src/office/officeHost";
import { FakeExcel } from "../../support/fakeExcel";

describe("the pane's Office host (fake Excel)", () => {
  const g = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete g.Office;
    delete g.Excel;
  });

  it("reads a whole-column selection without loading the whole columns", async () => {
    const excel = new FakeExcel({ sheets: ["数据"], activeSheet: "数据", selection: "A:C" });
    excel.setCell("数据", "B2", "指标");
    excel.setCell("数据", "C2", "目标");
    excel.setCell("数据", "B3", "专利申请量");
    excel.setCell("数据", "C3", 400);
    excel.installGlobals(g);
    const rows = await createOfficeHost().readSelection();
    // positions as selected: the blank first row and column are kept as ""
    expect(rows).toEqual([
      ["", "", ""],
      ["", "指标", "目标"],
      ["", "专利申请量", 400],
    ]);
    const loads = excel.calls.filter((c) => c.op === "Range.load");
    const loaded = loads.filter((c) => JSON.stringify(c.args).includes("values")).map((c) => c.target);
    expect(loaded).toEqual(["数据!B2:C3"]);
  });

  it("reads an empty selection as no rows", async () => {
    const excel = new FakeExcel({ sheets: ["数据"], activeSheet: "数据", selection: "D4:E9" });
    excel.installGlobals(g);
    expect(await createOfficeHost().readSelection()).toEqual([]);
  });
});
