/**
 * Host-independent "prepare for sharing": given a snapshot of a workbook's formulas, decides
 * which cells change and how. The .xlsx adapter (xlsxShare.ts) and the Office.js adapter
 * (officeShare.ts) take snapshots and apply the changes; neither decides anything.
 */
import type { CellValue } from "../model/types";
import type { Arg, PlanFunctionName } from "../core/native";
import { rewriteFormula, seriesCellFormula, type KeepReason, type RewriteContext } from "./rewriteFormula";
import { address, parseArea, parseCell, splitSheet } from "./references";
import { isNumberLiteral } from "../core/native";

export interface SnapshotCell {
  row: number; // 0-based
  col: number;
  /** Formula text with or without "="; undefined for constants. */
  formula?: string;
  /** The cell's current (cached) value; for a formula its last result, errors as "#N/A" etc. */
  value: CellValue;
  /** Recorded spill/array range of an anchor, when the host knows it. */
  spill?: { rows: number; cols: number };
}

export interface SheetSnapshot {
  name: string;
  /** Every formula cell. */
  formulas: SnapshotCell[];
  /** Any cell by position (constants too); undefined for an empty cell. */
  cellAt(row: number, col: number): SnapshotCell | undefined;
}

export interface BookSnapshot {
  sheets: SheetSnapshot[];
  /** Defined names (any case) → what they refer to, e.g. "Sheet1!$A$1:$A$3". */
  names?: Record<string, string>;
}

export type ChangeKind = "native" | "series" | "value";

export interface CellChange {
  sheet: string;
  row: number;
  col: number;
  /** A1 address on its sheet. */
  address: string;
  kind: ChangeKind;
  /** The formula before, without "=" ("" for a spilled cell that held a value). */
  before: string;
  /** New formula without "=", for native and series. */
  formula?: string;
  /** The value written instead of the formula, for kind "value". */
  value?: CellValue;
  /** The value the cell showed before (kept as the cached result of the new formula). */
  cached: CellValue;
  reason?: KeepReason;
  functions: PlanFunctionName[];
}

/** A formula left as it was (no cached value to keep). */
export interface Untouched {
  sheet: string;
  address: string;
  formula: string;
  reason: KeepReason;
}

/** A PLAN call outside the cells: in a defined name, a data validation or a conditional format. */
export interface RuleChange {
  place: "name" | "validation" | "conditional-format";
  /** The name, or the sheet the rule belongs to. */
  where: string;
  before: string;
  /** The native formula, when rewritten; absent when left as it was (see reason). */
  after?: string;
  reason?: KeepReason;
}

export interface ShareReport {
  changes: CellChange[];
  untouched: Untouched[];
  formulasScanned: number;
  /** Files only: formulas in defined names, validations and conditional formats. */
  rules?: RuleChange[];
}

function stripEq(f: string): string {
  return f.startsWith("=") ? f.slice(1) : f;
}

/** Tells the rewriter which defined names are ranges. */
export function nameResolver(names: Record<string, string> | undefined): RewriteContext {
  if (!names) return {};
  const lower = new Map(Object.entries(names).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    nameIsRange(name: string) {
      const ref = lower.get(name.toLowerCase());
      if (ref === undefined) return false;
      const parts = stripEq(ref).split(",");
      if (parts.length > 1) return true;
      const a = parseArea(parts[0].trim());
      return a !== undefined && (a.top !== a.bottom || a.left !== a.right);
    },
  };
}

/** The number an argument stands for: a number literal or a single cell holding a number. */
function numberOf(arg: Arg, book: BookSnapshot, sheet: SheetSnapshot): number | undefined {
  if (arg === undefined) return undefined;
  if (isNumberLiteral(arg)) {
    const n = Number(arg.replace(/%$/, ""));
    return arg.endsWith("%") ? n / 100 : n;
  }
  const { sheet: sheetName, local } = splitSheet(arg.replace(/^\(|\)$/g, ""));
  const c = parseCell(local);
  if (!c) return undefined;
  const target = sheetName === undefined ? sheet : book.sheets.find((s) => s.name === sheetName);
  const v = target?.cellAt(c.row, c.col)?.value;
  return typeof v === "number" ? v : undefined;
}

/** What PLAN.SERIES shows in spilled cell (r, k), when its arguments are plain numbers. */
function seriesValue(
  args: Arg[],
  r: number,
  k: number,
  book: BookSnapshot,
  sheet: SheetSnapshot,
): number | undefined {
  if (args[3] !== undefined && r === 0) {
    const y = numberOf(args[3], book, sheet);
    return y === undefined ? undefined : y + k - 1;
  }
  const b = numberOf(args[0], book, sheet);
  const rate = numberOf(args[1], book, sheet);
  return b === undefined || rate === undefined ? undefined : b * Math.pow(1 + rate, k);
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const SPILL_BLOCKED: KeepReason = {
  code: "range-argument",
  zh: "PLAN.SERIES 的溢出区域中有其他内容(公式或数据),不能覆盖,无法逐格改写",
  en: "the spill area of PLAN.SERIES holds other content (formulas or data) that must not be overwritten",
};
const SPILL_UNKNOWN: KeepReason = {
  code: "range-argument",
  zh: "无法确定 PLAN.SERIES 的期数(溢出大小)",
  en: "the number of periods (spill size) of PLAN.SERIES cannot be determined",
};
const NO_CACHED = {
  zh: "没有可保留的计算结果,原样保留",
  en: "no cached value to keep, left as it was",
};

/**
 * The per-cell formulas of a spilled PLAN.SERIES anchored at `cell`, or why it cannot have
 * them. Neighbours may only be overwritten where they hold this formula's own spilled values:
 * empty, inside the recorded spill range, or equal to the value it spills there.
 */
function planSeries(
  book: BookSnapshot,
  sheet: SheetSnapshot,
  cell: SnapshotCell,
  before: string,
  args: Arg[],
  rows: 1 | 2,
): CellChange[] | KeepReason {
  const periods = numberOf(args[2], book, sheet);
  const cols =
    periods !== undefined && Number.isInteger(periods) && periods >= 1 && periods <= 16384 - cell.col
      ? periods
      : cell.spill?.cols;
  if (cols === undefined) return SPILL_UNKNOWN;
  if (typeof cell.value === "string" && cell.value.startsWith("#SPILL")) return SPILL_BLOCKED;
  const isSpilled = (at: SnapshotCell, r: number, k: number): boolean => {
    if (at.value === null || at.value === "") return true;
    if (cell.spill && r < cell.spill.rows && k <= cell.spill.cols) return true;
    const expected = seriesValue(args, r, k, book, sheet);
    return expected !== undefined && typeof at.value === "number" && close(at.value, expected);
  };
  const cells: CellChange[] = [];
  for (let r = 0; r < rows; r++) {
    for (let k = 1; k <= cols; k++) {
      const row = cell.row + r;
      const col = cell.col + k - 1;
      const at = r === 0 && k === 1 ? cell : sheet.cellAt(row, col);
      if (at !== cell && at !== undefined && (at.formula || !isSpilled(at, r, k))) return SPILL_BLOCKED;
      cells.push({
        sheet: sheet.name,
        row,
        col,
        address: address(row, col),
        kind: "series",
        before: at === cell ? before : "",
        formula: seriesCellFormula(args, r as 0 | 1, k),
        cached: at?.value ?? null,
        functions: ["SERIES"],
      });
    }
  }
  return cells;
}

export function planShare(book: BookSnapshot): ShareReport {
  const ctx = nameResolver(book.names);
  const changes: CellChange[] = [];
  const untouched: Untouched[] = [];
  let scanned = 0;
  for (const sheet of book.sheets) {
    for (const cell of sheet.formulas) {
      if (!cell.formula) continue;
      scanned++;
      const before = stripEq(cell.formula);
      const base = {
        sheet: sheet.name,
        row: cell.row,
        col: cell.col,
        address: address(cell.row, cell.col),
        before,
      };
      const rw = rewriteFormula(before, ctx);
      if (rw.kind === "unchanged") continue;
      const keepValue = (reason: KeepReason) => {
        if (cell.value === null || cell.value === undefined) {
          untouched.push({
            sheet: sheet.name,
            address: base.address,
            formula: before,
            reason: {
              code: reason.code,
              zh: `${reason.zh};${NO_CACHED.zh}`,
              en: `${reason.en}; ${NO_CACHED.en}`,
            },
          });
        } else {
          changes.push({
            ...base,
            kind: "value",
            value: cell.value,
            cached: cell.value,
            reason,
            functions: [],
          });
        }
      };
      if (rw.kind === "keep") keepValue(rw.reason);
      else if (rw.kind === "native") {
        changes.push({
          ...base,
          kind: "native",
          formula: rw.formula,
          cached: cell.value,
          functions: rw.functions,
        });
      } else {
        const planned = planSeries(book, sheet, cell, before, rw.args, rw.rows);
        if (Array.isArray(planned)) changes.push(...planned);
        else keepValue(planned);
      }
    }
  }
  return { changes, untouched, formulasScanned: scanned };
}
