/**
 * annual-plan 年度工作推进计划指标表: one row per indicator with its target, the cumulative
 * target at the end of each quarter, the latest actual, completion, 序时进度 and status.
 */
import type { Plan } from "../../core/plan";
import { indicatorNature } from "../../core/indicatorNature";
import type { SheetModel } from "../types";
import { GridBuilder } from "../grid";
import { completionFormula, quarterTargetFormula, statusFormula, timeProgressFormula } from "../formulas";
import { PERCENT_FORMAT, indicatorFormat } from "../units";
import {
  asOfInput,
  asOfSerial,
  finishTemplate,
  footer,
  inputHint,
  statusHighlights,
  titleBlock,
  type TemplateOptions,
} from "./common";
import {
  indicatorHeaderRow,
  actualValidation,
  isStrict,
  indicatorInputs,
  validateIndicatorInputs,
} from "./indicatorInputs";

const HEADERS = {
  zh: [
    "一季度累计",
    "二季度累计",
    "三季度累计",
    "全年",
    "最新累计完成",
    "完成率",
    "序时进度",
    "状态",
    "责任单位",
    "备注",
  ],
  en: [
    "Q1 cumul.",
    "Q2 cumul.",
    "Q3 cumul.",
    "Full year",
    "Latest actual",
    "Completion",
    "Time progress",
    "Status",
    "Responsible unit",
    "Note",
  ],
};
const WIDTHS = [11, 11, 11, 11, 13, 9, 9, 9, 18, 32];
const HEADER_ROW = 3;

export function buildAnnualPlan(plan: Plan, opts: TemplateOptions = {}): SheetModel {
  const lang = opts.lang ?? "zh";
  const g = new GridBuilder(opts.origin ?? { row: 0, col: 0 });
  const width = indicatorHeaderRow(g, HEADER_ROW, plan, lang, HEADERS[lang], WIDTHS);
  titleBlock(g, "annual-plan", plan, opts, width, 6);
  const asOfCell = asOfInput(g, 12, lang, asOfSerial(plan, opts));
  const asOf = g.ref(asOfCell.row, asOfCell.col, true);

  const first = HEADER_ROW + 1;
  plan.indicators.forEach((ind, i) => {
    const r = first + i;
    const lower = ind.lowerIsBetter === true;
    const fmt = indicatorFormat(ind);
    const nature = indicatorNature(ind);
    const { target, base } = indicatorInputs(g, r, i, ind, plan, lang);
    for (let q = 1; q <= 4; q++) {
      g.set(r, 6 + q, {
        formula: quarterTargetFormula(target, q, nature, base),
        style: "formula",
        numFmt: fmt,
      });
    }
    g.set(r, 11, { value: ind.actual ?? null, style: "input", input: true, numFmt: fmt });
    const actual = g.ref(r, 11);
    g.set(r, 12, {
      formula: completionFormula(actual, target, lower),
      style: "formula",
      numFmt: PERCENT_FORMAT,
    });
    g.set(r, 13, { formula: timeProgressFormula(asOf), style: "formula", numFmt: PERCENT_FORMAT });
    g.set(r, 14, {
      formula: statusFormula(actual, target, {
        timeProgress: g.ref(r, 13),
        lowerIsBetter: lower,
        lang,
        strict: isStrict(ind),
        nature,
        base,
      }),
      style: "status",
    });
    g.set(r, 15, { value: ind.lead ?? null, style: "input", input: true });
    g.set(r, 16, { value: ind.note ?? null, style: "label" });
  });
  const n = plan.indicators.length;
  validateIndicatorInputs(g, first, n, lang);
  g.validate(first, 11, n, 1, actualValidation(lang));
  statusHighlights(g, first, 14, n, 1, lang);
  footer(g, first + n + 1, width, [inputHint(lang)]);
  return finishTemplate(g, {
    id: "annual-plan",
    plan,
    opts,
    width,
    headerRows: { first: HEADER_ROW, last: HEADER_ROW },
    freezeCols: 2,
  });
}
