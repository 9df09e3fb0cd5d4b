/**
 * A real Univer engine (headless) with the workbench's Excel API installed on a fresh global
 * object, for tests that run the add-in's Office code against a calculating spreadsheet:
 *
 *   const wb = startWorkbench({ sheets: ["Sheet1"] });
 *   await wb.run(async (context) => …);            // Excel.run
 *   wb.cell("Sheet1", "B2");                        // what the engine holds now
 *   wb.dispose();
 */
import type { FWorksheet } from "@univerjs/sheets/facade";
import { createHeadlessEngine, type Engine } from "../../src/workbench/engine";
import { installExcelApi, type InstallOptions } from "../../src/workbench/excel";
import { parseA1 } from "../../src/model/a1";
import { registerPlanFunctions } from "../../src/workbench/planFunctions";

export interface Workbench {
  engine: Engine;
  globals: { Excel: typeof Excel; Office: typeof Office; OfficeExtension: typeof OfficeExtension };
  run<T>(fn: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  sheet(name: string): FWorksheet;
  /** Seeds a user's cell through the engine (not through the API under test). */
  setCell(sheet: string, a1: string, value: string | number | boolean): void;
  /** The cell's raw value and formula as the engine holds them. */
  cell(sheet: string, a1: string): { v: unknown; f: string };
  /** Waits until the engine has calculated everything written so far. */
  calculated(): Promise<void>;
  /** Makes the installed globals the process's own (Office, Excel, OfficeExtension), for code
   * that reads them (the host, share and collect adapters); returns a function undoing it. */
  installGlobals(): () => void;
  dispose(): void;
}

export interface WorkbenchOptions {
  sheets?: string[];
  options?: InstallOptions;
  /** Register the PLAN functions in the engine, as the workbench page does. */
  planFunctions?: boolean;
  /** Start from a saved workbook snapshot (FWorkbook.save()) instead of empty sheets. */
  snapshot?: object;
}

export function startWorkbench(opts: WorkbenchOptions = {}): Workbench {
  const engine = createHeadlessEngine();
  const names = opts.sheets ?? ["Sheet1"];
  const sheets: Record<string, { id: string; name: string; rowCount: number; columnCount: number }> = {};
  names.forEach((name, i) => {
    sheets[`s${i}`] = { id: `s${i}`, name, rowCount: 1000, columnCount: 26 };
  });
  engine.api.createWorkbook(
    (opts.snapshot as Parameters<typeof engine.api.createWorkbook>[0]) ?? {
      id: "book",
      name: "book",
      sheetOrder: names.map((_n, i) => `s${i}`),
      sheets,
    },
  );
  if (opts.planFunctions) registerPlanFunctions(engine.api, "zh");
  const target: Record<string, unknown> = {};
  installExcelApi(engine.api, target, { displayLanguage: "zh-CN", ...opts.options });
  const globals = target as unknown as Workbench["globals"];
  const sheet = (name: string): FWorksheet => {
    const ws = engine.api.getActiveWorkbook()!.getSheetByName(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  };
  return {
    engine,
    globals,
    run: (fn) => globals.Excel.run(fn),
    sheet,
    setCell(name, a1, value) {
      const p = parseA1(a1)!;
      const v = typeof value === "string" && value.startsWith("=") ? { f: value } : { v: value };
      sheet(name)
        .getRange(p.row, p.col, 1, 1)
        .setValues([[v]]);
    },
    cell(name, a1) {
      const p = parseA1(a1)!;
      const ws = sheet(name);
      const raw = ws.getSheet().getCellRaw(p.row, p.col);
      return { v: raw?.v ?? null, f: ws.getRange(p.row, p.col, 1, 1).getFormula() };
    },
    async calculated() {
      await engine.api.getFormula().onCalculationResultApplied(60_000);
    },
    installGlobals() {
      const g = globalThis as Record<string, unknown>;
      const before = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };
      Object.assign(g, target);
      return () => Object.assign(g, before);
    },
    dispose: () => engine.dispose(),
  };
}
