/**
 * Data validation and conditional formats between exceljs and the JSON that Univer's
 * sheets-data-validation and sheets-conditional-formatting plugins keep under the snapshot's
 * `resources` (shapes as Univer 0.25.1 saves them, checked against the engine in the tests).
 */
import type ExcelJS from "exceljs";
import { argbFromHex, hexFromXlsx, type XlsxColor } from "./colors";
import { formulaFromFile, formulaToFile } from "./formulas";

export interface UniverRange {
  startRow: number;
  startColumn: number;
  endRow: number;
  endColumn: number;
}

export interface UniverValidation {
  uid: string;
  ranges: UniverRange[];
  type: string;
  operator?: string;
  formula1?: string;
  formula2?: string;
  allowBlank?: boolean;
  showDropDown?: boolean;
  showInputMessage?: boolean;
  prompt?: string;
  promptTitle?: string;
  showErrorMessage?: boolean;
  error?: string;
  errorTitle?: string;
  /** 0 information, 1 stop, 2 warning */
  errorStyle?: number;
}

export interface UniverHighlightStyle {
  bg?: { rgb: string };
  cl?: { rgb: string };
  bl?: number;
  it?: number;
}

export interface UniverConditionalFormat {
  cfId: string;
  ranges: UniverRange[];
  stopIfTrue: boolean;
  rule: {
    type: string; // "highlightCell" is the kind carried
    subType?: string; // "text" | "number" | "formula"
    operator?: string;
    value?: unknown;
    style?: UniverHighlightStyle;
  };
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
export const serialFromDate = (d: Date): number => (d.getTime() - SERIAL_EPOCH) / 86400000;
export const dateFromSerial = (serial: number): Date =>
  new Date(SERIAL_EPOCH + Math.round(serial * 86400000));

const ERROR_STYLE: Record<string, number> = { information: 0, stop: 1, warning: 2 };
const ERROR_STYLE_NAME = ["information", "stop", "warning"] as const;

function formulaText(f: unknown, type: string): string | undefined {
  if (f === undefined || f === null) return undefined;
  if (f instanceof Date) return Number.isNaN(f.getTime()) ? undefined : String(serialFromDate(f));
  if (typeof f === "number") return Number.isFinite(f) ? String(f) : undefined;
  const s = String(f);
  if (type !== "list" && /^-?\d+(\.\d+)?(E[+-]?\d+)?$/i.test(s)) return s;
  return formulaFromFile(s);
}

/** Univer's rule for an exceljs validation; undefined when the kind is not carried. */
export function univerValidation(
  dv: ExcelJS.DataValidation,
  uid: string,
  ranges: UniverRange[],
): UniverValidation | undefined {
  const common = {
    uid,
    ranges,
    allowBlank: dv.allowBlank ?? false,
    showInputMessage: dv.showInputMessage ?? false,
    prompt: dv.prompt,
    promptTitle: dv.promptTitle,
    showErrorMessage: dv.showErrorMessage ?? false,
    error: dv.error,
    errorTitle: dv.errorTitle,
    errorStyle: ERROR_STYLE[dv.errorStyle ?? "stop"] ?? 1,
  };
  const [f1, f2] = (dv.formulae ?? []) as unknown[];
  if (dv.type === "list") {
    const src = String(f1 ?? "");
    if (/^".*"$/s.test(src)) {
      const items = src.slice(1, -1).replace(/""/g, '"').split(",");
      return { ...common, type: "list", showDropDown: true, formula1: JSON.stringify(items) };
    }
    return { ...common, type: "list", showDropDown: true, formula1: formulaFromFile(src) };
  }
  if (dv.type === "whole" || dv.type === "decimal" || dv.type === "date" || dv.type === "textLength") {
    const formula1 = formulaText(f1, dv.type);
    if (formula1 === undefined) return undefined;
    const operator = dv.operator ?? "between";
    const two = operator === "between" || operator === "notBetween";
    const formula2 = two ? formulaText(f2, dv.type) : undefined;
    if (two && formula2 === undefined) return undefined;
    return { ...common, type: dv.type, operator, formula1, formula2 };
  }
  if (dv.type === "custom") {
    const formula1 = formulaText(f1, "custom");
    return formula1 === undefined ? undefined : { ...common, type: "custom", formula1 };
  }
  return undefined;
}

function fileFormula(f: string | undefined): string | number | undefined {
  if (f === undefined) return undefined;
  if (/^-?\d+(\.\d+)?(E[+-]?\d+)?$/i.test(f.trim())) return Number(f);
  return formulaToFile(f.startsWith("=") ? f : "=" + f).text;
}

/** The exceljs validation for a Univer rule; undefined when it cannot be written. */
export function xlsxValidation(v: UniverValidation): ExcelJS.DataValidation | undefined {
  const common = {
    allowBlank: v.allowBlank ?? false,
    showInputMessage: v.showInputMessage ?? false,
    prompt: v.prompt,
    promptTitle: v.promptTitle,
    showErrorMessage: v.showErrorMessage ?? false,
    error: v.error,
    errorTitle: v.errorTitle,
    errorStyle: ERROR_STYLE_NAME[v.errorStyle ?? 1] ?? "stop",
  };
  if (v.type === "list" || v.type === "listMultiple") {
    const f = v.formula1 ?? "";
    if (f.startsWith("=")) return { ...common, type: "list", formulae: [formulaToFile(f).text] };
    let items: string[];
    try {
      const parsed: unknown = JSON.parse(f);
      items = Array.isArray(parsed) ? parsed.map(String) : f.split(",");
    } catch {
      items = f.split(",");
    }
    // A file's inline list is one comma-separated string of at most 255 characters.
    const joined = items.join(",");
    if (items.some((i) => i.includes(",")) || joined.length > 255) return undefined;
    return { ...common, type: "list", formulae: [`"${joined.replace(/"/g, '""')}"`] };
  }
  if (v.type === "whole" || v.type === "decimal" || v.type === "date" || v.type === "textLength") {
    const f1 = fileFormula(v.formula1);
    if (f1 === undefined) return undefined;
    const operator = (v.operator ?? "between") as ExcelJS.DataValidationOperator;
    const two = operator === "between" || operator === "notBetween";
    const f2 = two ? fileFormula(v.formula2) : undefined;
    if (two && f2 === undefined) return undefined;
    let formulae: unknown[] = two ? [f1, f2] : [f1];
    if (v.type === "date") {
      // exceljs writes a date rule's bounds as dateToExcel(new Date(x)): it needs Dates (a serial
      // would be read as milliseconds since 1970), so formula bounds cannot be written.
      if (formulae.some((f) => typeof f !== "number")) return undefined;
      formulae = formulae.map((f) => dateFromSerial(f as number));
    }
    return { ...common, type: v.type, operator, formulae } as ExcelJS.DataValidation;
  }
  if (v.type === "custom") {
    const f1 = fileFormula(v.formula1);
    return f1 === undefined
      ? undefined
      : ({ ...common, type: "custom", formulae: [f1] } as ExcelJS.DataValidation);
  }
  return undefined;
}

const NUMBER_OPS = new Set([
  "between",
  "notBetween",
  "equal",
  "notEqual",
  "greaterThan",
  "greaterThanOrEqual",
  "lessThan",
  "lessThanOrEqual",
]);

function highlightStyle(style: Partial<ExcelJS.Style> | undefined): UniverHighlightStyle {
  const out: UniverHighlightStyle = {};
  const fill = style?.fill;
  if (fill?.type === "pattern") {
    const bg = hexFromXlsx((fill.bgColor ?? fill.fgColor) as XlsxColor | undefined);
    if (bg) out.bg = { rgb: bg };
  }
  const cl = hexFromXlsx(style?.font?.color as XlsxColor | undefined);
  if (cl) out.cl = { rgb: cl };
  if (style?.font?.bold) out.bl = 1;
  if (style?.font?.italic) out.it = 1;
  return out;
}

/** Univer's rule for an exceljs rule; undefined when the kind is not carried. */
export function univerConditionalFormat(
  rule: ExcelJS.ConditionalFormattingRule,
  cfId: string,
  ranges: UniverRange[],
): UniverConditionalFormat | undefined {
  const r = rule as Omit<ExcelJS.ConditionalFormattingRule, "operator"> & {
    operator?: string;
    formulae?: unknown[];
    style?: Partial<ExcelJS.Style>;
    stopIfTrue?: boolean;
  };
  const style = highlightStyle(r.style);
  const stopIfTrue = r.stopIfTrue === true;
  if (r.type === "cellIs" && r.operator && NUMBER_OPS.has(r.operator)) {
    const f = (r.formulae ?? []).map((x) => String(x));
    const text = /^"(.*)"$/s.exec(f[0] ?? "");
    if (text && (r.operator === "equal" || r.operator === "notEqual")) {
      const value = text[1].replace(/""/g, '"');
      return {
        cfId,
        ranges,
        stopIfTrue,
        rule: { type: "highlightCell", subType: "text", operator: r.operator, value, style },
      };
    }
    const nums = f.map(Number);
    if (f.length === 0 || nums.some((n) => !Number.isFinite(n))) return undefined;
    const two = r.operator === "between" || r.operator === "notBetween";
    if (two && nums.length < 2) return undefined;
    return {
      cfId,
      ranges,
      stopIfTrue,
      rule: {
        type: "highlightCell",
        subType: "number",
        operator: r.operator,
        value: two ? nums.slice(0, 2) : nums[0],
        style,
      },
    };
  }
  if (r.type === "expression" && r.formulae?.[0] !== undefined) {
    const value = formulaFromFile(String(r.formulae[0]));
    return { cfId, ranges, stopIfTrue, rule: { type: "highlightCell", subType: "formula", value, style } };
  }
  return undefined;
}

function dxf(style: UniverHighlightStyle | undefined): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const bg = argbFromHex(style?.bg?.rgb);
  if (bg) out.fill = { type: "pattern", pattern: "solid", bgColor: { argb: bg } };
  const font: Partial<ExcelJS.Font> = {};
  const cl = argbFromHex(style?.cl?.rgb);
  if (cl) font.color = { argb: cl };
  if (style?.bl === 1) font.bold = true;
  if (style?.it === 1) font.italic = true;
  if (Object.keys(font).length > 0) out.font = font;
  return out;
}

/** The exceljs rule for a Univer rule; undefined when it cannot be written. */
export function xlsxConditionalRule(
  cf: UniverConditionalFormat,
  priority: number,
): ExcelJS.ConditionalFormattingRule | undefined {
  const { rule } = cf;
  if (rule.type !== "highlightCell") return undefined;
  const style = dxf(rule.style);
  const base = { priority, style, ...(cf.stopIfTrue ? { stopIfTrue: true } : {}) };
  if (rule.subType === "text" && (rule.operator === "equal" || rule.operator === "notEqual")) {
    const text = String(rule.value ?? "").replace(/"/g, '""');
    return {
      ...base,
      type: "cellIs",
      operator: rule.operator,
      formulae: [`"${text}"`],
    } as ExcelJS.ConditionalFormattingRule;
  }
  if (rule.subType === "number" && rule.operator && NUMBER_OPS.has(rule.operator)) {
    const values = Array.isArray(rule.value) ? rule.value : [rule.value];
    if (values.some((x) => typeof x !== "number")) return undefined;
    return {
      ...base,
      type: "cellIs",
      operator: rule.operator,
      formulae: values.map(String),
    } as ExcelJS.ConditionalFormattingRule;
  }
  if (rule.subType === "formula" && typeof rule.value === "string") {
    return {
      ...base,
      type: "expression",
      formulae: [formulaToFile(rule.value).text],
    } as ExcelJS.ConditionalFormattingRule;
  }
  return undefined;
}
