import { readFileSync } from "node:fs";
import { join } from "node:path";
import { consolidate, type Consolidation } from "../../../src/collect/consolidate";
import { reportModel, summaryModel } from "../../../src/collect/summaryModel";
import { writeConsolidation, CollectWriteError } from "../../../src/office/officeCollect";
import { PLAN, REGIONS } from "../collect/forms";
import { buildScenario, removeScenarios } from "../collect/roundTrip";
import { FakeExcel } from "../../support/fakeExcel";
import type { SheetModel } from "../../../src/model/types";
import { a1 } from "../../../src/model/a1";
import { officeLiteral } from "../../../src/office/writer/literal";

/** Cells of a fake sheet that differ from what the writer must send for `model`. */
function differences(excel: FakeExcel, sheet: string, model: SheetModel): string[] {
  const out: string[] = [];
  model.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const v = cell?.value ?? "";
      const want = cell?.formula !== undefined ? `=${cell.formula}` : officeLiteral(v);
      const have = excel.cell(sheet, a1(r, c))?.input ?? "";
      if (want !== have) out.push(`${a1(r, c)}: ${JSON.stringify(have)} ≠ ${JSON.stringify(want)}`);
    }),
  );
  return out;
}

afterAll(removeScenarios);

describe("the consolidation written into Excel by the sheet-model writer (fake Excel)", () => {
  let c: Consolidation;
  beforeAll(async () => {
    const s = await buildScenario();
    c = await consolidate(
      s.files.map((f) => ({ name: f, bytes: readFileSync(join(s.dir, f)) })),
      PLAN,
    );
  });

  it("writes summary and report as new sheets, exactly their models, the summary active", async () => {
    const excel = new FakeExcel({ sheets: ["汇总", "Sheet1"] });
    const before = excel.snapshot();
    const w = await writeConsolidation(excel.context, c, "zh", excel.supports);
    expect(w).toEqual({ summary: "汇总 (2)", report: "问题清单" });
    // two syncs per sheet (the writer's budget) and one to activate the summary
    expect(excel.syncs).toBe(5);
    expect(excel.activeSheet).toBe("汇总 (2)");
    const summary = excel.sheet("汇总 (2)")!;
    expect(excel.cell("汇总 (2)", "B5")?.input).toBe(REGIONS[0]);
    expect(String(excel.cell("汇总 (2)", "E5")?.input)).toMatch(/^=IF\(/); // completion, native
    // the same writer as the templates: conditional formats and styles are kept
    const model = summaryModel(c, "zh");
    expect(summary.conditionalFormats.length).toBe(model.conditionalFormats.length);
    expect(summary.conditionalFormats.length).toBeGreaterThan(0);
    expect(differences(excel, "汇总 (2)", model)).toEqual([]);
    expect(differences(excel, "问题清单", reportModel(c, "zh"))).toEqual([]);
    // a report to read, not a form: no protection
    expect(summary.protected).toBe(false);
    expect(excel.snapshot()["汇总"]).toEqual(before["汇总"]); // the existing sheet is untouched
  });

  it("removes the summary again when the report fails to write", async () => {
    const excel = new FakeExcel({ sheets: ["Sheet1"] });
    excel.failSync(4, Object.assign(new Error("payload"), { code: "RequestPayloadSizeLimitExceeded" }));
    const err = await writeConsolidation(excel.context, c, "zh", excel.supports).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CollectWriteError);
    expect((err as CollectWriteError).zh).toContain("工作簿未改动");
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("leaves nothing behind when the first write fails", async () => {
    const excel = new FakeExcel({ sheets: ["Sheet1"] });
    excel.failSync(2);
    const err = await writeConsolidation(excel.context, c, "en", excel.supports).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CollectWriteError);
    expect((err as CollectWriteError).en).toContain("the workbook is unchanged");
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});
