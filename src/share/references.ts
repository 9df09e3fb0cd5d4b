/**
 * A1-style references: parsing the text of a reference token into sheet, rows and columns,
 * and formatting addresses. Used to decide whether an argument is one cell or a range and
 * to read the cell a SERIES periods argument points at. Column letters come from src/model/a1.
 */
import { a1, colIndex } from "../model/a1";

export interface CellRef {
  row: number; // 0-based
  col: number; // 0-based
}

export interface AreaRef {
  /** Sheet name, unquoted and unescaped; undefined when the reference is on the formula's sheet. */
  sheet?: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** Whole columns (A:A) or whole rows (1:1). */
  whole?: "cols" | "rows";
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d+):\$?(\d+)$/;

export function address(row: number, col: number): string {
  return a1(row, col);
}

export function parseCell(text: string): CellRef | undefined {
  const m = CELL.exec(text);
  if (!m) return undefined;
  const col = colIndex(m[1]);
  const row = Number(m[2]) - 1;
  if (col > 16383 || row < 0 || row > 1048575) return undefined;
  return { row, col };
}

/** Splits "Sheet1!A1", "'My Sheet'!A1:B2" into sheet and local part. */
export function splitSheet(text: string): { sheet?: string; local: string } {
  if (text.startsWith("'")) {
    const close = text.lastIndexOf("'!");
    if (close > 0) return { sheet: text.slice(1, close).replace(/''/g, "'"), local: text.slice(close + 2) };
  }
  const bang = text.lastIndexOf("!");
  if (bang > 0) return { sheet: text.slice(0, bang), local: text.slice(bang + 1) };
  return { local: text };
}

/** Parses a reference token's text; undefined for names, structured references and the like. */
export function parseArea(text: string): AreaRef | undefined {
  const { sheet, local } = splitSheet(text);
  const parts = local.split(":");
  if (parts.length === 1) {
    const c = parseCell(local);
    return c && { sheet, top: c.row, left: c.col, bottom: c.row, right: c.col };
  }
  if (parts.length !== 2) return undefined;
  const a = parseCell(parts[0]);
  const b = parseCell(parts[1]);
  if (a && b) {
    return {
      sheet,
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    };
  }
  const cols = COLS.exec(local);
  if (cols) {
    const [l, r] = [colIndex(cols[1]), colIndex(cols[2])];
    return { sheet, top: 0, bottom: 1048575, left: Math.min(l, r), right: Math.max(l, r), whole: "cols" };
  }
  const rows = ROWS.exec(local);
  if (rows) {
    const [t, b2] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    return { sheet, left: 0, right: 16383, top: Math.min(t, b2), bottom: Math.max(t, b2), whole: "rows" };
  }
  return undefined;
}

/** Quotes a sheet name for use in a formula when it needs quotes. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(name) && !parseCell(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}
