/**
 * Cell formats between exceljs styles and Univer's IStyleData: font (name, size, bold, italic,
 * underline, strike, colour), solid fill, borders, alignment and wrap, number format. Univer's
 * enums are written as numbers here so this module needs only @univerjs/core's types.
 */
import type ExcelJS from "exceljs";
import type { IBorderData, IStyleData } from "@univerjs/core";
import { argbFromHex, hexFromXlsx, type XlsxColor } from "./colors";

// BorderStyleTypes of @univerjs/core, by exceljs's (OOXML's) border style names.
const BORDER_TO_UNIVER: Record<string, number> = {
  thin: 1,
  hair: 2,
  dotted: 3,
  dashed: 4,
  dashDot: 5,
  dashDotDot: 6,
  double: 7,
  medium: 8,
  mediumDashed: 9,
  mediumDashDot: 10,
  mediumDashDotDot: 11,
  slantDashDot: 12,
  thick: 13,
};
const BORDER_FROM_UNIVER = Object.fromEntries(Object.entries(BORDER_TO_UNIVER).map(([k, v]) => [v, k]));

// HorizontalAlign: 1 left, 2 center, 3 right, 4 justified, 6 distributed.
const H_TO_UNIVER: Record<string, number> = { left: 1, center: 2, right: 3, justify: 4, distributed: 6 };
const H_FROM_UNIVER: Record<number, ExcelJS.Alignment["horizontal"]> = {
  1: "left",
  2: "center",
  3: "right",
  4: "justify",
  5: "justify",
  6: "distributed",
};
// VerticalAlign: 1 top, 2 middle, 3 bottom.
const V_TO_UNIVER: Record<string, number> = { top: 1, middle: 2, bottom: 3, justify: 2, distributed: 2 };
const V_FROM_UNIVER: Record<number, ExcelJS.Alignment["vertical"]> = { 1: "top", 2: "middle", 3: "bottom" };
/** WrapStrategy.WRAP */
const WRAP = 3;

/** What a style could not carry, reported once per workbook. */
export type StyleLoss = "gradient" | "pattern" | "rotation";

export function univerStyle(s: Partial<ExcelJS.Style>, losses: Set<StyleLoss>): IStyleData | undefined {
  const out: IStyleData = {};
  const f = s.font;
  if (f) {
    if (f.name) out.ff = f.name;
    if (typeof f.size === "number") out.fs = f.size;
    if (f.bold) out.bl = 1;
    if (f.italic) out.it = 1;
    if (f.underline) out.ul = { s: 1 };
    if (f.strike) out.st = { s: 1 };
    const cl = hexFromXlsx(f.color as XlsxColor | undefined);
    if (cl) out.cl = { rgb: cl };
  }
  const fill = s.fill;
  if (fill?.type === "pattern" && fill.pattern && fill.pattern !== "none") {
    const bg = hexFromXlsx(fill.fgColor as XlsxColor | undefined) ?? hexFromXlsx(fill.bgColor as XlsxColor);
    if (bg) out.bg = { rgb: bg };
    if (fill.pattern !== "solid") losses.add("pattern");
  } else if (fill?.type === "gradient") {
    const stop = fill.stops?.[0];
    const bg = hexFromXlsx(stop?.color as XlsxColor | undefined);
    if (bg) out.bg = { rgb: bg };
    losses.add("gradient");
  }
  const b = s.border;
  if (b) {
    const bd: IBorderData = {};
    for (const [side, key] of [
      ["top", "t"],
      ["bottom", "b"],
      ["left", "l"],
      ["right", "r"],
    ] as const) {
      const e = b[side];
      const st = e?.style ? BORDER_TO_UNIVER[e.style] : undefined;
      if (st) bd[key] = { s: st, cl: { rgb: hexFromXlsx(e?.color as XlsxColor | undefined) ?? "#000000" } };
    }
    if (Object.keys(bd).length > 0) out.bd = bd;
  }
  const a = s.alignment;
  if (a) {
    if (a.horizontal && H_TO_UNIVER[a.horizontal]) out.ht = H_TO_UNIVER[a.horizontal];
    if (a.vertical && V_TO_UNIVER[a.vertical]) out.vt = V_TO_UNIVER[a.vertical];
    if (a.wrapText) out.tb = WRAP;
    if (typeof a.textRotation === "number" && a.textRotation !== 0) {
      // 1…90 counter-clockwise, 91…180 clockwise (−1…−90) in OOXML.
      out.tr = { a: a.textRotation > 90 ? 90 - a.textRotation : a.textRotation, v: 0 };
    } else if (a.textRotation === "vertical") {
      out.tr = { a: 0, v: 1 };
    }
  }
  if (s.numFmt && s.numFmt !== "General") out.n = { pattern: s.numFmt };
  return Object.keys(out).length > 0 ? out : undefined;
}

export function xlsxStyle(u: IStyleData): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (u.ff) font.name = u.ff;
  if (typeof u.fs === "number") font.size = u.fs;
  if (u.bl === 1) font.bold = true;
  if (u.it === 1) font.italic = true;
  if (u.ul?.s === 1) font.underline = true;
  if (u.st?.s === 1) font.strike = true;
  const cl = argbFromHex(u.cl?.rgb);
  if (cl) font.color = { argb: cl };
  if (Object.keys(font).length > 0) out.font = font;
  const bg = argbFromHex(u.bg?.rgb);
  if (bg) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: bg } };
  if (u.bd) {
    const border: Partial<ExcelJS.Borders> = {};
    for (const [key, side] of [
      ["t", "top"],
      ["b", "bottom"],
      ["l", "left"],
      ["r", "right"],
    ] as const) {
      const e = u.bd[key];
      const style = e ? (BORDER_FROM_UNIVER[e.s] as ExcelJS.BorderStyle | undefined) : undefined;
      if (e && style) border[side] = { style, color: { argb: argbFromHex(e.cl?.rgb) ?? "FF000000" } };
    }
    if (Object.keys(border).length > 0) out.border = border;
  }
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (u.ht && H_FROM_UNIVER[u.ht]) alignment.horizontal = H_FROM_UNIVER[u.ht];
  if (u.vt && V_FROM_UNIVER[u.vt]) alignment.vertical = V_FROM_UNIVER[u.vt];
  if (u.tb === WRAP) alignment.wrapText = true;
  if (u.tr) {
    if (u.tr.v === 1) alignment.textRotation = "vertical";
    else if (u.tr.a) alignment.textRotation = u.tr.a < 0 ? 90 - u.tr.a : u.tr.a;
  }
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  if (u.n?.pattern) out.numFmt = u.n.pattern;
  return out;
}
