/**
 * Moves a formula's relative references by (rows, cols), as Excel does when a formula is
 * filled: files store a filled-down block once (a shared formula) and each follower's text is
 * the master's, shifted. Absolute parts ($A$1) stay; names, strings and functions stay.
 */
import { tokenize } from "./formulaLexer";
import { colIndex, colName } from "../model/a1";

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;
const COL = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d+)$/;

function shiftPart(part: string, dr: number, dc: number, kind: "cell" | "col" | "row"): string | undefined {
  if (kind === "cell") {
    const m = CELL.exec(part);
    if (!m) return undefined;
    const col = m[1] ? colIndex(m[2]) : colIndex(m[2]) + dc;
    const row = m[3] ? Number(m[4]) : Number(m[4]) + dr;
    if (col < 0 || row < 1) return "#REF!";
    return `${m[1]}${colName(col)}${m[3]}${row}`;
  }
  if (kind === "col") {
    const m = COL.exec(part);
    if (!m) return undefined;
    return `${m[1]}${colName(m[1] ? colIndex(m[2]) : colIndex(m[2]) + dc)}`;
  }
  const m = ROW.exec(part);
  if (!m) return undefined;
  return `${m[1]}${m[1] ? Number(m[2]) : Number(m[2]) + dr}`;
}

function shiftRef(text: string, dr: number, dc: number): string {
  // Keep any sheet prefix ("Sheet1!", "'My Sheet'!") as it is.
  const bang = text.lastIndexOf("!");
  const prefix = bang >= 0 ? text.slice(0, bang + 1) : "";
  const local = bang >= 0 ? text.slice(bang + 1) : text;
  if (local.includes("[")) return text;
  const parts = local.split(":");
  for (const kind of ["cell", "col", "row"] as const) {
    if (kind !== "cell" && parts.length !== 2) continue; // "A:A" and "1:3" only as ranges
    const shifted = parts.map((p) => shiftPart(p, dr, dc, kind));
    if (shifted.every((s) => s !== undefined)) return prefix + shifted.join(":");
  }
  return text; // a defined name
}

export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  const lead = formula.startsWith("=") ? "=" : "";
  const body = lead ? formula.slice(1) : formula;
  return (
    lead +
    tokenize(body)
      .map((t) => (t.kind === "ref" ? shiftRef(t.text, dr, dc) : t.text))
      .join("")
  );
}
