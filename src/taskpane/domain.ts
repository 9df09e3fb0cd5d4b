/**
 * The pane's one doorway to the domain modules it shows: the template registry and builders,
 * and the PLAN function catalogue. Components import from here, so the shapes they rely on
 * are stated once.
 */
import type { Lang } from "../core/errors";
import type { Plan } from "../core/plan";
import type { CellAddress, SheetModel, TemplateId } from "../model/types";
export { TEMPLATES, templateInfo, type TemplateInfo } from "../model/templates/registry";

export interface BuildOptions {
  lang: Lang;
  origin?: CellAddress;
}

export type TemplateBuilder = (id: TemplateId, plan: Plan, options: BuildOptions) => SheetModel;

/** Interim until the template builders land: the preview says it is unavailable. */
export const buildTemplate: TemplateBuilder = () => {
  throw new Error("template builders are not available yet");
};

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
  /** An example formula with its leading "=". */
  example: string;
}

export const FUNCTION_HELP: readonly FunctionHelpEntry[] = [];
