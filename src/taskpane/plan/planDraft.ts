/**
 * What the editor holds: the plan as typed (text per field), so an unparsable entry stays on
 * screen with its reason. draftToPlan turns it into a Plan plus the typing errors by field path
 * ("indicators.2.base"); the domain's validatePlan adds the rules of the plan itself.
 */
import type { Comparator, Indicator, IndicatorNature, Plan, Task } from "../../core/plan";
import type { Bilingual } from "../../host/port";
import { formatNumber, formatPercent, parseAmount, parseNumber, parsePercent, parseYear } from "./numberText";
import { formatRegions, parseRegions } from "./regions";

export interface IndicatorDraft {
  key: string;
  name: string;
  unit: string;
  base: string;
  growth: string;
  cagr: string;
  target: string;
  multiple: string;
  /** ≥ / ≤ when true, > / < when false. */
  inclusive: boolean;
  lowerIsBetter: boolean;
  /** "" leaves the nature to be inferred from unit and name (src/core/indicatorNature.ts), so a
   * later change of name or unit still counts; a choice is written to the plan. */
  nature: IndicatorNature | "";
  /** Fields the editor does not show (actual, asOf, lead, note, aspirational), kept as they were. */
  rest: Partial<Indicator>;
}

export interface TaskDraft {
  key: string;
  name: string;
  lead: string;
  partners: string;
  deadline: string;
}

export interface PlanDraft {
  title: string;
  baseYear: string;
  targetYear: string;
  indicators: IndicatorDraft[];
  regionsText: string;
  tasks: TaskDraft[];
}

export type FieldErrors = Record<string, Bilingual>;

let nextKey = 0;
export function newKey(): string {
  nextKey += 1;
  return `k${nextKey}`;
}

export function emptyIndicator(name = "", unit = "", lowerIsBetter = false): IndicatorDraft {
  return {
    key: newKey(),
    name,
    unit,
    base: "",
    growth: "",
    cagr: "",
    target: "",
    multiple: "",
    inclusive: true,
    lowerIsBetter,
    nature: "",
    rest: {},
  };
}

export function emptyTask(): TaskDraft {
  return { key: newKey(), name: "", lead: "", partners: "", deadline: "" };
}

export function indicatorToDraft(ind: Indicator): IndicatorDraft {
  const { name, unit, base, growth, cagr, target, multiple, comparator, lowerIsBetter, nature, ...rest } =
    ind;
  return {
    key: newKey(),
    name: name ?? "",
    unit: unit ?? "",
    base: formatNumber(base),
    growth: formatPercent(growth),
    cagr: formatPercent(cagr),
    target: formatNumber(target),
    multiple: formatNumber(multiple),
    inclusive: comparator === undefined || comparator === ">=" || comparator === "<=",
    lowerIsBetter: lowerIsBetter === true || comparator === "<=" || comparator === "<",
    nature: nature ?? "",
    rest,
  };
}

// A plan saved while a year was mistyped holds null there (JSON has no NaN).
function yearText(year: number | null | undefined): string {
  return typeof year === "number" && Number.isFinite(year) ? String(year) : "";
}

export function planToDraft(plan: Plan): PlanDraft {
  return {
    title: plan.title ?? "",
    baseYear: yearText(plan.baseYear),
    targetYear: yearText(plan.targetYear),
    indicators: (plan.indicators ?? []).map(indicatorToDraft),
    regionsText: formatRegions(plan.regions),
    tasks: (plan.tasks ?? []).map((t) => ({
      key: newKey(),
      name: t.name ?? "",
      lead: t.lead ?? "",
      partners: (t.partners ?? []).join(","),
      deadline: t.deadline ?? "",
    })),
  };
}

const NOT_A_NUMBER: Bilingual = { zh: "请输入数字", en: "Enter a number" };
const NOT_A_PERCENT: Bilingual = {
  zh: "请输入百分数,如 25 表示 25%",
  en: "Enter a percentage, e.g. 25 for 25%",
};
const NOT_A_YEAR: Bilingual = { zh: "请输入四位年份,如 2025", en: "Enter a four-digit year, e.g. 2025" };
const REQUIRED_NAME: Bilingual = { zh: "请填写指标名称", en: "Enter the indicator's name" };
const REQUIRED_TITLE: Bilingual = { zh: "请填写规划名称", en: "Enter the plan's title" };
const REQUIRED_TASK: Bilingual = { zh: "请填写任务内容", en: "Enter the task" };
const NOT_A_DATE: Bilingual = { zh: "请输入日期,如 2025-12-31", en: "Enter a date, e.g. 2025-12-31" };

function isBlankIndicator(d: IndicatorDraft): boolean {
  return [d.name, d.unit, d.base, d.growth, d.cagr, d.target, d.multiple].every((s) => s.trim() === "");
}

function isBlankTask(d: TaskDraft): boolean {
  return [d.name, d.lead, d.partners, d.deadline].every((s) => s.trim() === "");
}

function comparatorOf(d: IndicatorDraft): Comparator {
  if (d.lowerIsBetter) return d.inclusive ? "<=" : "<";
  return d.inclusive ? ">=" : ">";
}

/** The plan the draft describes, and the typing errors by field path. Wholly blank rows (a
 * row just added) are left out rather than reported. Paths index the draft's rows. */
export function draftToPlan(draft: PlanDraft): { plan: Plan; errors: FieldErrors; indexMap: number[] } {
  const errors: FieldErrors = {};
  const title = draft.title.trim();
  if (!title) errors.title = REQUIRED_TITLE;
  const baseYear = parseYear(draft.baseYear);
  if (baseYear === undefined) errors.baseYear = NOT_A_YEAR;
  const targetYear = parseYear(draft.targetYear);
  if (targetYear === undefined) errors.targetYear = NOT_A_YEAR;

  const indicators: Indicator[] = [];
  // indexMap[i] = the draft row of plan.indicators[i], so domain issues land on the right row.
  const indexMap: number[] = [];
  draft.indicators.forEach((d, i) => {
    if (isBlankIndicator(d)) return;
    const at = (field: string) => `indicators.${i}.${field}`;
    const ind: Indicator = { ...d.rest, name: d.name.trim(), unit: d.unit.trim() };
    if (!ind.name) errors[at("name")] = REQUIRED_NAME;
    for (const field of ["base", "target", "multiple"] as const) {
      // "2000万" in a 万元 row is 2000; the multiple has no unit.
      const r = field === "multiple" ? parseNumber(d[field]) : parseAmount(d[field], d.unit);
      if (!r.ok) errors[at(field)] = NOT_A_NUMBER;
      else if (r.value !== undefined) ind[field] = r.value;
    }
    for (const field of ["growth", "cagr"] as const) {
      const r = parsePercent(d[field]);
      if (!r.ok) errors[at(field)] = NOT_A_PERCENT;
      else if (r.value !== undefined) ind[field] = r.value;
    }
    ind.comparator = comparatorOf(d);
    if (d.lowerIsBetter) ind.lowerIsBetter = true;
    if (d.nature) ind.nature = d.nature;
    indexMap.push(i);
    indicators.push(ind);
  });

  const tasks: Task[] = [];
  draft.tasks.forEach((d, i) => {
    if (isBlankTask(d)) return;
    if (!d.name.trim()) errors[`tasks.${i}.name`] = REQUIRED_TASK;
    const deadline = d.deadline.trim();
    if (deadline && !/^\d{4}-\d{2}-\d{2}$/.test(deadline)) errors[`tasks.${i}.deadline`] = NOT_A_DATE;
    const partners = d.partners
      .split(/[,，、;；\n]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    tasks.push({
      name: d.name.trim(),
      lead: d.lead.trim(),
      ...(partners.length ? { partners } : {}),
      ...(deadline ? { deadline } : {}),
    });
  });

  const regions = parseRegions(draft.regionsText);
  const plan: Plan = {
    title,
    baseYear: baseYear ?? NaN,
    targetYear: targetYear ?? NaN,
    indicators,
    ...(regions.length ? { regions } : {}),
    ...(tasks.length ? { tasks } : {}),
  };
  return { plan, errors, indexMap };
}

/** A domain issue's path ("indicators[1].target", "indicators.1.target") in draft terms. */
export function draftPath(path: string, indexMap: number[]): string {
  const p = path.replace(/\[(\d+)\]/g, ".$1").replace(/^\./, "");
  const m = /^indicators\.(\d+)(.*)$/.exec(p);
  if (m) {
    const row = indexMap[Number(m[1])];
    return `indicators.${row ?? m[1]}${m[2]}`;
  }
  return p;
}
