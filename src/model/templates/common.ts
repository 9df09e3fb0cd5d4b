/**
 * What every template shares: options, the title block, the as-of date cell, traffic-light
 * formats, the notes footer, print setup and the stamp cell.
 */
import type { Lang } from "../../core/errors";
import type { Plan } from "../../core/plan";
import { STATUS_LABELS } from "../../core/statusLabels";
import { serialFromIso } from "../../core/excelDate";
import type { CellAddress, SheetModel, TemplateId, ValidationRule } from "../types";
import { GridBuilder } from "../grid";
import { templateInfo } from "./registry";
import { stampText, HIDDEN_FORMAT } from "../stamp";
import { DATE_FORMAT, indicatorFormat } from "../units";
import { applyPagePlan, fitNumberWidths, pageHeader, planPages } from "../print";
import { effectiveTarget } from "../../core/effectiveTarget";
import { addFormFields } from "./formFields";

export interface TemplateOptions {
  lang?: Lang;
  /** Top-left sheet cell the template will occupy (0-based); default A1. */
  origin?: CellAddress;
  /** The region a distributed form is for (written in the stamp and the subtitle). */
  region?: string;
  /** Reporting date, ISO yyyy-mm-dd; default the latest asOf of the plan's indicators. */
  asOf?: string;
}

export const TRAFFIC = {
  green: { fill: "#C6EFCE", font: "#006100" },
  yellow: { fill: "#FFEB9C", font: "#9C5700" },
  red: { fill: "#FFC7CE", font: "#9C0006" },
};

/** Traffic-light formats for the four PLAN.STATUS labels over a rectangle of the grid. */
export function statusHighlights(
  g: GridBuilder,
  r: number,
  c: number,
  rows: number,
  cols: number,
  lang: Lang,
): void {
  const [done, ok, behind, far] = STATUS_LABELS[lang];
  g.highlight(r, c, rows, cols, done, TRAFFIC.green.fill, TRAFFIC.green.font);
  g.highlight(r, c, rows, cols, ok, TRAFFIC.green.fill, TRAFFIC.green.font);
  g.highlight(r, c, rows, cols, behind, TRAFFIC.yellow.fill, TRAFFIC.yellow.font);
  g.highlight(r, c, rows, cols, far, TRAFFIC.red.fill, TRAFFIC.red.font);
}

/** The reporting date as an Excel serial: the option, else the latest indicator asOf. */
export function asOfSerial(plan: Plan, opts: TemplateOptions): number | undefined {
  if (opts.asOf !== undefined) return serialFromIso(opts.asOf);
  const dates = plan.indicators
    .map((i) => (i.asOf ? serialFromIso(i.asOf) : undefined))
    .filter((s) => s !== undefined);
  return dates.length ? Math.max(...(dates as number[])) : undefined;
}

export function periodText(plan: Plan, lang: Lang): string {
  return lang === "zh"
    ? `规划期:${plan.baseYear}年(基准)—${plan.targetYear}年`
    : `Period: ${plan.baseYear} (base) to ${plan.targetYear}`;
}

/** The title: the plan, the region of a distributed form and the template's name. */
export function titleText(id: TemplateId, plan: Plan, opts: TemplateOptions): string {
  const region = opts.region ? ` · ${opts.region}` : "";
  return `${plan.title}${region} — ${templateInfo(id).title[opts.lang ?? "zh"]}`;
}

/**
 * Title (row 0, merged over the width): the plan, the region of a distributed form and the
 * template's name; subtitle (row 1, left part): the plan period.
 */
export function titleBlock(
  g: GridBuilder,
  id: TemplateId,
  plan: Plan,
  opts: TemplateOptions,
  width: number,
  subtitleCols: number,
): void {
  const lang = opts.lang ?? "zh";
  g.set(0, 0, { value: titleText(id, plan, opts), style: "title" });
  for (let c = 1; c < width; c++) g.set(0, c, { style: "title" });
  g.merge(0, 0, 1, width);
  g.set(1, 0, { value: periodText(plan, lang), style: "subtitle" });
  g.merge(1, 0, 1, subtitleCols);
}

/** A date input's rule: a date (blank allowed) in the range the plan format accepts. */
export function dateValidation(lang: Lang, prompt: string): ValidationRule {
  return {
    kind: "date",
    min: "1900-01-01",
    max: "2200-12-31",
    allowBlank: true,
    prompt,
    error: lang === "zh" ? "请输入日期" : "Enter a date",
  };
}

/** A labelled as-of date input in row 1 at column c (label) and c+1 (date); returns its grid position. */
export function asOfInput(g: GridBuilder, c: number, lang: Lang, serial: number | undefined): CellAddress {
  g.set(1, c, { value: lang === "zh" ? "截至日期" : "As of", style: "label" });
  g.set(1, c + 1, { value: serial ?? null, style: "input", numFmt: DATE_FORMAT, input: true });
  const prompt =
    lang === "zh" ? "填写数据截至日期,如 2024-06-30" : "Date of the latest figures, e.g. 2024-06-30";
  g.validate(1, c + 1, 1, 1, dateValidation(lang, prompt));
  return { row: 1, col: c + 1 };
}

/** Footer lines under the table: how to fill it in, and notes. */
export function footer(g: GridBuilder, row: number, width: number, lines: string[]): number {
  let r = row;
  for (const line of lines) {
    g.set(r, 0, { value: line, style: "note" });
    g.merge(r, 0, 1, width);
    r++;
  }
  return r;
}

export function inputHint(lang: Lang): string {
  return lang === "zh"
    ? "填表说明:浅黄色单元格为填报项,其余单元格由公式自动计算;数值空白时计算结果也为空白。"
    : "How to fill in: light-yellow cells are inputs; the others are calculated; blank inputs give blank results.";
}

/**
 * Closes a template: the stamp cell right of the title, print setup, freeze, header rows, and
 * on a distributed form (opts.region) the 填报单位/填报人/联系电话/填报日期 fields below it all.
 */
export function finishTemplate(
  g: GridBuilder,
  args: {
    id: TemplateId;
    plan: Plan;
    opts: TemplateOptions;
    width: number;
    headerRows: { first: number; last: number };
    freezeCols: number;
    /** Grid column ranges [start, end) printed on one page (an indicator's block). */
    groups?: [number, number][];
  },
): SheetModel {
  const info = templateInfo(args.id);
  const lang = args.opts.lang ?? "zh";
  const stamp = {
    templateId: args.id,
    version: info.version,
    planTitle: args.plan.title,
    ...(args.opts.region !== undefined ? { region: args.opts.region } : {}),
  };
  const stampCell = { row: 0, col: args.width };
  g.set(0, args.width, { value: stampText(stamp), style: "stamp", numFmt: HIDDEN_FORMAT });
  g.columnWidths[args.width] = 2;
  const origin = g.origin;
  const model = g.finish({
    templateId: args.id,
    lang,
    sheetName: info.sheetName[lang],
    freeze: { rows: origin.row + args.headerRows.last + 1, cols: origin.col + args.freezeCols },
    print: {
      orientation: "landscape",
      paper: "A4",
      repeatRows: { first: origin.row + args.headerRows.first, last: origin.row + args.headerRows.last },
      fitToWidth: false,
      header: pageHeader(titleText(args.id, args.plan, args.opts), periodText(args.plan, lang)),
    },
    stamp,
    stampCell,
    headerRows: args.headerRows,
  });
  fitNumberWidths(model, planMagnitudes(args.plan));
  if (args.opts.region !== undefined) {
    addFormFields(model, {
      lang,
      region: args.opts.region,
      repeat: args.freezeCols,
      groups: args.groups ?? [],
      end: args.width,
    });
  }
  paginate(model, args.freezeCols, args.groups ?? []);
  return model;
}

/** The largest value the plan gives in each indicator number format (and room for a date). */
export function planMagnitudes(plan: Plan): Map<string, number> {
  const m = new Map<string, number>([[DATE_FORMAT, 1]]);
  for (const ind of plan.indicators) {
    const fmt = indicatorFormat(ind);
    const values = [ind.base, ind.target, ind.actual, effectiveTarget(ind, plan)];
    const max = Math.max(0, ...values.map((v) => (v !== undefined && Number.isFinite(v) ? Math.abs(v) : 0)));
    m.set(fmt, Math.max(m.get(fmt) ?? 0, max));
  }
  return m;
}

/**
 * Lays a model out on A4 landscape pages: the first `repeat` columns on every page, the rest
 * split between `groups` at a readable scale (src/model/print.ts). Called again after a
 * model is widened (the collect summary's 报送情况 column).
 */
export function paginate(model: SheetModel, repeat: number, groups: [number, number][]): void {
  const width = model.cells[0]?.length ?? 0;
  applyPagePlan(
    model,
    planPages(model.columnWidths, width, repeat, groups, model.hiddenColumns ?? []),
    repeat,
  );
}
