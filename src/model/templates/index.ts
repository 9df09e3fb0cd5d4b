/**
 * buildTemplate: the one entry the pane, the CLI and the distribution command call to get a
 * template's SheetModel for a plan.
 */
import type { Plan } from "../../core/plan";
import type { SheetModel, TemplateId } from "../types";
import type { TemplateOptions } from "./common";
import { buildAnnualPlan } from "./annualPlan";
import { buildMultiYearPlan } from "./multiYearPlan";
import { buildQuarterlyReport } from "./quarterlyReport";
import { buildGapAnalysis } from "./gapAnalysis";
import { buildTaskBreakdown } from "./taskBreakdown";
import { planLimitProblem, PlanLimitError } from "../limits";

export type { TemplateOptions } from "./common";
export { TEMPLATES, TEMPLATE_IDS, isTemplateId, templateInfo, type TemplateInfo } from "./registry";

const BUILDERS: Record<TemplateId, (plan: Plan, opts: TemplateOptions) => SheetModel> = {
  "annual-plan": buildAnnualPlan,
  "multi-year-plan": buildMultiYearPlan,
  "quarterly-report": buildQuarterlyReport,
  "gap-analysis": buildGapAnalysis,
  "task-breakdown": buildTaskBreakdown,
};

/**
 * The SheetModel of template `id` for a (validated) plan. A plan beyond what a sheet holds
 * (columns, cell text, indicator count) throws PlanLimitError before anything is built.
 */
export function buildTemplate(id: TemplateId, plan: Plan, opts: TemplateOptions = {}): SheetModel {
  const limit = planLimitProblem(plan);
  if (limit) throw new PlanLimitError(limit);
  return BUILDERS[id](plan, opts);
}
