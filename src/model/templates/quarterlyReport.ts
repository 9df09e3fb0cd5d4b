/**
 * quarterly-report 县(市)区季度进展通报表: one row per region; per indicator six columns:
 * target and cumulative actual (inputs), completion, 序时进度, status and rank; a total row.
 * A distributed one-county form (opts.region) has one row, no total and no rank (a rank among
 * one means nothing): five columns per indicator.
 * Built for scale (200 indicators × 150 regions): formulas are per cell but every range-wide
 * rule (validation, traffic lights) is one rectangle per indicator or one for the whole table.
 */
import type { Lang } from "../../core/errors";
import type { Plan } from "../../core/plan";
import { effectiveTarget } from "../../core/effectiveTarget";
import { indicatorNature, isAdditive } from "../../core/indicatorNature";
import type { SheetModel } from "../types";
import { GridBuilder } from "../grid";
import { completionFormula, rankFormula, statusFormula, sumFormula, timeProgressFormula } from "../formulas";
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
import { actualValidation, isStrict, textWidth } from "./indicatorInputs";

const SUB = {
  zh: ["目标", "累计完成", "完成率", "序时进度", "状态", "排名"],
  en: ["Target", "Actual", "Completion", "Time progress", "Status", "Rank"],
};
const SUB_WIDTHS = [11, 11, 9, 9, 9, 6];
/** Columns per indicator of the report (and the collect summary built from it). */
export const QUARTERLY_BLOCK = SUB_WIDTHS.length;
/** Columns per indicator of a one-county form: the report's block without 排名. */
export const QUARTERLY_FORM_BLOCK = QUARTERLY_BLOCK - 1;
export const QUARTERLY_FIRST_BLOCK_COL = 2;
export const QUARTERLY_HEADER_ROW = 2;
export const QUARTERLY_FIRST_DATA_ROW = 4;

/** Whether a region's values add up to the whole (flows and stocks, not rates): see core. */
export { isAdditive };

/**
 * The rows of the report: the plan's regions, or, when it names none, one row for the whole
 * city, so a plan without counties still gives a usable form. The one rule for every caller:
 * the builder (CLI, preview, insert) and the pane, which says so instead of refusing.
 */
export function reportRegions(plan: Plan, lang: Lang): { regions: string[]; defaulted: boolean } {
  if (plan.regions?.length) return { regions: plan.regions, defaulted: false };
  return { regions: [lang === "zh" ? "全市" : "Whole city"], defaulted: true };
}

export function buildQuarterlyReport(plan: Plan, opts: TemplateOptions = {}): SheetModel {
  const lang = opts.lang ?? "zh";
  const zh = lang === "zh";
  const g = new GridBuilder(opts.origin ?? { row: 0, col: 0 });
  const regions = opts.region !== undefined ? [opts.region] : reportRegions(plan, lang).regions;
  // A one-county form: no total row and no rank column.
  const withTotal = opts.region === undefined;
  const withRank = withTotal;
  const inds = plan.indicators;
  const B = withRank ? QUARTERLY_BLOCK : QUARTERLY_FORM_BLOCK;
  const C0 = QUARTERLY_FIRST_BLOCK_COL;
  const width = C0 + B * inds.length;
  g.columnWidths = [5, textWidth(regions, 18, 30)];
  for (let i = 0; i < inds.length; i++) g.columnWidths.push(...SUB_WIDTHS.slice(0, B));

  titleBlock(g, "quarterly-report", plan, opts, width, 2);
  const asOfCell = asOfInput(g, 2, lang, asOfSerial(plan, opts));
  const asOf = g.ref(asOfCell.row, asOfCell.col, true);
  g.set(1, 4, { value: zh ? "序时进度" : "Time progress", style: "label" });
  g.set(1, 5, { formula: timeProgressFormula(asOf), style: "formula", numFmt: PERCENT_FORMAT });
  const tp = g.ref(1, 5, true);

  const H = QUARTERLY_HEADER_ROW;
  g.set(H, 0, { value: zh ? "序号" : "No.", style: "header" });
  g.set(H, 1, { value: zh ? "县(市)区" : "Region", style: "header" });
  g.set(H + 1, 0, { style: "header" });
  g.set(H + 1, 1, { style: "header" });
  g.merge(H, 0, 2, 1);
  g.merge(H, 1, 2, 1);
  inds.forEach((ind, i) => {
    const c = C0 + B * i;
    const unit = ind.unit ? (zh ? `(${ind.unit})` : ` (${ind.unit})`) : "";
    g.set(H, c, { value: `${ind.name}${unit}`, style: "header" });
    for (let k = 1; k < B; k++) g.set(H, c + k, { style: "header" });
    g.merge(H, c, 1, B);
    SUB[lang].slice(0, B).forEach((s, k) => g.set(H + 1, c + k, { value: s, style: "header" }));
  });

  const first = QUARTERLY_FIRST_DATA_ROW;
  const R = regions.length;
  const tpValue = `IF(${tp}="","",${tp})`;
  regions.forEach((name, j) => {
    const r = first + j;
    g.set(r, 0, { value: j + 1, style: "label", numFmt: "0" });
    g.set(r, 1, { value: name, style: "label" });
  });
  inds.forEach((ind, i) => {
    const c = C0 + B * i;
    const lower = ind.lowerIsBetter === true;
    const fmt = indicatorFormat(ind);
    const completionColumn = g.range(first, c + 2, R, 1, true);
    const statusOptions = {
      timeProgress: tp,
      lowerIsBetter: lower,
      lang,
      strict: isStrict(ind),
      nature: indicatorNature(ind),
    };
    for (let j = 0; j < R; j++) {
      const r = first + j;
      const target = g.ref(r, c);
      const actual = g.ref(r, c + 1);
      g.set(r, c, { value: null, style: "input", input: true, numFmt: fmt });
      g.set(r, c + 1, { value: null, style: "input", input: true, numFmt: fmt });
      g.set(r, c + 2, {
        formula: completionFormula(actual, target, lower),
        style: "formula",
        numFmt: PERCENT_FORMAT,
      });
      g.set(r, c + 3, { formula: tpValue, style: "formula", numFmt: PERCENT_FORMAT });
      g.set(r, c + 4, {
        formula: statusFormula(actual, target, statusOptions),
        style: "status",
      });
      if (withRank) {
        g.set(r, c + 5, {
          formula: rankFormula(g.ref(r, c + 2), completionColumn),
          style: "formula",
          numFmt: "0",
        });
      }
    }
    if (withTotal) {
      const r = first + R;
      const target = g.ref(r, c);
      const actual = g.ref(r, c + 1);
      g.set(r, c, { value: effectiveTarget(ind, plan) ?? null, style: "input", input: true, numFmt: fmt });
      if (isAdditive(ind)) {
        g.set(r, c + 1, { formula: sumFormula(g.range(first, c + 1, R, 1)), style: "total", numFmt: fmt });
      } else {
        g.set(r, c + 1, { value: null, style: "input", input: true, numFmt: fmt });
      }
      g.set(r, c + 2, {
        formula: completionFormula(actual, target, lower),
        style: "total",
        numFmt: PERCENT_FORMAT,
      });
      g.set(r, c + 3, { formula: tpValue, style: "total", numFmt: PERCENT_FORMAT });
      g.set(r, c + 4, {
        formula: statusFormula(actual, target, statusOptions),
        style: "status",
      });
      g.set(r, c + 5, { value: null, style: "total" });
    }
    g.validate(first, c, R + (withTotal ? 1 : 0), 2, actualValidation(lang));
  });
  const dataRows = R + (withTotal ? 1 : 0);
  if (withTotal) {
    g.set(first + R, 0, { value: null, style: "total" });
    g.set(first + R, 1, { value: zh ? "合计(全市)" : "Total", style: "total" });
  }
  statusHighlights(g, first, C0, dataRows, B * inds.length, lang);
  const explain = zh
    ? "说明:完成率 = 累计完成 ÷ 目标;序时进度按截至日期在全年中的天数占比计算;合计行目标为全市目标,可修改。"
    : "Completion = actual ÷ target; time progress is the share of the year's days up to the as-of date; the total row's target is the plan's target and can be changed.";
  footer(g, first + dataRows + 1, Math.min(width, 12), [inputHint(lang), explain]);
  return finishTemplate(g, {
    id: "quarterly-report",
    plan,
    opts,
    width,
    headerRows: { first: H, last: H + 1 },
    freezeCols: 2,
    groups: inds.map((_, i): [number, number] => [C0 + B * i, C0 + B * (i + 1)]),
  });
}
