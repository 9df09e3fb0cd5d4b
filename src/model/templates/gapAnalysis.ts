/**
 * gap-analysis 目标差距分析表: per indicator the effective target, the latest actual and its
 * date, the gap, completion, 序时进度 within the target year, whole years left and the annual
 * growth still required (PLAN.REQUIRED), and status.
 */
import type { Plan } from "../../core/plan";
import { indicatorNature } from "../../core/indicatorNature";
import { serialFromIso } from "../../core/excelDate";
import type { SheetModel } from "../types";
import { GridBuilder } from "../grid";
import {
  completionFormula,
  gapFormula,
  requiredFormula,
  statusFormula,
  timeProgressFormula,
} from "../formulas";
import { DATE_FORMAT, PERCENT_FORMAT, RATE_FORMAT, indicatorFormat } from "../units";
import {
  asOfSerial,
  dateValidation,
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
    "最新完成",
    "截至日期",
    "差距",
    "完成率",
    "序时进度(目标年)",
    "剩余年数",
    "所需年均增速",
    "状态",
    "备注",
  ],
  en: [
    "Latest actual",
    "As of",
    "Gap",
    "Completion",
    "Time progress (target year)",
    "Years left",
    "Required annual growth",
    "Status",
    "Note",
  ],
};
const WIDTHS = [12, 11, 11, 9, 11, 8, 11, 9, 32];
const HEADER_ROW = 3;

export function buildGapAnalysis(plan: Plan, opts: TemplateOptions = {}): SheetModel {
  const lang = opts.lang ?? "zh";
  const zh = lang === "zh";
  const g = new GridBuilder(opts.origin ?? { row: 0, col: 0 });
  const width = indicatorHeaderRow(g, HEADER_ROW, plan, lang, HEADERS[lang], WIDTHS);
  titleBlock(g, "gap-analysis", plan, opts, width, 6);
  const fallbackDate = asOfSerial(plan, opts);

  const first = HEADER_ROW + 1;
  const ty = plan.targetYear;
  plan.indicators.forEach((ind, i) => {
    const r = first + i;
    const lower = ind.lowerIsBetter === true;
    const fmt = indicatorFormat(ind);
    const { target } = indicatorInputs(g, r, i, ind, plan, lang);
    const date =
      (ind.asOf ? serialFromIso(ind.asOf) : undefined) ??
      (ind.actual !== undefined ? fallbackDate : undefined);
    g.set(r, 7, { value: ind.actual ?? null, style: "input", input: true, numFmt: fmt });
    g.set(r, 8, { value: date ?? null, style: "input", input: true, numFmt: DATE_FORMAT });
    const actual = g.ref(r, 7);
    const asOf = g.ref(r, 8);
    g.set(r, 9, { formula: gapFormula(actual, target, lower), style: "formula", numFmt: fmt });
    g.set(r, 10, {
      formula: completionFormula(actual, target, lower),
      style: "formula",
      numFmt: PERCENT_FORMAT,
    });
    g.set(r, 11, { formula: timeProgressFormula(asOf, ty), style: "formula", numFmt: PERCENT_FORMAT });
    g.set(r, 12, { formula: `IF(${asOf}="","",MAX(0,${ty}-YEAR(${asOf})))`, style: "formula", numFmt: "0" });
    g.set(r, 13, {
      formula: requiredFormula(actual, target, g.ref(r, 12)),
      style: "formula",
      numFmt: RATE_FORMAT,
    });
    g.set(r, 14, {
      formula: statusFormula(actual, target, {
        timeProgress: g.ref(r, 11),
        lowerIsBetter: lower,
        lang,
        strict: isStrict(ind),
        nature: indicatorNature(ind),
      }),
      style: "status",
    });
    g.set(r, 15, { value: ind.note ?? null, style: "label" });
  });
  const n = plan.indicators.length;
  validateIndicatorInputs(g, first, n, lang);
  g.validate(first, 7, n, 1, actualValidation(lang));
  g.validate(first, 8, n, 1, dateValidation(lang, zh ? "最新完成数的截至日期" : "Date of the latest actual"));
  statusHighlights(g, first, 14, n, 1, lang);
  const explain = zh
    ? `说明:差距 = 目标值 − 最新完成;剩余年数 = ${ty} − 截至年份;所需年均增速按水平法计算,目标年内不再计算。`
    : `Gap = target − actual; years left = ${ty} − the as-of year; required growth is geometric and not computed within the target year.`;
  footer(g, first + n + 1, width, [inputHint(lang), explain]);
  return finishTemplate(g, {
    id: "gap-analysis",
    plan,
    opts,
    width,
    headerRows: { first: HEADER_ROW, last: HEADER_ROW },
    freezeCols: 2,
  });
}
