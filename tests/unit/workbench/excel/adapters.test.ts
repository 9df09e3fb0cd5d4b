/**
 * The add-in's Office edge, unchanged, on a real Univer engine through the workbench's Excel API:
 * the pane's Office host (insert at the selection and on a new sheet, refusals, insert formula,
 * the plan saved with the workbook), "prepare for sharing" (PLAN → native, every converted cell
 * calculating the same) and the collect summary.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createOfficeHost } from "../../../../src/office/officeHost";
import { shareOpenWorkbook, ShareRefused } from "../../../../src/office/officeShare";
import { writeConsolidation } from "../../../../src/office/officeCollect";
import { isSetSupported } from "../../../../src/workbench/excel";
import { consolidate } from "../../../../src/collect/consolidate";
import { summaryModel } from "../../../../src/collect/summaryModel";
import { HostError } from "../../../../src/host/port";
import { nativeProject } from "../../../../src/core/native";
import { engineFormula } from "../../../../src/workbench/excel/cells";
import { validatePlan } from "../../../../src/core/planValidation";
import type { Plan } from "../../../../src/core/plan";
import { PLAN, REGIONS } from "../../collect/forms";
import { buildScenario, removeScenarios } from "../../collect/roundTrip";
import { startWorkbench, type Workbench } from "../../../support/workbenchExcel";

jest.setTimeout(120_000);

const ROOT = join(__dirname, "../../../..");
const example: Plan = validatePlan(
  JSON.parse(readFileSync(join(ROOT, "examples/dazhou-2012-patent-plan.json"), "utf8")),
).plan!;

let wb: Workbench;
let restore: () => void;
afterEach(() => {
  restore?.();
  wb?.dispose();
});
afterAll(removeScenarios);

function select(sheet: string, a1: string): void {
  const ws = wb.sheet(sheet);
  wb.engine.api.getActiveWorkbook()!.setActiveSheet(ws);
  ws.setActiveRange(ws.getRange(a1));
}

describe("the pane's Office host on the workbench", () => {
  beforeEach(() => {
    wb = startWorkbench({ sheets: ["数据", "Sheet2"] });
    restore = wb.installGlobals();
  });

  it("inserts at the selection, never over data, and refuses a protected sheet by error code", async () => {
    const host = createOfficeHost();
    expect(host.capabilities()).toMatchObject({ insert: true, storage: "workbook" });
    wb.setCell("数据", "A1", "用户的表");
    select("数据", "C5");
    const r = await host.insertTemplate({
      templateId: "task-breakdown",
      plan: example,
      lang: "zh",
      target: "selection",
    });
    expect(r.sheetName).toBe("数据");
    expect(r.address.startsWith("C5:")).toBe(true);
    expect(wb.cell("数据", "A1").v).toBe("用户的表");
    // The title is in the area's first row (right of the repeated label columns when the table
    // is wider than a page; see src/model/print.ts).
    const titleRow = ["C", "D", "E", "F", "G", "H"].map((c) => String(wb.cell("数据", `${c}5`).v ?? ""));
    expect(titleRow.join("")).toContain("重点任务分解表");

    // Again at the same place: the area holds the first template now.
    const again = await host
      .insertTemplate({ templateId: "annual-plan", plan: example, lang: "zh", target: "selection" })
      .catch((e: unknown) => e);
    expect(again).toBeInstanceOf(HostError);
    expect((again as HostError).code).toBe("notEmpty");
    expect((again as HostError).zh).toContain("未写入任何内容");

    // A new sheet is protected by the writer: inserting into it at a cell is refused.
    const sheet = await host.insertTemplate({
      templateId: "gap-analysis",
      plan: example,
      lang: "zh",
      target: "newSheet",
    });
    select(sheet.sheetName, "A900");
    const locked = await host
      .insertTemplate({ templateId: "annual-plan", plan: example, lang: "zh", target: "selection" })
      .catch((e: unknown) => e);
    expect((locked as HostError).code).toBe("protected");
    // …and a write into one of its locked cells fails with Office's AccessDenied.
    const denied = await wb
      .run(async (context) => {
        context.workbook.worksheets.getItem(sheet.sheetName).getRange("A1").values = [["x"]];
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect((denied as OfficeExtension.Error).code).toBe("AccessDenied");
  });

  it("writes a formula into the selected empty cell, which calculates, and refuses a filled one", async () => {
    const host = createOfficeHost();
    wb.setCell("数据", "A1", 100);
    select("数据", "B2");
    expect(await host.insertFormula("=A1*1.1^2")).toBe("B2");
    const read = await host.readSelection();
    expect(read).toHaveLength(1);
    expect(read[0][0]).toBeCloseTo(121, 9);
    const err = await host.insertFormula("=1").catch((e: unknown) => e);
    expect((err as HostError).code).toBe("notEmpty");
    expect(wb.cell("数据", "B2").f).toBe("=A1*1.1^2");
  });

  it("keeps the plan in a custom XML part that is saved and restored with the workbook", async () => {
    const host = createOfficeHost();
    expect(await host.loadPlan()).toBeNull();
    await host.savePlan(example);
    await host.savePlan({ ...example, title: "第二版" });
    expect((await host.loadPlan())?.title).toBe("第二版");
    const parts = await wb.run(async (context) => {
      const all = context.workbook.customXmlParts;
      all.load("items/id,items/namespaceUri");
      await context.sync();
      return all.items.map((p) => p.namespaceUri);
    });
    expect(parts).toEqual(["urn:indicator-planner:plan:v1"]); // replaced, not accumulated

    const snapshot = wb.engine.api.getActiveWorkbook()!.save();
    restore();
    wb.dispose();
    wb = startWorkbench({ snapshot });
    restore = wb.installGlobals();
    const reopened = await createOfficeHost().loadPlan();
    expect(reopened).toEqual({ ...example, title: "第二版" });
  });

  it("document settings: set, saveAsync, get; saved with the workbook", async () => {
    const { Office: office } = wb.globals;
    const settings = office.context.document.settings;
    settings.set("k", { a: 1 });
    expect(settings.get("k")).toEqual({ a: 1 });
    const status = await new Promise<string>((resolve) =>
      settings.saveAsync((r) => resolve(String(r.status))),
    );
    expect(status).toBe(office.AsyncResultStatus.Succeeded);
    const snapshot = wb.engine.api.getActiveWorkbook()!.save();
    restore();
    wb.dispose();
    wb = startWorkbench({ snapshot });
    restore = wb.installGlobals();
    expect(wb.globals.Office.context.document.settings.get("k")).toEqual({ a: 1 });
    expect(wb.globals.Office.context.document.settings.get("missing")).toBeNull();
  });

  it("Office.onReady says Excel and the requirement sets answer for ExcelApi 1.9", async () => {
    const { Office: office } = wb.globals;
    expect(String((await office.onReady()).host)).toBe("Excel");
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
    expect(office.context.requirements.isSetSupported("SharedRuntime", "1.1")).toBe(false);
    expect(office.context.displayLanguage).toBe("zh-CN");
  });
});

describe("prepare for sharing on the workbench", () => {
  function seed(): void {
    wb.setCell("表1", "A1", 100);
    wb.setCell("表1", "B1", 0.1);
    wb.setCell("表1", "C1", "=PLAN.PROJECT(A1,B1,2)");
    wb.setCell("表1", "C2", '=SUM(A1:B1)&"PLAN.PROJECT("');
    wb.setCell("表1", "C3", "=PLAN.PROJECT(A1:A2,B1)");
    wb.setCell("表1", "D5", "=PLAN.SERIES(A1,B1,3)");
    wb.setCell("表1", "H9", "保持");
  }

  async function grid(): Promise<(string | number | boolean)[][]> {
    return wb.run(async (context) => {
      const r = context.workbook.worksheets.getItem("表1").getRange("A1:H9");
      r.load("values");
      await context.sync();
      return r.values;
    });
  }

  beforeEach(() => {
    wb = startWorkbench({ sheets: ["表1", "Empty"], planFunctions: true });
    restore = wb.installGlobals();
  });

  it("rewrites PLAN formulas into native ones that calculate the same, in four syncs (names and sheets, used ranges, bands, writes)", async () => {
    seed();
    await wb.calculated();
    const before = await grid();
    expect(before[0][2]).toBeCloseTo(121, 9);
    expect(before[4].slice(3, 6).map((v) => Number(v).toFixed(6))).toEqual([
      "110.000000",
      "121.000000",
      "133.100000",
    ]);
    let syncs = 0;
    const report = await wb.run(async (context) => {
      const sync = context.sync.bind(context);
      context.sync = (async (v?: unknown) => {
        syncs++;
        return sync(v);
      }) as typeof context.sync;
      return shareOpenWorkbook(context);
    });
    expect(syncs).toBe(4); // as the fake-based share test counts
    expect(report.changes.map((c) => `${c.address}:${c.kind}`).sort()).toEqual([
      "C1:native",
      "C3:value",
      "D5:series",
      "E5:series",
      "F5:series",
    ]);
    // The engine holds it as the API gave it to Univer (engineFormula, cells.ts).
    expect(wb.cell("表1", "C1").f).toBe(engineFormula(`=${nativeProject(["A1", "B1", "2"])}`));
    expect(wb.cell("表1", "C2").f).toBe('=SUM(A1:B1)&"PLAN.PROJECT("');
    const after = await grid();
    after.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "number") expect(v).toBeCloseTo(before[r][c] as number, 9);
        else expect(v).toBe(before[r][c]);
      }),
    );
    // A second run finds nothing to change.
    const again = await wb.run((context) => shareOpenWorkbook(context));
    expect(again.changes).toEqual([]);
  });

  it("refuses, before writing anything, when a sheet to change is protected", async () => {
    seed();
    await wb.calculated();
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("表1").protection.protect();
      await context.sync();
    });
    const err = await wb.run((context) => shareOpenWorkbook(context)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ShareRefused);
    expect((err as ShareRefused).zh).toContain("工作表“表1”受保护");
    expect(wb.cell("表1", "C1").f).toBe("=PLAN.PROJECT(A1,B1,2)");
  });
});

describe("the collect summary on the workbench", () => {
  it("writes summary and report sheets with the template writer; completions calculate", async () => {
    wb = startWorkbench({ sheets: ["汇总"] });
    restore = () => undefined;
    const s = await buildScenario();
    const c = await consolidate(
      s.files.map((f) => ({ name: f, bytes: readFileSync(join(s.dir, f)) })),
      PLAN,
    );
    const w = await wb.run((context) => writeConsolidation(context, c, "zh", isSetSupported));
    expect(w).toEqual({ summary: "汇总 (2)", report: "问题清单" });
    expect(wb.engine.api.getActiveWorkbook()!.getActiveSheet().getSheetName()).toBe("汇总 (2)");
    const model = summaryModel(c, "zh");
    const values = await wb.run(async (context) => {
      const r = context.workbook.worksheets.getItem("汇总 (2)").getUsedRange();
      r.load("values,formulas");
      await context.sync();
      return { values: r.values, formulas: r.formulas };
    });
    expect(values.values[4][1]).toBe(REGIONS[0]);
    // every formula cell of the model calculated to a number, text or blank, never an error
    let formulas = 0;
    model.cells.forEach((row, r) =>
      row.forEach((cell, col) => {
        if (cell?.formula === undefined) return;
        formulas++;
        expect(values.formulas[r][col]).toBe(`=${cell.formula}`);
        expect(String(values.values[r][col])).not.toMatch(/^#/);
      }),
    );
    expect(formulas).toBeGreaterThan(0);
    expect(wb.sheet("汇总 (2)").getConditionalFormattingRules().length).toBe(model.conditionalFormats.length);
  });
});
