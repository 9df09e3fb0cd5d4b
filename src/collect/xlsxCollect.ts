/**
 * The consolidation as an .xlsx (CLI, and the pane's download): summary and report sheets.
 * Not protected: the summary belongs to the official who collects.
 */
import ExcelJS from "exceljs";
import type { Lang } from "../core/errors";
import { addSheetModel, xlsxBytes } from "../writers/xlsx";
import type { Consolidation } from "./consolidate";
import { reportModel, summaryModel } from "./summaryModel";

export async function consolidationXlsx(c: Consolidation, lang: Lang): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "指标规划助手 Indicator Planner";
  wb.calcProperties.fullCalcOnLoad = true;
  await addSheetModel(wb, summaryModel(c, lang), { protect: false });
  await addSheetModel(wb, reportModel(c, lang), { protect: false });
  return xlsxBytes(wb);
}
