/**
 * The pane inside Excel. The only module of the pane that calls Office.js; templates are
 * written through the Office.js writer, which keeps to its sync budget and never overwrites.
 */
import type { Plan } from "../core/plan";
import type { CellValue } from "../model/types";
import { buildTemplate } from "../model/templates";
import { toHostError } from "./officeErrors";
import { PLAN_SETTINGS_KEY, PLAN_XML_NAMESPACE, planFromJson, planFromXml, planToXml } from "./planXml";
import { writeSheetModel } from "./sheetWriter";
import {
  HostError,
  type Host,
  type HostCapabilities,
  type InsertRequest,
  type InsertStep,
} from "../host/port";

function supports(set: string, version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported(set, version);
  } catch {
    return false;
  }
}

/**
 * The selected cells' values, as rows from the selection's top-left cell. Only the part of the
 * selection that holds data is loaded: selecting whole columns (A:C) must not load a million rows
 * each. Blank rows and columns before the data are kept as "" so positions stay as selected.
 */
async function readSelectionValues(): Promise<CellValue[][]> {
  return Excel.run(async (context) => {
    const selected = context.workbook.getSelectedRange();
    selected.load(["rowIndex", "columnIndex"]);
    const used = selected.getUsedRangeOrNullObject(true);
    used.load(["isNullObject", "rowIndex", "columnIndex", "values"]);
    await context.sync();
    if (used.isNullObject) return [];
    const top = used.rowIndex - selected.rowIndex;
    const left = used.columnIndex - selected.columnIndex;
    const rows = (used.values as CellValue[][]).map((row) => [...Array<CellValue>(left).fill(""), ...row]);
    const width = rows[0]?.length ?? 0;
    return [...Array.from({ length: top }, () => Array<CellValue>(width).fill("")), ...rows];
  });
}

async function selectedOrigin(): Promise<{ row: number; col: number }> {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load(["rowIndex", "columnIndex"]);
    await context.sync();
    return { row: range.rowIndex, col: range.columnIndex };
  });
}

// The manifest requires SharedRuntime 1.1, so Excel itself loads the add-in only where the Excel
// JavaScript API exists (Microsoft 365, Excel 2021 and later, Excel on the web). This note is for a
// host that still answers no to ExcelApi 1.1 (an Excel API provider with a partial API).
const OLD_EXCEL = {
  zh: "此 Excel 不支持加载项写入表格(需要 Microsoft 365、Excel 2021 或更高版本,或网页版 Excel)。仍可浏览模板、编辑规划和查看函数帮助。",
  en: "This Excel does not let add-ins write to sheets (Microsoft 365, Excel 2021 or later, or Excel for the web is needed). You can still browse templates, edit the plan and read the function help.",
};

function settingsSave(): Promise<void> {
  return new Promise((resolve, reject) => {
    Office.context.document.settings.saveAsync((r) =>
      r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error),
    );
  });
}

export function createOfficeHost(): Host {
  // Custom XML parts need ExcelApi 1.5; older hosts keep the plan in the document settings.
  const xmlParts = supports("ExcelApi", "1.5");
  // Without the Excel JavaScript API the pane can only show and edit (see OLD_EXCEL).
  const excelApi = supports("ExcelApi", "1.1");

  return {
    kind: "office",
    displayLanguage: () => Office.context.displayLanguage ?? "zh-CN",
    capabilities: (): HostCapabilities =>
      excelApi
        ? { insert: true, readSelection: true, insertFormula: true, storage: "workbook" }
        : { insert: false, readSelection: false, insertFormula: false, storage: "workbook", note: OLD_EXCEL },

    async insertTemplate(request: InsertRequest, onStep?: (step: InsertStep) => void) {
      try {
        onStep?.("locating");
        const origin = request.target === "selection" ? await selectedOrigin() : { row: 0, col: 0 };
        onStep?.("building");
        const model = buildTemplate(request.templateId, request.plan, { lang: request.lang, origin });
        onStep?.("writing");
        const result = await writeSheetModel(model, { newSheet: request.target === "newSheet" });
        onStep?.("done");
        return result;
      } catch (e) {
        throw toHostError(e);
      }
    },

    async readSelection() {
      try {
        return await readSelectionValues();
      } catch (e) {
        throw toHostError(e);
      }
    },

    async insertFormula(formula: string) {
      try {
        return await Excel.run(async (context) => {
          const cell = context.workbook.getSelectedRange().getCell(0, 0);
          cell.load(["address", "formulas"]);
          await context.sync();
          const existing = cell.formulas[0][0];
          const address = cell.address.replace(/^.*!/, "");
          if (existing !== "" && existing !== null) {
            throw new HostError(
              "notEmpty",
              `单元格 ${address} 不是空的,未写入公式。请选择一个空白单元格。`,
              `Cell ${address} is not empty; the formula was not written. Select an empty cell.`,
            );
          }
          cell.formulas = [[formula]];
          await context.sync();
          return address;
        });
      } catch (e) {
        throw toHostError(e);
      }
    },

    async savePlan(plan: Plan) {
      if (!xmlParts || !excelApi) {
        Office.context.document.settings.set(PLAN_SETTINGS_KEY, JSON.stringify(plan));
        await settingsSave();
        return;
      }
      await Excel.run(async (context) => {
        const parts = context.workbook.customXmlParts.getByNamespace(PLAN_XML_NAMESPACE);
        parts.load("items");
        await context.sync();
        // One part per workbook: replace rather than accumulate copies.
        for (const part of parts.items) part.delete();
        context.workbook.customXmlParts.add(planToXml(plan));
        await context.sync();
      });
    },

    shareHost: () => import("./officeShare").then((m) => m.createOfficeShareHost()),
    collectHost: () => import("./officeCollect").then((m) => m.createOfficeCollectHost()),

    async loadPlan() {
      if (!xmlParts || !excelApi) {
        const json = Office.context.document.settings.get(PLAN_SETTINGS_KEY) as unknown;
        return typeof json === "string" ? planFromJson(json) : null;
      }
      return Excel.run(async (context) => {
        const parts = context.workbook.customXmlParts.getByNamespace(PLAN_XML_NAMESPACE);
        parts.load("items");
        await context.sync();
        const last = parts.items[parts.items.length - 1];
        if (!last) return null;
        const xml = last.getXml();
        await context.sync();
        return planFromXml(xml.value);
      });
    },
  };
}
