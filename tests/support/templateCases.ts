/**
 * The template cases that the engines are checked with: the example plans and edge-case plans,
 * each template built, some inputs filled in and some left blank, and what every computed cell
 * must be according to src/core (templatesOracle). Used by the LibreOffice recalculation test
 * (tests/libreoffice/templates.test.ts) and the workbench's Excel API test on Univer
 * (tests/unit/workbench/excel/templates.test.ts).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { validatePlan } from "../../src/core/planValidation";
import { effectiveTarget, impliedAnnualRate } from "../../src/core/effectiveTarget";
import { serialFromIso, ymdFromSerial } from "../../src/core/excelDate";
import type { Indicator, Plan } from "../../src/core/plan";
import type { Lang } from "../../src/core/errors";
import { buildTemplate } from "../../src/model/templates";
import type { SheetModel, TemplateId, CellValue } from "../../src/model/types";
import { indicatorNature } from "../../src/core/indicatorNature";
import {
  isAdditive,
  QUARTERLY_BLOCK,
  QUARTERLY_FIRST_BLOCK_COL,
  QUARTERLY_FIRST_DATA_ROW,
} from "../../src/model/templates/quarterlyReport";
import { TASK_STATUS } from "../../src/model/templates/taskBreakdown";
import {
  completion,
  gap,
  impliedRate,
  quarterTarget,
  rank,
  required,
  status,
  timeProgress,
  type Expected,
} from "../libreoffice/templatesOracle";

export type { Expected } from "../libreoffice/templatesOracle";

const ROOT = join(__dirname, "../..");
export const examples: Plan[] = readdirSync(join(ROOT, "examples"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => {
    const { plan } = validatePlan(JSON.parse(readFileSync(join(ROOT, "examples", f), "utf8")));
    if (!plan) throw new Error(`example ${f} is invalid`);
    return plan;
  });

export const edge: Plan = {
  title: "边界情形 edge cases",
  baseYear: 2021,
  targetYear: 2024,
  regions: ["城关区"],
  indicators: [
    { name: "只有增长率", unit: "件", growth: 0.2 },
    { name: "只有目标", unit: "家", target: 50 },
    {
      name: "专利侵权纠纷结案周期",
      unit: "天",
      base: 60,
      growth: -0.2,
      target: 50,
      lowerIsBetter: true,
      comparator: "<=",
    },
    { name: "专利行政执法结案率", unit: "%", base: 0.9, target: 0.95 },
    { name: "专利权质押融资额", unit: "万元", base: 1000, cagr: 0.15, multiple: 1.5 },
    { name: "新指标", unit: "件" },
    // A stock: quarterly targets run from its base, progress is the share of the increase.
    { name: "有效发明专利拥有量", unit: "件", base: 3000, target: 3600 },
    { name: "知识产权保护社会满意度", unit: "%", target: 0.8, comparator: ">" },
  ],
  tasks: [
    {
      name: "建立工作台账",
      lead: "区市场监管局",
      partners: ["区科技局", "区财政局"],
      deadline: "2024-12-31",
    },
  ],
};

export const big: Plan = {
  title: "150个县区",
  baseYear: 2023,
  targetYear: 2024,
  regions: Array.from({ length: 150 }, (_, i) => `第${i + 1}区`),
  indicators: [
    { name: "专利申请量", unit: "件", base: 4000, growth: 0.1 },
    { name: "万人发明专利拥有量", unit: "件", base: 10, target: 12 },
    { name: "案件办理周期", unit: "天", base: 30, target: 25, lowerIsBetter: true, comparator: "<=" },
  ],
};

export const strict = (ind: Indicator) => ind.comparator === ">" || ind.comparator === "<";

export const ALL: TemplateId[] = [
  "annual-plan",
  "multi-year-plan",
  "quarterly-report",
  "gap-analysis",
  "task-breakdown",
];

export interface Case {
  label: string;
  plan: Plan;
  model: SheetModel;
  lang: Lang;
  sheet?: string;
}

// ---------- reading the model ----------

export function cellAt(m: SheetModel, r: number, c: number) {
  return m.cells[r]?.[c] ?? null;
}

export function inputNumber(m: SheetModel, r: number, c: number): number | undefined {
  const cell = cellAt(m, r, c);
  if (!cell?.input) throw new Error(`(${r},${c}) is not an input cell`);
  return typeof cell.value === "number" ? cell.value : undefined;
}

export function setInput(m: SheetModel, r: number, c: number, value: CellValue): void {
  const cell = cellAt(m, r, c);
  if (!cell?.input) throw new Error(`(${r},${c}) is not an input cell`);
  m.cells[r][c] = { ...cell, value };
}

/** Grid column of a header text in the header rows. */
export function col(m: SheetModel, header: string): number {
  for (let r = 0; r < 6; r++) {
    const c = m.cells[r].findIndex((x) => x?.style === "header" && x.value === header);
    if (c >= 0) return c;
  }
  throw new Error(`no header ${header} in ${m.templateId}`);
}

/** First data row: the row numbered 1 in the first column. */
export function firstRow(m: SheetModel): number {
  const r = m.cells.findIndex((row, i) => i > 1 && row[0]?.value === 1);
  if (r < 0) throw new Error("no data row");
  return r;
}

export function asOfCellValue(m: SheetModel): number | undefined {
  const c = m.cells[1].findIndex((x) => x?.input === true);
  return c >= 0 ? inputNumber(m, 1, c) : undefined;
}

// ---------- fills: some inputs filled in, some cleared ----------

export function fillAnnual(m: SheetModel, plan: Plan): void {
  const first = firstRow(m);
  const a = col(m, "最新累计完成");
  plan.indicators.forEach((ind, i) => {
    const t = effectiveTarget(ind, plan) ?? 50;
    if (strict(ind)) return setInput(m, first + i, a, t);
    if (i % 3 === 0) setInput(m, first + i, a, Math.round(ind.lowerIsBetter ? t * 1.2 : t * 0.7));
    if (i % 3 === 1) setInput(m, first + i, a, null);
  });
}

export function fillGap(m: SheetModel, plan: Plan): void {
  const first = firstRow(m);
  const a = col(m, "最新完成");
  const d = col(m, "截至日期");
  const ty = plan.targetYear;
  plan.indicators.forEach((ind, i) => {
    const t = effectiveTarget(ind, plan) ?? 100;
    const k = strict(ind) ? 0 : i % 4;
    if (k === 3) {
      setInput(m, first + i, a, null);
      return;
    }
    setInput(
      m,
      first + i,
      a,
      strict(ind) ? t : ind.lowerIsBetter ? t * (1.5 - 0.2 * k) : t * (0.4 + 0.2 * k),
    );
    setInput(m, first + i, d, serialFromIso([`${ty - 1}-12-31`, `${ty}-06-30`, `${ty - 2}-03-15`][k])!);
  });
}

/** Clears the as-of date at the top of the sheet (a plan's indicators may have given one). */
export function clearAsOf(m: SheetModel): void {
  const c = m.cells[1].findIndex((x) => x?.input === true);
  if (c >= 0) setInput(m, 1, c, null);
}

/** Shares of the target for the cases without an as-of date: below, at and above it. */
const NO_DATE_SHARES = [0.6, 1, 1.25];

/** The annual plan without an as-of date: every indicator's actual below, at or above its target. */
export function fillAnnualNoDate(m: SheetModel, plan: Plan): void {
  const first = firstRow(m);
  const a = col(m, "最新累计完成");
  plan.indicators.forEach((ind, i) => {
    const t = effectiveTarget(ind, plan) ?? 50;
    setInput(m, first + i, a, t * NO_DATE_SHARES[i % 3]);
  });
}

/** The gap analysis with most rows' 截至日期 blank: actuals below, at or above the target. */
export function fillGapNoDate(m: SheetModel, plan: Plan): void {
  const first = firstRow(m);
  const a = col(m, "最新完成");
  const d = col(m, "截至日期");
  plan.indicators.forEach((ind, i) => {
    const t = effectiveTarget(ind, plan) ?? 100;
    setInput(m, first + i, a, t * NO_DATE_SHARES[i % 3]);
    setInput(m, first + i, d, i % 4 === 3 ? serialFromIso(`${plan.targetYear}-06-30`)! : null);
  });
}

const SHARES = [0.93, 0.5, 1.1, 0.75, 0.3, 0.1];

export function fillQuarterly(m: SheetModel, plan: Plan): void {
  const regions = plan.regions!;
  const first = QUARTERLY_FIRST_DATA_ROW;
  plan.indicators.forEach((ind, i) => {
    const c = QUARTERLY_FIRST_BLOCK_COL + QUARTERLY_BLOCK * i;
    regions.forEach((_, j) => {
      if ((i + j) % 7 === 6) return; // left blank
      const target = 100 + 10 * (j % 5);
      setInput(m, first + j, c, target);
      if (j % 11 === 1) return; // target without an actual
      const share = strict(ind) && j % 2 === 0 ? 1 : SHARES[j % SHARES.length];
      setInput(m, first + j, c + 1, ind.lowerIsBetter ? target / share : target * share);
    });
    if (!isAdditive(ind)) setInput(m, first + regions.length, c + 1, 88);
  });
}

export function fillTasks(m: SheetModel): void {
  const first = firstRow(m);
  const s = col(m, "状态");
  const d = col(m, "完成时限");
  setInput(m, first, s, TASK_STATUS.zh[1]);
  if (cellAt(m, first + 1, d)?.input) setInput(m, first + 1, d, null);
}

// ---------- expectations ----------

export type Check = { r: number; c: number; want: Expected; what: string };

export function expectAnnual(m: SheetModel, plan: Plan, lang: Lang): Check[] {
  const out: Check[] = [];
  const first = firstRow(m);
  const [t, a, cpl, tpc, st] =
    lang === "zh"
      ? ["目标值", "最新累计完成", "完成率", "序时进度", "状态"]
      : ["Target", "Latest actual", "Completion", "Time progress", "Status"];
  const q =
    lang === "zh"
      ? ["一季度累计", "二季度累计", "三季度累计", "全年"]
      : ["Q1 cumul.", "Q2 cumul.", "Q3 cumul.", "Full year"];
  const asOf = asOfCellValue(m);
  plan.indicators.forEach((ind, i) => {
    const r = first + i;
    const lower = ind.lowerIsBetter === true;
    const target = effectiveTarget(ind, plan);
    const actual = inputNumber(m, r, col(m, a));
    const base = inputNumber(m, r, col(m, lang === "zh" ? "基数" : "Base"));
    const nature = indicatorNature(ind);
    const tp = timeProgress(asOf);
    out.push({ r, c: col(m, t), want: target ?? "", what: `${ind.name} target` });
    q.forEach((h, k) =>
      out.push({
        r,
        c: col(m, h),
        want: quarterTarget(target, k + 1, nature, base),
        what: `${ind.name} ${h}`,
      }),
    );
    out.push({ r, c: col(m, cpl), want: completion(actual, target, lower), what: `${ind.name} completion` });
    out.push({ r, c: col(m, tpc), want: tp, what: `${ind.name} time progress` });
    out.push({
      r,
      c: col(m, st),
      want: status(actual, target, tp, lower, lang, strict(ind), nature, base),
      what: `${ind.name} status`,
    });
  });
  return out;
}

export function expectMultiYear(m: SheetModel, plan: Plan): Check[] {
  const out: Check[] = [];
  const first = firstRow(m);
  const rateCol = col(m, "年均增速");
  const baseYearCol = col(m, `${plan.baseYear}年(基准)`);
  plan.indicators.forEach((ind, i) => {
    const r = first + i;
    const target = effectiveTarget(ind, plan);
    const rate = impliedAnnualRate(ind, plan);
    // The sheet's rate is PLAN.CAGR from the base to the effective target: core's rule agrees.
    expect(impliedRate(ind.base, target, plan.targetYear - plan.baseYear)).toBe(rate ?? "");
    out.push({ r, c: col(m, "目标值"), want: target ?? "", what: `${ind.name} target` });
    out.push({ r, c: rateCol, want: rate ?? "", what: `${ind.name} rate` });
    out.push({ r, c: baseYearCol, want: ind.base ?? "", what: `${ind.name} base year` });
    for (let k = 1; k <= plan.targetYear - plan.baseYear; k++) {
      const want = rate === undefined || ind.base === undefined ? "" : ind.base * Math.pow(1 + rate, k);
      out.push({ r, c: baseYearCol + k, want, what: `${ind.name} year ${plan.baseYear + k}` });
    }
    if (rate !== undefined) {
      out.push({
        r,
        c: baseYearCol + plan.targetYear - plan.baseYear,
        want: target!,
        what: `${ind.name} last year meets the target`,
      });
    }
  });
  return out;
}

export function expectGap(m: SheetModel, plan: Plan, lang: Lang): Check[] {
  const out: Check[] = [];
  const first = firstRow(m);
  const ty = plan.targetYear;
  plan.indicators.forEach((ind, i) => {
    const r = first + i;
    const lower = ind.lowerIsBetter === true;
    const target = effectiveTarget(ind, plan);
    const actual = inputNumber(m, r, col(m, "最新完成"));
    const date = inputNumber(m, r, col(m, "截至日期"));
    const tp = timeProgress(date, ty);
    const yearsLeft: Expected = date === undefined ? "" : Math.max(0, ty - ymdFromSerial(date).year);
    out.push({ r, c: col(m, "目标值"), want: target ?? "", what: `${ind.name} target` });
    out.push({ r, c: col(m, "差距"), want: gap(actual, target, lower), what: `${ind.name} gap` });
    out.push({
      r,
      c: col(m, "完成率"),
      want: completion(actual, target, lower),
      what: `${ind.name} completion`,
    });
    out.push({ r, c: col(m, "序时进度(目标年)"), want: tp, what: `${ind.name} tp` });
    out.push({ r, c: col(m, "剩余年数"), want: yearsLeft, what: `${ind.name} years left` });
    out.push({
      r,
      c: col(m, "所需年均增速"),
      want: required(actual, target, yearsLeft),
      what: `${ind.name} required`,
    });
    out.push({
      r,
      c: col(m, "状态"),
      want: status(actual, target, tp, lower, lang, strict(ind), indicatorNature(ind)),
      what: `${ind.name} status`,
    });
  });
  return out;
}

export function expectQuarterly(m: SheetModel, plan: Plan, lang: Lang): Check[] {
  const out: Check[] = [];
  const regions = plan.regions!;
  const first = QUARTERLY_FIRST_DATA_ROW;
  const tp = timeProgress(asOfCellValue(m));
  out.push({ r: 1, c: 5, want: tp, what: "time progress" });
  plan.indicators.forEach((ind, i) => {
    const c = QUARTERLY_FIRST_BLOCK_COL + QUARTERLY_BLOCK * i;
    const lower = ind.lowerIsBetter === true;
    const rows = regions.map((_, j) => {
      const target = inputNumber(m, first + j, c);
      const actual = inputNumber(m, first + j, c + 1);
      return { target, actual, completion: completion(actual, target, lower) };
    });
    const completions = rows.map((x) => x.completion);
    rows.forEach((x, j) => {
      const r = first + j;
      const w = `${ind.name} ${regions[j]}`;
      out.push({ r, c: c + 2, want: x.completion, what: `${w} completion` });
      out.push({ r, c: c + 3, want: tp, what: `${w} tp` });
      out.push({
        r,
        c: c + 4,
        want: status(x.actual, x.target, tp, lower, lang, strict(ind), indicatorNature(ind)),
        what: `${w} status`,
      });
      out.push({ r, c: c + 5, want: rank(x.completion, completions), what: `${w} rank` });
    });
    const r = first + regions.length;
    const target = effectiveTarget(ind, plan);
    expect(inputNumber(m, r, c)).toBe(target);
    const actuals = rows.map((x) => x.actual).filter((v): v is number => v !== undefined);
    const actual = isAdditive(ind)
      ? actuals.length
        ? actuals.reduce((s, v) => s + v, 0)
        : undefined
      : inputNumber(m, r, c + 1);
    out.push({ r, c: c + 1, want: actual ?? "", what: `${ind.name} total actual` });
    out.push({ r, c: c + 2, want: completion(actual, target, lower), what: `${ind.name} total completion` });
    out.push({
      r,
      c: c + 4,
      want: status(actual, target, tp, lower, lang, strict(ind), indicatorNature(ind)),
      what: `${ind.name} total status`,
    });
  });
  return out;
}

export function expectTasks(m: SheetModel): Check[] {
  const out: Check[] = [];
  const first = firstRow(m);
  const asOf = asOfCellValue(m);
  const d = col(m, "完成时限");
  const left = col(m, "距时限(天)");
  for (let r = first; m.cells[r]?.[0]?.style === "label"; r++) {
    const deadline = inputNumber(m, r, d);
    out.push({
      r,
      c: left,
      want: deadline === undefined || asOf === undefined ? "" : deadline - asOf,
      what: `task row ${r}`,
    });
  }
  return out;
}

export function expectations(k: Case): Check[] {
  switch (k.model.templateId) {
    case "annual-plan":
      return expectAnnual(k.model, k.plan, k.lang);
    case "multi-year-plan":
      return expectMultiYear(k.model, k.plan);
    case "gap-analysis":
      return expectGap(k.model, k.plan, k.lang);
    case "quarterly-report":
      return expectQuarterly(k.model, k.plan, k.lang);
    case "task-breakdown":
      return expectTasks(k.model);
  }
}

// ---------- building, recalculating, comparing ----------

export function cases(): Case[][] {
  const book1: Case[] = [];
  for (const plan of examples) {
    for (const id of ALL)
      book1.push({ label: `${plan.title} ${id} fresh`, plan, model: buildTemplate(id, plan), lang: "zh" });
  }
  const book2: Case[] = [];
  for (const plan of [...examples, edge]) {
    const asOf = `${plan.targetYear}-09-30`;
    for (const id of ALL) {
      const model = buildTemplate(id, plan, { asOf });
      if (id === "annual-plan") fillAnnual(model, plan);
      if (id === "gap-analysis") fillGap(model, plan);
      if (id === "quarterly-report") fillQuarterly(model, plan);
      if (id === "task-breakdown") fillTasks(model);
      book2.push({ label: `${plan.title} ${id} filled`, plan, model, lang: "zh" });
    }
  }
  for (const id of ALL)
    book2.push({ label: `edge ${id} fresh`, plan: edge, model: buildTemplate(id, edge), lang: "zh" });
  const bigModel = buildTemplate("quarterly-report", big, { asOf: "2024-06-30" });
  fillQuarterly(bigModel, big);
  book2.push({ label: "150 regions", plan: big, model: bigModel, lang: "zh" });
  // Built for an origin other than A1: formulas must reference their final cells.
  const shifted = buildTemplate("annual-plan", examples[0], {
    origin: { row: 5, col: 3 },
    asOf: "2012-06-30",
  });
  book2.push({ label: "annual plan at D6", plan: examples[0], model: shifted, lang: "zh" });
  const en = buildTemplate("annual-plan", edge, { lang: "en", asOf: "2024-03-31" });
  fillAnnual2(en, edge);
  book2.push({ label: "annual plan in English", plan: edge, model: en, lang: "en" });
  // No as-of date: 序时进度 is blank, so a flow or stock below its target is blank (its pace is
  // unknown), while reached targets, rates and lower-is-better levels keep their status.
  for (const plan of [edge, examples.find((p) => p.title.includes("威海"))!]) {
    const annual = buildTemplate("annual-plan", plan);
    clearAsOf(annual);
    fillAnnualNoDate(annual, plan);
    book2.push({ label: `${plan.title} annual plan without as-of date`, plan, model: annual, lang: "zh" });
    const gapModel = buildTemplate("gap-analysis", plan);
    fillGapNoDate(gapModel, plan);
    book2.push({ label: `${plan.title} gap analysis without dates`, plan, model: gapModel, lang: "zh" });
    const quarterly = buildTemplate("quarterly-report", plan);
    clearAsOf(quarterly);
    fillQuarterly(quarterly, plan);
    book2.push({
      label: `${plan.title} quarterly report without as-of date`,
      plan,
      model: quarterly,
      lang: "zh",
    });
  }
  return [book1, book2];
}

export function fillAnnual2(m: SheetModel, plan: Plan): void {
  const first = firstRow(m);
  const a = col(m, "Latest actual");
  plan.indicators.forEach((ind: Indicator, i) => {
    const t = effectiveTarget(ind, plan);
    if (t !== undefined) setInput(m, first + i, a, ind.lowerIsBetter ? t * 1.05 : t * 0.2);
  });
}

export function close(got: unknown, want: Expected): boolean {
  // A blank input cell reads back as null, a blank formula result as "".
  if (typeof want === "string") return got === want || (want === "" && got === null);
  if (typeof got !== "number") return false;
  return Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
}

export const ERROR = /^#(NAME\?|VALUE!|DIV\/0!|NUM!|N\/A|REF!|NULL!)/;
