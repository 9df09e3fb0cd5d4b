/**
 * Indicator tables as they arrive in plan text (专栏: 主要指标), one row per line with cells
 * separated by tabs, "|" or runs of spaces:
 *
 *   指标                                 2020年   2025年   属性
 *   每万人口高价值发明专利拥有量(件)       4.2      8        预期性
 *
 * The last year's column is the target, a column at or before the plan's base year a past figure.
 */
import { isDigit, tidy } from "./numerals";

export interface TableHeader {
  years: number[];
}

export interface TableCellValue {
  year: number;
  value: number;
  /** [25] in brackets: a figure cumulated over the period. */
  cumulative: boolean;
}

export interface TableRow {
  name: string;
  unit: string;
  values: TableCellValue[];
}

const SEP = /\t+|\s*[|│]\s*|\s{2,}/;

export function cells(line: string): string[] {
  return line
    .split(SEP)
    .map((c) => c.trim())
    .filter((c) => c !== "");
}

const YEAR_CELL =
  /^(\d{4})\s*年?(?:底|末)?\s*(?:[((]?(?:基期|基数|现状|目标|目标值|预期|实际)[))]?)?(?:值)?$/;

/** A header row: at least two year columns (2020年 2025年). */
export function readHeader(line: string): TableHeader | undefined {
  const years: number[] = [];
  for (const c of cells(line)) {
    const m = YEAR_CELL.exec(c);
    if (m) years.push(Number(m[1]));
  }
  return years.length >= 2 ? { years } : undefined;
}

const MISSING = /^(?:—+|-+|–|\/|无|空)$/;
const NUMBER_CELL = /^([\[〔【]?)(-?\d+(?:\.\d+)?)([\]〕】]?)\s*(%?)$/;

const UNIT_IN_NAME = /[((]\s*(万|亿)?\s*([^()()]{1,8})\s*[))]$/;

function unitOf(unitRaw: string, magnitude: string | undefined): { unit: string; factor: number } {
  const mag = magnitude === "万" ? 1e4 : magnitude === "亿" ? 1e8 : 1;
  if (unitRaw === "%") return { unit: "%", factor: 0.01 };
  if (unitRaw === "元") return { unit: "元", factor: mag };
  if (unitRaw === "万元") return { unit: "元", factor: 1e4 };
  if (unitRaw === "亿元") return { unit: "元", factor: 1e8 };
  return { unit: unitRaw, factor: mag };
}

/** A data row under a header; undefined when the line is not one. */
export function readRow(line: string, header: TableHeader): TableRow | undefined {
  const cs = cells(line);
  const firstNumber = cs.findIndex((c) => NUMBER_CELL.test(c) || MISSING.test(c));
  if (firstNumber < 1) return undefined;
  let name = cs[firstNumber - 1].replace(/^\d{1,2}[.、]?\s*/, "");
  if (!/[\u4e00-\u9fff]/.test(name)) return undefined;
  const numeric = cs.slice(firstNumber).filter((c) => NUMBER_CELL.test(c) || MISSING.test(c));
  if (numeric.length < 1 || numeric.length > header.years.length) return undefined;
  let unit = "";
  let factor = 1;
  const um = UNIT_IN_NAME.exec(name);
  if (um) {
    ({ unit, factor } = unitOf(um[2].trim(), um[1]));
    name = name.slice(0, um.index).trim();
  }
  const values: TableCellValue[] = [];
  // Numbers fill the year columns from the right: a missing base may be left out.
  const offset = header.years.length - numeric.length;
  numeric.forEach((c, k) => {
    const m = NUMBER_CELL.exec(c);
    if (!m) return;
    const percent = m[4] === "%";
    const v = Number(m[2]) * (percent ? 0.01 : factor);
    values.push({ year: header.years[offset + k], value: tidy(v), cumulative: m[1] !== "" });
    if (percent && unit === "") unit = "%";
  });
  if (values.length === 0) return undefined;
  return { name, unit, values };
}

/** Whether a line could be a table row at all (cheap check before splitting). */
export function mayBeRow(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (isDigit(line[i])) return /\t|\s{2,}|[|│]/.test(line);
  return false;
}
