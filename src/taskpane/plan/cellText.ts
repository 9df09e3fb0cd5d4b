/**
 * How a preview shows a constant cell under its Excel number format: enough of the format
 * language for the templates' own formats (percentages, decimals, thousands, quoted units,
 * dates), so the preview reads like the sheet.
 */
import { isoFromSerial } from "../../core/excelDate";
import type { CellValue } from "../../model/types";

function decimalsOf(pattern: string): number {
  const m = /\.(0+)/.exec(pattern);
  return m ? m[1].length : 0;
}

export function formatCellValue(value: CellValue | undefined, numFmt?: string): string {
  if (value === null || value === undefined) return "";
  // Empty sections (";;;", the stamp's HIDDEN_FORMAT) show nothing, text included, as in Excel.
  if (numFmt !== undefined && numFmt.includes(";") && numFmt.split(";").every((x) => x.trim() === ""))
    return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!numFmt || numFmt === "General" || numFmt === "@") return String(Number(value.toPrecision(12)));
  const section = numFmt.split(";")[0];
  if (/y{2,4}|m{1,2}-d|d{1,2}/i.test(section) && !/"[^"]*[yd][^"]*"/.test(section)) {
    return isoFromSerial(value);
  }
  const quoted = [...section.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join("");
  const pattern = section.replace(/"[^"]*"/g, "");
  const percent = pattern.includes("%");
  const n = percent ? value * 100 : value;
  const decimals = decimalsOf(pattern);
  let s = n.toFixed(decimals);
  if (pattern.includes(",")) {
    const [int, frac] = s.split(".");
    s = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
  }
  return `${s}${percent ? "%" : ""}${quoted}`;
}
