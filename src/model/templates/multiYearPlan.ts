/**
 * multi-year-plan 多年规划指标分解表: indicators as rows, one column per year from the base year
 * to the target year. Each year follows the implied annual rate (PLAN.CAGR from base to the
 * effective target, which is cagr when cagr binds), so the last year meets the effective target.
 */
import type { Plan } from "../../core/plan";
import type { SheetModel } from "../types";
import { GridBuilder } from "../grid";
import { impliedRateFormula, seriesFormula } from "../formulas";
import { RATE_FORMAT, indicatorFormat } from "../units";
import { finishTemplate, footer, inputHint, titleBlock, type TemplateOptions } from "./common";
import { INPUT_HEADERS, inputWidths, indicatorInputs, validateIndicatorInputs } from "./indicatorInputs";

const HEADER_ROW = 3;

export function buildMultiYearPlan(plan: Plan, opts: TemplateOptions = {}): SheetModel {
  const lang = opts.lang ?? "zh";
  const zh = lang === "zh";
  const g = new GridBuilder(opts.origin ?? { row: 0, col: 0 });
  const years = plan.targetYear - plan.baseYear;
  const yearCols = years + 1;
  const rateCol = INPUT_HEADERS[lang].length;
  const firstYearCol = rateCol + 1;
  const noteCol = firstYearCol + yearCols;
  const width = noteCol + 1;
  g.columnWidths = [...inputWidths(plan), 11, ...Array<number>(yearCols).fill(12), 32];
  titleBlock(g, "multi-year-plan", plan, opts, width, Math.min(width, 6));

  // Two header rows: the input columns and the rate span both; the years sit under one caption.
  INPUT_HEADERS[lang].forEach((h, c) => {
    g.set(HEADER_ROW, c, { value: h, style: "header" });
    g.set(HEADER_ROW + 1, c, { style: "header" });
    g.merge(HEADER_ROW, c, 2, 1);
  });
  g.set(HEADER_ROW, rateCol, { value: zh ? "年均增速" : "Annual rate", style: "header" });
  g.set(HEADER_ROW + 1, rateCol, { style: "header" });
  g.merge(HEADER_ROW, rateCol, 2, 1);
  g.set(HEADER_ROW, firstYearCol, { value: zh ? "逐年目标" : "Target by year", style: "header" });
  for (let k = 1; k < yearCols; k++) g.set(HEADER_ROW, firstYearCol + k, { style: "header" });
  g.merge(HEADER_ROW, firstYearCol, 1, yearCols);
  for (let k = 0; k < yearCols; k++) {
    const y = plan.baseYear + k;
    g.set(HEADER_ROW + 1, firstYearCol + k, {
      value: k === 0 ? (zh ? `${y}年(基准)` : `${y} (base)`) : zh ? `${y}年` : String(y),
      style: "header",
    });
  }
  g.set(HEADER_ROW, noteCol, { value: zh ? "备注" : "Note", style: "header" });
  g.set(HEADER_ROW + 1, noteCol, { style: "header" });
  g.merge(HEADER_ROW, noteCol, 2, 1);

  const first = HEADER_ROW + 2;
  plan.indicators.forEach((ind, i) => {
    const r = first + i;
    const fmt = indicatorFormat(ind);
    const { base, target } = indicatorInputs(g, r, i, ind, plan, lang);
    g.set(r, rateCol, {
      formula: impliedRateFormula(base, target, years),
      style: "formula",
      numFmt: RATE_FORMAT,
    });
    const rate = g.ref(r, rateCol);
    g.set(r, firstYearCol, { formula: `IF(${base}="","",${base})`, style: "formula", numFmt: fmt });
    for (let k = 1; k < yearCols; k++) {
      g.set(r, firstYearCol + k, {
        formula: seriesFormula(base, rate, years, k),
        style: "formula",
        numFmt: fmt,
      });
    }
    g.set(r, noteCol, { value: ind.note ?? null, style: "label" });
  });
  const n = plan.indicators.length;
  validateIndicatorInputs(g, first, n, lang);
  const explain = zh
    ? "说明:年均增速按水平法 (目标值/基数)^(1/年数)−1 计算,逐年目标 = 基数×(1+年均增速)^年次,末年等于目标值。"
    : "Annual rate by the geometric method (target/base)^(1/years) − 1; each year = base × (1 + rate)^k; the last year equals the target.";
  footer(g, first + n + 1, width, [inputHint(lang), explain]);
  return finishTemplate(g, {
    id: "multi-year-plan",
    plan,
    opts,
    width,
    headerRows: { first: HEADER_ROW, last: HEADER_ROW + 1 },
    freezeCols: 2,
  });
}
