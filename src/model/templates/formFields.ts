/**
 * What an official 填报表 carries below its table: 填报单位 (the region, filled in and locked),
 * 填报人, 联系电话 and 填报日期 (inputs). Added by finishTemplate to every distributed form
 * (a template built with opts.region), never to a template inserted into the user's workbook
 * nor to the collect summary. One row when the printed width allows, else two (or four).
 *
 * The fields stay within the columns of the first printed page: on a sheet wider than a page
 * they start right of the repeated row-label columns (which print on every page), like the
 * notes above them; on a one-page sheet they start at column A, the first label spanning the
 * narrow 序号 column and the row-label column, so that column holds nothing below the table.
 */
import type { Lang } from "../../core/errors";
import type { Cell, SheetModel } from "../types";
import { DATE_FORMAT } from "../units";
import { planPages, textWidth } from "../print";
import { dateValidation } from "./common";

export const FORM_FIELDS = {
  unit: { zh: "填报单位", en: "Reporting unit" },
  person: { zh: "填报人", en: "Filled in by" },
  phone: { zh: "联系电话", en: "Telephone" },
  date: { zh: "填报日期", en: "Date" },
} as const;

export type FormField = keyof typeof FORM_FIELDS;

/** 填报日期 as officials write it (2024年6月30日); an English form keeps the ISO date. */
export const FORM_DATE_FORMAT_ZH = 'yyyy"年"m"月"d"日"';
/** Text: a telephone number keeps its leading 0 and its dashes (0931-8123456). */
export const TEXT_FORMAT = "@";

export function formDateFormat(lang: Lang): string {
  return lang === "zh" ? FORM_DATE_FORMAT_ZH : DATE_FORMAT;
}

/**
 * Columns (Excel characters) a text needs: a label one more than its text; a date two more
 * (a date cut short shows ###); other values, being text, at worst overflow or clip.
 */
function need(text: string, extra = 1): number {
  return textWidth(text) + extra;
}

interface Field {
  key: FormField;
  label: string;
  /** Width the value cell needs. */
  width: number;
  value: Cell;
}

function fields(lang: Lang, region: string): Field[] {
  const zh = lang === "zh";
  const input = { value: null, style: "input", input: true } as const;
  const field = (key: FormField, width: number, value: Cell): Field => ({
    key,
    label: FORM_FIELDS[key][lang],
    width,
    value,
  });
  return [
    field("unit", Math.max(10, need(region)), { value: region, style: "label" }),
    field("person", 10, { ...input }),
    field("phone", need("0931-1234567"), { ...input, numFmt: TEXT_FORMAT }),
    field("date", need(zh ? "2000年12月31日" : "2000-12-31", 2), { ...input, numFmt: formDateFormat(lang) }),
  ];
}

/**
 * Lays `needs` (widths in characters, in order) onto columns from `start`: each takes as many
 * whole columns as it needs. Returns [first, count] per item, or undefined past `end`.
 */
function allot(widths: readonly number[], needs: readonly number[], start: number, end: number) {
  const out: [number, number][] = [];
  let c = start;
  for (const n of needs) {
    const first = c;
    let sum = 0;
    while (sum < n) {
      if (c >= end) return undefined;
      sum += widths[c] ?? 10;
      c++;
    }
    out.push([first, c - first]);
  }
  return out;
}

/**
 * Appends the four fields to a distributed form's model, one blank row below what is there.
 * `repeat`, `groups` and `end` are the model's print setup (see paginate): the columns of
 * the first printed page are found the same way, and the fields do not change any width.
 */
export function addFormFields(
  model: SheetModel,
  args: { lang: Lang; region: string; repeat: number; groups: [number, number][]; end: number },
): void {
  const { lang, region, repeat, groups, end } = args;
  const width = model.cells[0]?.length ?? 0;
  const pages = planPages(model.columnWidths, width, repeat, groups, model.hiddenColumns ?? []);
  const start = pages.breaks.length > 0 ? repeat : 0;
  const stop = Math.min(end, pages.firstPageEnd);
  const all = fields(lang, region);
  const pairNeeds = (f: Field) => [need(f.label), f.width];
  // Where each field's label and value go: [row offset, [first column, columns]] × 2.
  let placed: { row: number; label: [number, number]; value: [number, number] }[] | undefined;
  // Four pairs on one row, else two per row with the rows' columns lined up …
  for (const perRow of [4, 2]) {
    const needs: number[] = [];
    for (let p = 0; p < perRow; p++) {
      const same = all.filter((_, k) => k % perRow === p).map(pairNeeds);
      needs.push(Math.max(...same.map((n) => n[0])), Math.max(...same.map((n) => n[1])));
    }
    const cols = allot(model.columnWidths, needs, start, stop);
    if (cols) {
      placed = all.map((_, k) => ({
        row: Math.floor(k / perRow),
        label: cols[2 * (k % perRow)],
        value: cols[2 * (k % perRow) + 1],
      }));
      break;
    }
  }
  // … else as many pairs on a row as its columns hold (a narrow first page: three rows or four).
  if (!placed) {
    placed = [];
    let row = 0;
    let c = start;
    for (const f of all) {
      let cols = allot(model.columnWidths, pairNeeds(f), c, stop);
      if (!cols && c > start) {
        row++;
        c = start;
        cols = allot(model.columnWidths, pairNeeds(f), c, stop);
      }
      // Not even a pair fits (no template is that narrow): label and value share what there is.
      cols ??= [
        [c, 1],
        [c + 1, Math.max(1, stop - c - 1)],
      ];
      placed.push({ row, label: cols[0], value: cols[1] });
      c = cols[1][0] + cols[1][1];
    }
  }
  const o = model.origin;
  const first = model.cells.length + 1;
  const put = (r: number, [c, n]: [number, number], cell: Cell) => {
    while (model.cells.length <= r) model.cells.push(Array<Cell | null>(width).fill(null));
    for (let k = 0; k < n; k++) model.cells[r][c + k] = k === 0 ? cell : { ...cell, value: null };
    if (n > 1) model.merges.push({ row: o.row + r, col: o.col + c, rows: 1, cols: n });
  };
  all.forEach((f, k) => {
    const { row, label, value } = placed[k];
    const r = first + row;
    put(r, label, { value: f.label, style: "label" });
    put(r, value, f.value);
    if (f.key === "date") {
      const prompt = lang === "zh" ? "填写填报日期,如 2024-07-05" : "Date of filling in, e.g. 2024-07-05";
      model.validations.push({
        range: { row: o.row + r, col: o.col + value[0], rows: 1, cols: value[1] },
        rule: dateValidation(lang, prompt),
      });
    }
  });
}
