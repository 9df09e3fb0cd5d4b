/**
 * "Prepare for sharing" on an .xlsx file (CLI and tests): snapshot the formulas with exceljs,
 * let planShare decide, write back only the changed cells and return the new file. The input
 * buffer is never modified. A rewritten cell keeps its previous cached result (the native
 * formula computes the same number), so viewers that do not recalculate still show it.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue } from "../model/types";
import { classifyBytes, damagedFile, loadXlsx, WorkbookLoadError } from "./loadXlsx";
import { sharePackage } from "./xlsxPatch";
import { readColumnBreaks, UnsupportedPackage } from "./xlsxPackage";
import { setColumnBreaks, xlsxBytes } from "../writers/xlsx";
import {
  planShare,
  type BookSnapshot,
  type SheetSnapshot,
  type SnapshotCell,
  type ShareReport,
} from "./planShare";

type Raw = ExcelJS.CellValue;

interface FormulaLike {
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
  shareType?: string;
  ref?: string;
}

function isFormulaValue(v: Raw): v is Raw & FormulaLike {
  return typeof v === "object" && v !== null && ("formula" in v || "sharedFormula" in v);
}

/** The exceljs value of a cached result, as a plain CellValue (errors as their text). */
function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object") {
    const o = v as { error?: string; richText?: { text: string }[]; text?: string };
    if (o.error) return o.error;
    if (o.richText) return o.richText.map((t) => t.text).join("");
    if (typeof o.text === "string") return o.text;
  }
  return null;
}

function snapshotSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const formulas: SnapshotCell[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      if (!isFormulaValue(v)) return;
      const formula = cell.formula;
      if (!formula) return;
      const sc: SnapshotCell = {
        row: Number(cell.row) - 1,
        col: Number(cell.col) - 1,
        formula,
        value: plain(v.result),
      };
      if (v.shareType === "array" && v.ref) {
        const [a, b] = v.ref.split(":");
        const ca = ws.getCell(a);
        const cb = ws.getCell(b ?? a);
        sc.spill = { rows: Number(cb.row) - Number(ca.row) + 1, cols: Number(cb.col) - Number(ca.col) + 1 };
      }
      formulas.push(sc);
    });
  });
  return {
    name: ws.name,
    formulas,
    cellAt(row, col) {
      const r = ws.findRow(row + 1);
      const cell = r?.findCell(col + 1);
      if (!cell || cell.value === null || cell.value === undefined) return undefined;
      const v = cell.value;
      if (isFormulaValue(v)) return { row, col, formula: cell.formula, value: plain(v.result) };
      return { row, col, value: plain(v) };
    },
  };
}

function definedNames(wb: ExcelJS.Workbook): Record<string, string> {
  const out: Record<string, string> = {};
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const n of model ?? []) out[n.name] = n.ranges.join(",");
  return out;
}

export function snapshotWorkbook(wb: ExcelJS.Workbook): BookSnapshot {
  return { sheets: wb.worksheets.map(snapshotSheet), names: definedNames(wb) };
}

/** Applies a share report's changes to an exceljs workbook in place. */
export function applyShare(wb: ExcelJS.Workbook, report: ShareReport): void {
  const bySheet = new Map<string, ShareReport["changes"]>();
  for (const c of report.changes) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  for (const [name, changes] of bySheet) {
    const ws = wb.getWorksheet(name)!;
    const changed = new Set(changes.map((c) => c.address));
    // A shared formula's followers derive their text from the master: before a master changes,
    // give every unchanged follower its own explicit formula.
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        if (
          isFormulaValue(v) &&
          v.sharedFormula &&
          changed.has(v.sharedFormula) &&
          !changed.has(cell.address)
        ) {
          cell.value = { formula: cell.formula, result: v.result } as ExcelJS.CellFormulaValue;
        }
      });
    });
    // Read every raw cached result before writing anything (followers read their master).
    const raws = changes.map((c) => {
      const v = ws.getCell(c.address).value;
      return isFormulaValue(v) ? v.result : v;
    });
    changes.forEach((c, i) => {
      const cell = ws.getCell(c.address);
      const raw = raws[i];
      if (c.kind === "value") {
        cell.value = (raw ?? null) as Raw;
      } else {
        const result = raw === null || raw === undefined ? undefined : raw;
        cell.value = { formula: c.formula!, result } as ExcelJS.CellFormulaValue;
      }
    });
  }
  if (report.changes.some((c) => c.kind !== "value")) {
    // Excel and LibreOffice then recompute the rewritten cells on opening.
    wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  }
}

export interface ShareFileResult {
  output: Uint8Array;
  report: ShareReport;
  /** "package": only the changed cells' XML was rewritten (the normal case); "exceljs": the
   * workbook was loaded and saved by exceljs, for packages the patcher does not handle. */
  method: "package" | "exceljs";
}

/** The exceljs route: load, apply, save. Loses what exceljs does not model (sheet-scoped
 * names, charts …), so it is only the fallback; column page breaks, which exceljs drops, are
 * read from the input and written back. */
export async function shareWithExceljs(input: Uint8Array): Promise<ShareFileResult> {
  const wb = await loadXlsx(input);
  const report = planShare(snapshotWorkbook(wb));
  if (report.changes.length === 0) return { output: input.slice(), report, method: "exceljs" };
  applyShare(wb, report);
  const zip = await JSZip.loadAsync(input);
  const breaks = await readColumnBreaks(zip, (await zip.file("xl/workbook.xml")?.async("string")) ?? "");
  // wb.worksheets is in workbook order, as the breaks are.
  wb.worksheets.forEach((ws, i) => setColumnBreaks(wb, ws.id, breaks[i] ?? []));
  const output = await xlsxBytes(wb);
  return { output, report, method: "exceljs" };
}

/** Prepares a workbook file for sharing. Throws WorkbookLoadError for unreadable input. */
export async function shareXlsx(input: ArrayBuffer | Uint8Array): Promise<ShareFileResult> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const problem = classifyBytes(bytes);
  if (problem) throw problem;
  try {
    return { ...(await sharePackage(bytes)), method: "package" };
  } catch (e) {
    if (e instanceof UnsupportedPackage) return shareWithExceljs(bytes);
    if (e instanceof WorkbookLoadError) throw e;
    throw damagedFile(e);
  }
}
