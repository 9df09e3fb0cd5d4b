/**
 * A host for component tests: records what the pane asked of it. Stands in for Excel only
 * (the one part that cannot run here); the pane's own logic and the domain run for real.
 */
import type { Plan } from "../../../src/core/plan";
import type { CellValue } from "../../../src/model/types";
import {
  HostError,
  type Host,
  type HostCapabilities,
  type InsertRequest,
  type InsertResult,
} from "../../../src/host/port";

export interface TestHost extends Host {
  inserts: InsertRequest[];
  saved: Plan[];
  formulas: string[];
}

export interface TestHostOptions {
  displayLanguage?: string;
  inOffice?: boolean;
  savedPlan?: Plan | null;
  selection?: CellValue[][];
  insertResult?: InsertResult | HostError;
}

export function createTestHost(opts: TestHostOptions = {}): TestHost {
  const inOffice = opts.inOffice ?? true;
  const host: TestHost = {
    kind: inOffice ? "office" : "browser",
    inserts: [],
    saved: [],
    formulas: [],
    displayLanguage: () => opts.displayLanguage ?? "zh-CN",
    capabilities: (): HostCapabilities =>
      inOffice
        ? { insert: true, readSelection: true, insertFormula: true, storage: "workbook" }
        : {
            insert: false,
            readSelection: false,
            insertFormula: false,
            storage: "browser",
            note: { zh: "当前不在 Excel 中运行", en: "Not running inside Excel" },
          },
    async insertTemplate(request, onStep) {
      host.inserts.push(request);
      onStep?.("writing");
      const r = opts.insertResult ?? { sheetName: "季度通报", address: "A1:T160" };
      if (r instanceof HostError) throw r;
      onStep?.("done");
      return r;
    },
    async readSelection() {
      return opts.selection ?? [];
    },
    async insertFormula(formula) {
      host.formulas.push(formula);
      return "B2";
    },
    async savePlan(plan) {
      host.saved.push(plan);
    },
    async loadPlan() {
      return opts.savedPlan ?? null;
    },
    shareHost: async () => null,
    collectHost: async () => null,
  };
  return host;
}
