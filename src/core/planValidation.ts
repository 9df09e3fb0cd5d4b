/**
 * Validation of a plan as it arrives from a file, the pane or the workbook: every problem is
 * reported with the path of the field ("indicators[2].growth") and a message in Chinese and
 * English. Errors make the plan unusable; warnings are shown but do not block.
 */
import type { Comparator, Indicator, IndicatorNature, Plan, Task } from "./plan";
import { serialFromIso } from "./excelDate";

export interface PlanIssue {
  /** Path of the field, e.g. "indicators[2].growth", "regions[0]", "title". */
  path: string;
  severity: "error" | "warning";
  zh: string;
  en: string;
}

export interface PlanValidation {
  /** The plan, when there is no error (unknown fields dropped). */
  plan?: Plan;
  issues: PlanIssue[];
}

const COMPARATORS: readonly Comparator[] = [">=", ">", "<=", "<"];
const NATURES: readonly IndicatorNature[] = ["flow", "stock", "rate"];
const PLAN_KEYS = ["title", "baseYear", "targetYear", "regions", "tasks", "indicators", "note"];
const INDICATOR_KEYS = [
  "name",
  "unit",
  "base",
  "target",
  "growth",
  "cagr",
  "multiple",
  "comparator",
  "lowerIsBetter",
  "aspirational",
  "binding",
  "quarter",
  "nature",
  "actual",
  "asOf",
  "lead",
  "note",
];
const TASK_KEYS = ["name", "lead", "partners", "deadline"];
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

class Collector {
  readonly issues: PlanIssue[] = [];
  error(path: string, zh: string, en: string): void {
    this.issues.push({ path, severity: "error", zh, en });
  }
  warn(path: string, zh: string, en: string): void {
    this.issues.push({ path, severity: "warning", zh, en });
  }
  get ok(): boolean {
    return !this.issues.some((i) => i.severity === "error");
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function unknownKeys(c: Collector, path: string, o: Record<string, unknown>, known: string[]): void {
  for (const k of Object.keys(o)) {
    if (!known.includes(k)) {
      const p = path ? `${path}.${k}` : k;
      c.warn(p, `未知字段“${k}”,已忽略`, `unknown field '${k}' is ignored`);
    }
  }
}

function text(c: Collector, path: string, v: unknown, required: boolean): string | undefined {
  if (v === undefined || v === null) {
    if (required) c.error(path, "必填", "is required");
    return undefined;
  }
  if (typeof v !== "string") {
    c.error(path, "应为文字", "must be text");
    return undefined;
  }
  if (required && v.trim() === "") {
    c.error(path, "不能为空", "must not be empty");
    return undefined;
  }
  return v;
}

function num(
  c: Collector,
  path: string,
  v: unknown,
  check?: { min?: number; minExclusive?: boolean; zh: string; en: string },
): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "number" || !Number.isFinite(v)) {
    c.error(path, "应为数字", "must be a number");
    return undefined;
  }
  if (check?.min !== undefined && (check.minExclusive ? v <= check.min : v < check.min)) {
    c.error(path, check.zh, check.en);
    return undefined;
  }
  return v;
}

function bool(c: Collector, path: string, v: unknown): boolean | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "boolean") {
    c.error(path, "应为 true 或 false", "must be true or false");
    return undefined;
  }
  return v;
}

function isoDate(c: Collector, path: string, v: unknown): string | undefined {
  const s = text(c, path, v, false);
  if (s === undefined) return undefined;
  if (serialFromIso(s) === undefined) {
    c.error(path, "应为日期 yyyy-mm-dd", "must be a date yyyy-mm-dd");
    return undefined;
  }
  return s.trim();
}

function year(c: Collector, path: string, v: unknown): number | undefined {
  if (v === undefined || v === null) {
    c.error(path, "必填", "is required");
    return undefined;
  }
  if (typeof v !== "number" || !Number.isInteger(v) || v < MIN_YEAR || v > MAX_YEAR) {
    c.error(
      path,
      `应为 ${MIN_YEAR}–${MAX_YEAR} 之间的年份`,
      `must be a year between ${MIN_YEAR} and ${MAX_YEAR}`,
    );
    return undefined;
  }
  return v;
}

function indicator(c: Collector, path: string, v: unknown): Indicator | undefined {
  if (!isObject(v)) {
    c.error(path, "应为指标对象", "must be an indicator object");
    return undefined;
  }
  unknownKeys(c, path, v, INDICATOR_KEYS);
  const name = text(c, `${path}.name`, v.name, true);
  const unit = text(c, `${path}.unit`, v.unit ?? "", false) ?? "";
  const base = num(c, `${path}.base`, v.base, {
    min: 0,
    zh: "基数不能为负数",
    en: "base must not be negative",
  });
  const target = num(c, `${path}.target`, v.target);
  const growth = num(c, `${path}.growth`, v.growth, {
    min: -1,
    minExclusive: true,
    zh: "增长率应大于 -100%(以小数表示,30% 写作 0.3)",
    en: "growth must be above -100% (a fraction: 30% is 0.3)",
  });
  const cagr = num(c, `${path}.cagr`, v.cagr, {
    min: -1,
    minExclusive: true,
    zh: "年均增长率应大于 -100%(以小数表示,10% 写作 0.1)",
    en: "cagr must be above -100% (a fraction: 10% is 0.1)",
  });
  const multiple = num(c, `${path}.multiple`, v.multiple, {
    min: 0,
    minExclusive: true,
    zh: "倍数应大于 0(增长两倍写作 3)",
    en: "multiple must be above 0 (增长两倍 is 3)",
  });
  const lowerIsBetter = bool(c, `${path}.lowerIsBetter`, v.lowerIsBetter);
  const aspirational = bool(c, `${path}.aspirational`, v.aspirational);
  const binding = bool(c, `${path}.binding`, v.binding);
  let quarter: 1 | 2 | 3 | 4 | undefined;
  if (v.quarter !== undefined && v.quarter !== null) {
    if (v.quarter === 1 || v.quarter === 2 || v.quarter === 3 || v.quarter === 4) quarter = v.quarter;
    else c.error(`${path}.quarter`, "季度应为 1、2、3 或 4", "quarter must be 1, 2, 3 or 4");
  }
  let nature: IndicatorNature | undefined;
  if (v.nature !== undefined && v.nature !== null) {
    if (!NATURES.includes(v.nature as IndicatorNature)) {
      c.error(
        `${path}.nature`,
        "应为 flow(累计量)、stock(存量)或 rate(比率)",
        'must be "flow", "stock" or "rate"',
      );
    } else {
      nature = v.nature as IndicatorNature;
    }
  }
  let comparator: Comparator | undefined;
  if (v.comparator !== undefined && v.comparator !== null) {
    if (!COMPARATORS.includes(v.comparator as Comparator)) {
      c.error(`${path}.comparator`, "应为 >=、>、<= 或 <", "must be >=, >, <= or <");
    } else {
      comparator = v.comparator as Comparator;
      const lower = comparator === "<=" || comparator === "<";
      if (lower !== (lowerIsBetter === true)) {
        c.error(
          `${path}.comparator`,
          lower ? "<= 或 < 仅用于越低越好的指标(lowerIsBetter)" : "越低越好的指标应使用 <= 或 <",
          lower ? "<= and < need lowerIsBetter" : "a lowerIsBetter indicator needs <= or <",
        );
      }
    }
  }
  const actual = num(c, `${path}.actual`, v.actual);
  const asOf = isoDate(c, `${path}.asOf`, v.asOf);
  const lead = text(c, `${path}.lead`, v.lead, false);
  const note = text(c, `${path}.note`, v.note, false);
  if (base === undefined && (growth !== undefined || cagr !== undefined || multiple !== undefined)) {
    c.warn(
      `${path}.base`,
      "没有基数,增长率、年均增长率和倍数无法换算为目标值",
      "without a base, growth, cagr and multiple cannot give a target",
    );
  }
  if (target === undefined && (base === undefined || (growth ?? cagr ?? multiple) === undefined)) {
    c.warn(
      `${path}.target`,
      "没有目标值,也无法由基数推算",
      "no target, and none can be derived from the base",
    );
  }
  if (actual !== undefined && asOf === undefined && v.asOf === undefined) {
    c.warn(`${path}.asOf`, "有实际值但没有截止日期", "an actual value without its date (asOf)");
  }
  if (name === undefined) return undefined;
  const out: Indicator = { name, unit };
  if (base !== undefined) out.base = base;
  if (target !== undefined) out.target = target;
  if (growth !== undefined) out.growth = growth;
  if (cagr !== undefined) out.cagr = cagr;
  if (multiple !== undefined) out.multiple = multiple;
  if (comparator !== undefined) out.comparator = comparator;
  if (lowerIsBetter !== undefined) out.lowerIsBetter = lowerIsBetter;
  if (aspirational !== undefined) out.aspirational = aspirational;
  if (binding !== undefined) out.binding = binding;
  if (quarter !== undefined) out.quarter = quarter;
  if (nature !== undefined) out.nature = nature;
  if (actual !== undefined) out.actual = actual;
  if (asOf !== undefined) out.asOf = asOf;
  if (lead !== undefined) out.lead = lead;
  if (note !== undefined) out.note = note;
  return out;
}

function task(c: Collector, path: string, v: unknown): Task | undefined {
  if (!isObject(v)) {
    c.error(path, "应为任务对象", "must be a task object");
    return undefined;
  }
  unknownKeys(c, path, v, TASK_KEYS);
  const name = text(c, `${path}.name`, v.name, true);
  const lead = text(c, `${path}.lead`, v.lead ?? "", false) ?? "";
  let partners: string[] | undefined;
  if (v.partners !== undefined && v.partners !== null) {
    if (!Array.isArray(v.partners)) c.error(`${path}.partners`, "应为文字列表", "must be a list of text");
    else {
      partners = [];
      v.partners.forEach((p, i) => {
        const s = text(c, `${path}.partners[${i}]`, p, true);
        if (s !== undefined) partners!.push(s);
      });
    }
  }
  const deadline = isoDate(c, `${path}.deadline`, v.deadline);
  if (name === undefined) return undefined;
  const out: Task = { name, lead };
  if (partners !== undefined) out.partners = partners;
  if (deadline !== undefined) out.deadline = deadline;
  return out;
}

/** Checks a plan of unknown shape; returns the typed plan when it has no errors. */
export function validatePlan(input: unknown): PlanValidation {
  const c = new Collector();
  if (!isObject(input)) {
    c.error("", "计划应为一个 JSON 对象", "a plan must be a JSON object");
    return { issues: c.issues };
  }
  unknownKeys(c, "", input, PLAN_KEYS);
  const title = text(c, "title", input.title, true);
  const baseYear = year(c, "baseYear", input.baseYear);
  const targetYear = year(c, "targetYear", input.targetYear);
  if (baseYear !== undefined && targetYear !== undefined && targetYear <= baseYear) {
    c.error("targetYear", "目标年份应晚于基准年份", "targetYear must be after baseYear");
  }
  let regions: string[] | undefined;
  if (input.regions !== undefined && input.regions !== null) {
    if (!Array.isArray(input.regions))
      c.error("regions", "应为县(市)区名称列表", "must be a list of region names");
    else {
      regions = [];
      const seen = new Set<string>();
      input.regions.forEach((r, i) => {
        const s = text(c, `regions[${i}]`, r, true);
        if (s === undefined) return;
        if (seen.has(s.trim())) c.error(`regions[${i}]`, `县(市)区“${s}”重复`, `region '${s}' appears twice`);
        seen.add(s.trim());
        regions!.push(s.trim());
      });
    }
  }
  let tasks: Task[] | undefined;
  if (input.tasks !== undefined && input.tasks !== null) {
    if (!Array.isArray(input.tasks)) c.error("tasks", "应为任务列表", "must be a list of tasks");
    else {
      tasks = [];
      input.tasks.forEach((t, i) => {
        const v = task(c, `tasks[${i}]`, t);
        if (v) tasks!.push(v);
      });
    }
  }
  const indicators: Indicator[] = [];
  if (!Array.isArray(input.indicators)) {
    c.error("indicators", "必填:指标列表", "is required: a list of indicators");
  } else {
    if (input.indicators.length === 0)
      c.error("indicators", "至少需要一个指标", "needs at least one indicator");
    const seen = new Set<string>();
    input.indicators.forEach((x, i) => {
      const v = indicator(c, `indicators[${i}]`, x);
      if (!v) return;
      if (seen.has(v.name.trim()))
        c.error(`indicators[${i}].name`, `指标“${v.name}”重复`, `indicator '${v.name}' appears twice`);
      seen.add(v.name.trim());
      indicators.push(v);
    });
  }
  if (!c.ok || title === undefined || baseYear === undefined || targetYear === undefined) {
    return { issues: c.issues };
  }
  const plan: Plan = { title, baseYear, targetYear, indicators };
  if (regions !== undefined) plan.regions = regions;
  if (tasks !== undefined) plan.tasks = tasks;
  return { plan, issues: c.issues };
}

/** One line for the CLI: the first error as "path: message". */
export function formatIssue(issue: PlanIssue, lang: "zh" | "en"): string {
  const where = issue.path === "" ? "" : `${issue.path}: `;
  return `${where}${lang === "zh" ? issue.zh : issue.en}`;
}
