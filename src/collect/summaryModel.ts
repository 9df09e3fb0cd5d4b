/**
 * The consolidation's two sheets as SheetModels, so the .xlsx writer and the Office.js adapter
 * render the same thing:
 *  - the summary: the quarterly-report template for all regions with the collected targets and
 *    actuals filled in, so totals, completion, 序时进度, status and rank are the template's own
 *    native formulas and calculate anywhere; plus a 报送情况 (submission) column;
 *  - the report: every problem with file, sheet, cell, region, indicator, what, and the text.
 */
import type { Lang } from "../core/errors";
import { isoFromSerial } from "../core/excelDate";
import type { Cell, SheetModel } from "../model/types";
import { buildTemplate, templateInfo } from "../model/templates";
import {
  QUARTERLY_BLOCK,
  QUARTERLY_FIRST_BLOCK_COL,
  QUARTERLY_FIRST_DATA_ROW,
  QUARTERLY_HEADER_ROW,
} from "../model/templates/quarterlyReport";
import { GridBuilder } from "../model/grid";
import { paginate, periodText } from "../model/templates/common";
import { pageHeader } from "../model/print";
import type { Consolidation } from "./consolidate";
import { CODE_LABEL, SEVERITY_LABEL } from "./problems";
import { COLLECTED_TEMPLATE } from "./readForm";

const T = {
  summarySheet: { zh: "汇总", en: "Summary" },
  reportSheet: { zh: "问题清单", en: "Problems" },
  submission: { zh: "报送情况", en: "Submission" },
  submitted: { zh: "已报送", en: "submitted" },
  submittedWith: { zh: "已报送,{n} 个问题", en: "submitted, {n} problems" },
  missing: { zh: "未报送", en: "missing" },
  rejected: { zh: "已收到,未采用", en: "received, not used" },
  totalSubmitted: { zh: "已报送 {k}/{n}", en: "{k}/{n} submitted" },
  reportTitle: { zh: "汇总问题清单", en: "Consolidation problems" },
  reportSub: {
    zh: "收到文件 {files} 个,读取 {read} 个,跳过 {skipped} 个;问题 {n} 条(错误 {e},警告 {w},提示 {i})",
    en: "{files} files received, {read} read, {skipped} skipped; {n} problems ({e} errors, {w} warnings, {i} notes)",
  },
  none: { zh: "未发现问题", en: "No problems found" },
  headers: {
    zh: ["序号", "文件", "工作表", "单元格", "县(市)区", "指标", "级别", "问题", "说明", "Description"],
    en: ["No.", "File", "Sheet", "Cell", "Region", "Indicator", "Severity", "Problem", "Description", "说明"],
  },
};

function fmt(s: string, vars: Record<string, string | number>): string {
  return s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ""));
}

/** Inserts a column at grid column `at` (before the stamp column), shifting what follows. */
function insertColumn(model: SheetModel, at: number, width: number, cells: Map<number, Cell>): void {
  model.cells.forEach((row, r) => row.splice(at, 0, cells.get(r) ?? null));
  model.columnWidths.splice(at, 0, width);
  if (model.stampCell && model.stampCell.col >= at)
    model.stampCell = { ...model.stampCell, col: model.stampCell.col + 1 };
  model.hiddenColumns = model.hiddenColumns?.map((c) => (c >= at ? c + 1 : c));
  const abs = model.origin.col + at;
  for (const m of model.merges) {
    if (m.col >= abs) m.col += 1;
    else if (m.col + m.cols > abs && m.row === model.origin.row) m.cols += 1; // the title spans it too
  }
}

export function summaryModel(c: Consolidation, lang: Lang): SheetModel {
  const plan = c.plan;
  const model = buildTemplate(COLLECTED_TEMPLATE, plan, {
    lang,
    ...(c.asOf !== undefined ? { asOf: isoFromSerial(c.asOf) } : {}),
  });
  model.sheetName = T.summarySheet[lang];
  const put = (r: number, col: number, value: number | null) => {
    const cell = model.cells[r]?.[col];
    if (!cell || cell.input !== true) {
      throw new Error(`summary: template cell (${r},${col}) is not an input; the quarterly layout changed`);
    }
    model.cells[r][col] = { ...cell, value };
  };
  c.regions.forEach((reg, j) => {
    if (!reg.row) return;
    reg.row.values.forEach((v, i) => {
      const col = QUARTERLY_FIRST_BLOCK_COL + QUARTERLY_BLOCK * i;
      put(QUARTERLY_FIRST_DATA_ROW + j, col, v.target);
      put(QUARTERLY_FIRST_DATA_ROW + j, col + 1, v.actual);
    });
  });
  const width = QUARTERLY_FIRST_BLOCK_COL + QUARTERLY_BLOCK * plan.indicators.length;
  const status = new Map<number, Cell>();
  status.set(QUARTERLY_HEADER_ROW, { value: T.submission[lang], style: "header" });
  status.set(QUARTERLY_HEADER_ROW + 1, { style: "header" });
  c.regions.forEach((reg, j) => {
    const text =
      reg.status === "missing"
        ? T.missing[lang]
        : reg.status === "rejected"
          ? `${T.rejected[lang]}${reg.reason ? `${lang === "zh" ? ":" : ": "}${CODE_LABEL[reg.reason.code][lang]}` : ""}`
          : reg.problems > 0
            ? fmt(T.submittedWith[lang], { n: reg.problems })
            : T.submitted[lang];
    status.set(QUARTERLY_FIRST_DATA_ROW + j, { value: text, style: "label" });
  });
  const submitted = c.regions.filter((r) => r.status === "submitted").length;
  status.set(QUARTERLY_FIRST_DATA_ROW + c.regions.length, {
    value: fmt(T.totalSubmitted[lang], { k: submitted, n: c.regions.length }),
    style: "total",
  });
  insertColumn(model, width, 16, status);
  model.merges.push({
    row: model.origin.row + QUARTERLY_HEADER_ROW,
    col: model.origin.col + width,
    rows: 2,
    cols: 1,
  });
  // The 报送情况 column prints with the last indicator's page, or on a page of its own.
  const blocks = plan.indicators.map((_, i): [number, number] => [
    QUARTERLY_FIRST_BLOCK_COL + QUARTERLY_BLOCK * i,
    QUARTERLY_FIRST_BLOCK_COL + QUARTERLY_BLOCK * (i + 1),
  ]);
  paginate(model, QUARTERLY_FIRST_BLOCK_COL, blocks);
  model.conditionalFormats.push({
    range: {
      row: model.origin.row + QUARTERLY_FIRST_DATA_ROW,
      col: model.origin.col + width,
      rows: c.regions.length,
      cols: 1,
    },
    equals: T.missing[lang],
    fill: "#FFC7CE",
    font: "#9C0006",
  });
  return model;
}

export function reportModel(c: Consolidation, lang: Lang): SheetModel {
  const g = new GridBuilder({ row: 0, col: 0 });
  const headers = T.headers[lang];
  const other: Lang = lang === "zh" ? "en" : "zh";
  g.columnWidths = [5, 22, 10, 7, 10, 14, 6, 12, 40, 40];
  g.set(0, 0, { value: `${c.plan.title} — ${T.reportTitle[lang]}`, style: "title" });
  g.merge(0, 0, 1, headers.length);
  const count = (s: string) => c.problems.filter((p) => p.severity === s).length;
  const read = c.files.filter((f) => f.read).length;
  g.set(1, 0, {
    value: fmt(T.reportSub[lang], {
      files: c.files.length,
      read,
      skipped: c.files.length - read,
      n: c.problems.length,
      e: count("error"),
      w: count("warning"),
      i: count("info"),
    }),
    style: "subtitle",
  });
  g.merge(1, 0, 1, headers.length);
  headers.forEach((h, k) => g.set(2, k, { value: h, style: "header" }));
  c.problems.forEach((p, k) => {
    const r = 3 + k;
    const row: (string | number)[] = [
      k + 1,
      p.file,
      p.sheet ?? "",
      p.cell ?? "",
      p.region ?? "",
      p.indicator ?? "",
      SEVERITY_LABEL[lang][p.severity],
      CODE_LABEL[p.code][lang],
      p[lang],
      p[other],
    ];
    row.forEach((v, col) => g.set(r, col, { value: v, style: col === 6 ? "status" : "label" }));
  });
  if (c.problems.length === 0) g.set(3, 0, { value: T.none[lang], style: "note" });
  const rows = Math.max(c.problems.length, 1);
  g.highlight(3, 6, rows, 1, SEVERITY_LABEL[lang].error, "#FFC7CE", "#9C0006");
  g.highlight(3, 6, rows, 1, SEVERITY_LABEL[lang].warning, "#FFEB9C", "#9C5700");
  const width = headers.length;
  for (const row of g.cells) while (row.length < width) row.push(null);
  return {
    templateId: COLLECTED_TEMPLATE,
    lang,
    sheetName: T.reportSheet[lang],
    origin: g.origin,
    cells: g.cells,
    columnWidths: g.columnWidths,
    merges: g.merges,
    freeze: { rows: 3, cols: 0 },
    validations: [],
    conditionalFormats: g.conditionalFormats,
    print: {
      orientation: "landscape",
      paper: "A4",
      repeatRows: { first: 2, last: 2 },
      fitToWidth: true,
      header: pageHeader(`${c.plan.title} — ${T.reportTitle[lang]}`, periodText(c.plan, lang)),
    },
    // No stampCell: the report is not a form and carries no stamp text.
    stamp: {
      templateId: COLLECTED_TEMPLATE,
      version: templateInfo(COLLECTED_TEMPLATE).version,
      planTitle: c.plan.title,
    },
  };
}
