/**
 * Forms to hand out: one workbook per region of the plan, built from a template with the
 * region filled in and stamped, protected so that only its input cells can be edited. Works in
 * Node and in the browser (bytes out, no file system).
 */
import ExcelJS from "exceljs";
import type { Lang } from "../core/errors";
import type { Plan } from "../core/plan";
import type { TemplateId } from "../model/types";
import { buildTemplate, templateInfo } from "../model/templates";
import { addSheetModel, xlsxBytes } from "../writers/xlsx";
import { safeFileBase, uniqueNames } from "./fileNames";

export interface DistributeOptions {
  lang?: Lang;
  /** Reporting date (ISO) written into each form; default the plan's latest asOf. */
  asOf?: string;
}

export interface RegionForm {
  region: string;
  fileName: string;
  bytes: Uint8Array;
}

export class DistributeError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** The file names the forms will get, e.g. 季度通报_城关区.xlsx. */
export function formFileNames(plan: Plan, templateId: TemplateId, lang: Lang = "zh"): string[] {
  const prefix = templateInfo(templateId).sheetName[lang];
  return uniqueNames(
    (plan.regions ?? []).map((r) => safeFileBase(`${prefix}_${r}`)),
    ".xlsx",
  );
}

/** The workbook of one region's form. */
export async function regionForm(
  plan: Plan,
  templateId: TemplateId,
  region: string,
  opts: DistributeOptions = {},
): Promise<Uint8Array> {
  const model = buildTemplate(templateId, plan, { lang: opts.lang ?? "zh", region, asOf: opts.asOf });
  const wb = new ExcelJS.Workbook();
  wb.creator = "指标规划助手 Indicator Planner";
  wb.calcProperties.fullCalcOnLoad = true;
  await addSheetModel(wb, model, { protect: true });
  return xlsxBytes(wb);
}

/** One form per region of the plan. */
export async function distributeForms(
  plan: Plan,
  templateId: TemplateId,
  opts: DistributeOptions = {},
  /** Told after each form, so a screen can show how far it has got. */
  onForm?: (done: number, total: number) => void,
): Promise<RegionForm[]> {
  const regions = plan.regions ?? [];
  if (regions.length === 0) {
    throw new DistributeError(
      "计划中没有县(市)区(regions),无法分发",
      "the plan has no regions to distribute to",
    );
  }
  const names = formFileNames(plan, templateId, opts.lang ?? "zh");
  const out: RegionForm[] = [];
  for (let i = 0; i < regions.length; i++) {
    out.push({
      region: regions[i],
      fileName: names[i],
      bytes: await regionForm(plan, templateId, regions[i], opts),
    });
    onForm?.(i + 1, regions.length);
  }
  return out;
}
