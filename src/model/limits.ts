/**
 * The limits of a sheet (Excel's, which LibreOffice and WPS share) and of a plan the templates
 * can lay out, checked from the plan BEFORE any model is built: a 3,000-indicator plan is one
 * clear message in a millisecond, not 24 s and 2.7 GB followed by a failure at column 16,385.
 */
import type { Plan } from "../core/plan";

export const MAX_SHEET_COLUMNS = 16_384;
export const MAX_SHEET_ROWS = 1_048_576;
export const MAX_CELL_TEXT = 32_767;
/** Beyond any work plan; the quarterly report of 1,000 indicators is 6,003 columns. */
export const MAX_INDICATORS = 1_000;
export const MAX_REGIONS = 10_000;
export const MAX_TASKS = 10_000;
/** Room the templates add around a text in one cell (title: " · region — template name"). */
const TITLE_DECORATION = 200;

export interface LimitProblem {
  zh: string;
  en: string;
}

function count(what: { zh: string; en: string }, n: number, max: number): LimitProblem | undefined {
  return n > max
    ? {
        zh: `${what.zh}过多:${n} 个,上限 ${max} 个`,
        en: `too many ${what.en}: ${n}, the limit is ${max}`,
      }
    : undefined;
}

/** The first limit a plan breaks, or undefined. Cheap: counts and lengths only. */
export function planLimitProblem(plan: Plan): LimitProblem | undefined {
  const first =
    count({ zh: "指标", en: "indicators" }, plan.indicators.length, MAX_INDICATORS) ??
    count({ zh: "县(市)区", en: "regions" }, plan.regions?.length ?? 0, MAX_REGIONS) ??
    count({ zh: "重点任务", en: "tasks" }, plan.tasks?.length ?? 0, MAX_TASKS);
  if (first) return first;
  const texts: [string, string, string | undefined][] = [["规划标题", "the plan title", plan.title]];
  for (const r of plan.regions ?? []) texts.push(["县(市)区名称", "a region name", r]);
  plan.indicators.forEach((ind) => {
    texts.push(["指标名称", "an indicator name", ind.name], ["单位", "a unit", ind.unit]);
    for (const [k, v] of Object.entries(ind)) if (typeof v === "string") texts.push([k, k, v]);
  });
  for (const t of plan.tasks ?? [])
    for (const [k, v] of Object.entries(t)) {
      if (typeof v === "string") texts.push([k, k, v]);
      if (Array.isArray(v)) texts.push([k, k, v.join("、")]);
    }
  for (const [zh, en, text] of texts) {
    if (text !== undefined && text.length + TITLE_DECORATION > MAX_CELL_TEXT) {
      const max = MAX_CELL_TEXT - TITLE_DECORATION;
      return {
        zh: `${zh}过长:${text.length} 个字符,一个单元格最多容纳 ${MAX_CELL_TEXT} 个(本项上限 ${max})`,
        en: `${en} is too long: ${text.length} characters; a cell holds ${MAX_CELL_TEXT} (limit here ${max})`,
      };
    }
  }
  return undefined;
}

/** Thrown by buildTemplate for a plan beyond the limits (callers show zh/en). */
export class PlanLimitError extends Error {
  constructor(readonly problem: LimitProblem) {
    super(problem.en);
  }
  get zh(): string {
    return this.problem.zh;
  }
  get en(): string {
    return this.problem.en;
  }
}
