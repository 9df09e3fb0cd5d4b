/**
 * The pane's one doorway to the domain modules it shows: the template registry and builders,
 * and the PLAN function catalogue. Components import from here, so the shapes they rely on
 * are stated once.
 */
import type { Lang } from "../core/errors";
import type { Plan } from "../core/plan";
import { ARITY } from "../core/native";
import { FUNCTION_CATALOG } from "../functions/catalog";
import { formatCellValue } from "./plan/cellText";
import { buildTemplate as build } from "../model/templates";
import type { CellAddress, SheetModel, TemplateId } from "../model/types";
export { TEMPLATES, templateInfo, type TemplateInfo } from "../model/templates/registry";
export { reportRegions } from "../model/templates/quarterlyReport";

export interface BuildOptions {
  lang: Lang;
  origin?: CellAddress;
}

export type TemplateBuilder = (id: TemplateId, plan: Plan, options: BuildOptions) => SheetModel;

export const buildTemplate: TemplateBuilder = (id, plan, options) => build(id, plan, options);

export interface FunctionParam {
  name: string;
  optional: boolean;
  zh: string;
  en: string;
}

export interface FunctionHelpEntry {
  /** As typed in a cell, e.g. "PLAN.PROJECT". */
  name: string;
  zh: string;
  en: string;
  params: FunctionParam[];
  /** An example formula with its leading "=", and what it gives. */
  example: string;
  result: string;
}

// An example's result as the cell shows it: 0.7486… under "0.0%" reads 74.9%.
function valueText(v: number | string, numFmt: string | undefined): string {
  return formatCellValue(v, numFmt);
}

function resultText(r: number | string | (number | string)[][], numFmt: string | undefined): string {
  if (Array.isArray(r)) return r.map((row) => row.map((v) => valueText(v, numFmt)).join(", ")).join("; ");
  return valueText(r, numFmt);
}

export const FUNCTION_HELP: readonly FunctionHelpEntry[] = FUNCTION_CATALOG.map((f) => {
  const [required] = ARITY[f.id];
  return {
    name: `PLAN.${f.id}`,
    zh: f.description.zh,
    en: f.description.en,
    params: f.params.map((p, i) => ({ name: p.name, optional: i >= required, zh: p.zh, en: p.en })),
    example: f.examples[0]?.formula ?? "",
    result: f.examples[0] ? resultText(f.examples[0].result, f.resultFormat) : "",
  };
});
