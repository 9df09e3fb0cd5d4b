/**
 * Univer workbook snapshot → .xlsx, for Excel, WPS and LibreOffice: full recalculation on load,
 * cached values where the snapshot has them, newer functions with their `_xlfn.` prefix, PLAN
 * functions in the add-in's stored form (with a warning), plus the parts exceljs cannot write
 * (scoped defined names, custom XML parts) patched into its package.
 */
import ExcelJS from "exceljs";
import type { ICellData, IStyleData, IWorkbookData, IWorksheetData } from "@univerjs/core";
import type { Bilingual } from "../../host/port";
import { shiftFormula } from "../../share/shiftFormula";
import { colName } from "../../model/a1";
import { setColumnBreaks, xlsxBytes } from "../../writers/xlsx";
import { xlsxStyle } from "./styles";
import { formulaToFile } from "./formulas";
import { Warnings } from "./messages";
import { writePackageExtras, type CustomXmlPart, type FileDefinedName } from "./package";
import { a1FromRange, rangeFromA1 } from "./ranges";
import {
  xlsxConditionalRule,
  xlsxValidation,
  type UniverConditionalFormat,
  type UniverRange,
  type UniverValidation,
} from "./rules";
import { pointsFromPixels, widthFromPixels } from "./units";
import { argbFromHex } from "./colors";
import type { SheetPrint } from "./toSnapshot";
import {
  CELL_UNLOCKED_KEY,
  CONDITIONAL_FORMAT_RESOURCE,
  CUSTOM_XML_PARTS_KEY,
  DATA_VALIDATION_RESOURCE,
  DEFINED_NAME_RESOURCE,
  SHEET_PRINT_KEY,
  SHEET_PROTECTION_KEY,
  WORKBOOK_SCOPE,
} from "./keys";

export interface XlsxExportResult {
  bytes: Uint8Array;
  warnings: Bilingual[];
}

const ERROR_CODE = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!)$/;
/** Functions whose result usually spills over several cells. */
const SPILLING =
  /(?:^|[^A-Za-z0-9_.])(?:SEQUENCE|FILTER|SORT|SORTBY|UNIQUE|RANDARRAY|TRANSPOSE|PLAN\.SERIES|TEXTSPLIT|VSTACK|HSTACK|TOCOL|TOROW|MMULT|FREQUENCY)\s*\(/i;

type Matrix<T> = Record<string, Record<string, T>>;

function resource<T>(snapshot: IWorkbookData, name: string): T | undefined {
  const r = snapshot.resources?.find((x) => x.name === name);
  if (!r?.data) return undefined;
  try {
    return JSON.parse(r.data) as T;
  } catch {
    return undefined;
  }
}

/** The text of a rich-text cell (Univer keeps it in a document body, lines ending in "\r"). */
function richText(p: ICellData["p"]): string | undefined {
  const stream = p?.body?.dataStream;
  if (typeof stream !== "string") return undefined;
  return stream
    .replace(/\r?\n$/, "")
    .replace(/\r\n?$/, "")
    .replace(/\r/g, "\n");
}

/** The cell's value for exceljs: a constant, or a formula result. */
function fileValue(cell: ICellData): ExcelJS.CellValue | undefined {
  const v = cell.v ?? (cell.p ? richText(cell.p) : undefined);
  if (v === null || v === undefined) return undefined;
  if (cell.t === 3) return v === true || v === 1 || v === "1" || v === "TRUE";
  if (cell.t === 2) {
    const n = typeof v === "number" ? v : Number(v);
    return Number.isFinite(n) ? n : String(v);
  }
  if (typeof v === "string" && ERROR_CODE.test(v)) return { error: v } as ExcelJS.CellErrorValue;
  if (cell.t === undefined && typeof v === "boolean") return v;
  return typeof v === "number" && cell.t !== 1 && cell.t !== 4 ? v : String(v);
}

class StyleCache {
  private readonly cache = new Map<string, Partial<ExcelJS.Style>>();
  constructor(private readonly styles: IWorkbookData["styles"]) {}

  get(s: ICellData["s"], unlocked: boolean): Partial<ExcelJS.Style> | undefined {
    if (!s && !unlocked) return undefined;
    const key = (typeof s === "string" ? s : s ? JSON.stringify(s) : "") + (unlocked ? "\u0000u" : "");
    let out = this.cache.get(key);
    if (!out) {
      const data = (typeof s === "string" ? this.styles[s] : s) as IStyleData | null | undefined;
      out = data ? xlsxStyle(data) : {};
      if (unlocked) out.protection = { locked: false };
      this.cache.set(key, out);
    }
    return out;
  }
}

function writeSheet(
  wb: ExcelJS.Workbook,
  sheet: Partial<IWorksheetData>,
  styles: StyleCache,
  validations: UniverValidation[],
  conditionalFormats: UniverConditionalFormat[],
  warnings: Warnings,
): void {
  const custom = (sheet.custom ?? {}) as Record<string, unknown>;
  const freeze = sheet.freeze;
  const xSplit = freeze && freeze.xSplit > 0 ? freeze.xSplit : 0;
  const ySplit = freeze && freeze.ySplit > 0 ? freeze.ySplit : 0;
  const showGridLines = sheet.showGridlines !== 0;
  const ws = wb.addWorksheet(sheet.name ?? "Sheet", {
    state: sheet.hidden === 1 ? "hidden" : "visible",
    properties: {
      tabColor: argbFromHex(sheet.tabColor) ? { argb: argbFromHex(sheet.tabColor)! } : undefined,
      defaultRowHeight: sheet.defaultRowHeight ? pointsFromPixels(sheet.defaultRowHeight) : 15,
    } as Partial<ExcelJS.WorksheetProperties>,
    views: [
      xSplit > 0 || ySplit > 0
        ? { state: "frozen", xSplit, ySplit, showGridLines }
        : { state: "normal", showGridLines },
    ],
  });
  if (sheet.defaultColumnWidth) {
    (ws.properties as { defaultColWidth?: number }).defaultColWidth = widthFromPixels(
      sheet.defaultColumnWidth,
    );
  }

  for (const [c, col] of Object.entries(sheet.columnData ?? {})) {
    const xc = ws.getColumn(Number(c) + 1);
    if (typeof col.w === "number") xc.width = widthFromPixels(col.w);
    if (col.hd === 1) xc.hidden = true;
    const st = styles.get(col.s, false);
    if (st) xc.style = st;
  }
  for (const [r, row] of Object.entries(sheet.rowData ?? {})) {
    const xr = ws.getRow(Number(r) + 1);
    if (typeof row.h === "number" && row.ia !== 1) xr.height = pointsFromPixels(row.h);
    if (row.hd === 1) xr.hidden = true;
    const st = styles.get(row.s, false);
    if (st) (xr as unknown as { style: Partial<ExcelJS.Style> }).style = st;
  }

  const cells = (sheet.cellData ?? {}) as Matrix<ICellData>;
  // Cells that share a formula (filled down in the engine) keep it once, on the cell with `f`.
  const masters = new Map<string, { f: string; r: number; c: number }>();
  for (const [r, line] of Object.entries(cells)) {
    for (const [c, cell] of Object.entries(line)) {
      if (cell?.si && cell.f && !masters.has(cell.si))
        masters.set(cell.si, { f: cell.f, r: Number(r), c: Number(c) });
    }
  }
  const slaves = new Set<string>();
  for (const m of sheet.mergeData ?? []) {
    for (let r = m.startRow; r <= m.endRow; r++)
      for (let c = m.startColumn; c <= m.endColumn; c++)
        if (r !== m.startRow || c !== m.startColumn) slaves.add(`${r},${c}`);
  }

  // Per column, the run of filled-down formulas the cells above belong to.
  const runs = new Map<number, { address: string; text: string; row: number; last: number }>();
  for (const [rs, line] of Object.entries(cells)) {
    const r = Number(rs);
    const xr = ws.getRow(r + 1);
    for (const [cs, cell] of Object.entries(line)) {
      if (!cell) continue;
      const c = Number(cs);
      const x = xr.getCell(c + 1);
      let formula = cell.f ?? undefined;
      if (!formula && cell.si) {
        const m = masters.get(cell.si);
        if (m) formula = shiftFormula(m.f, r - m.r, c - m.c);
      }
      if (formula && formula.startsWith("=") && formula.length > 1) {
        const file = formulaToFile(formula);
        if (file.usesPlan) warnings.add("planFormulas");
        const result = fileValue(cell);
        const value: Record<string, unknown> = { formula: file.text };
        if (result !== undefined) value.result = result;
        const run = runs.get(c);
        if (cell.ref && rangeFromA1(cell.ref)) {
          value.shareType = "array";
          value.ref = cell.ref;
          runs.delete(c);
        } else {
          if (SPILLING.test(formula)) warnings.add("spill");
          // A formula filled down (the one above, shifted a row) is stored once, as Excel does:
          // half the file, and every reader derives the same text for each cell.
          if (run && run.last === r - 1 && shiftFormula(run.text, r - run.row, 0) === file.text) {
            delete value.formula;
            value.sharedFormula = run.address;
            run.last = r;
          } else runs.set(c, { address: `${colName(c)}${r + 1}`, text: file.text, row: r, last: r });
        }
        x.value = value as unknown as ExcelJS.CellFormulaValue;
      } else if (!slaves.has(`${r},${c}`)) {
        const v = fileValue(cell);
        if (v !== undefined) x.value = v;
      }
      const unlocked = (cell.custom as Record<string, unknown> | undefined)?.[CELL_UNLOCKED_KEY] === 1;
      const st = styles.get(cell.s, unlocked);
      if (st) x.style = st;
    }
  }

  for (const m of sheet.mergeData ?? []) {
    if (m.endRow === m.startRow && m.endColumn === m.startColumn) continue;
    try {
      ws.mergeCellsWithoutStyle(m.startRow + 1, m.startColumn + 1, m.endRow + 1, m.endColumn + 1);
    } catch {
      // Overlapping merges cannot be in a file; the first one wins, as in Excel.
    }
  }

  const dvs = (ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  for (const v of validations) {
    const dv = xlsxValidation(v);
    if (!dv) {
      warnings.add("validation");
      continue;
    }
    for (const range of v.ranges) dvs.add(a1FromRange(range), dv);
  }
  let priority = 1;
  for (const cf of conditionalFormats) {
    const rule = xlsxConditionalRule(cf, priority++);
    if (!rule) {
      warnings.add("conditionalFormat");
      continue;
    }
    ws.addConditionalFormatting({
      ref: cf.ranges.map((r: UniverRange) => a1FromRange(r)).join(" "),
      rules: [rule],
    });
  }

  const protection = custom[SHEET_PROTECTION_KEY];
  if (protection && typeof protection === "object") {
    (ws as unknown as { sheetProtection: unknown }).sheetProtection = { ...(protection as object) };
  }
  const print = custom[SHEET_PRINT_KEY] as SheetPrint | undefined;
  if (print) {
    const { oddHeader, oddFooter, colBreaks, ...setup } = print;
    Object.assign(ws.pageSetup, setup);
    if (Array.isArray(colBreaks)) setColumnBreaks(ws.workbook, ws.id, colBreaks);
    if (oddHeader) ws.headerFooter.oddHeader = oddHeader;
    if (oddFooter) ws.headerFooter.oddFooter = oddFooter;
  }
}

interface UniverDefinedName {
  name: string;
  formulaOrRefString: string;
  localSheetId?: string;
  hidden?: boolean;
}

/** Writes a snapshot as .xlsx bytes and reports what the file cannot hold. */
export async function exportXlsx(snapshot: IWorkbookData): Promise<XlsxExportResult> {
  const warnings = new Warnings();
  const wb = new ExcelJS.Workbook();
  wb.creator = "指标规划助手 Indicator Planner";
  // Every host recalculates on open, so the numbers are its own, not our cached ones.
  wb.calcProperties.fullCalcOnLoad = true;
  const styles = new StyleCache(snapshot.styles ?? {});
  const dv = resource<Record<string, UniverValidation[]>>(snapshot, DATA_VALIDATION_RESOURCE) ?? {};
  const cf = resource<Record<string, UniverConditionalFormat[]>>(snapshot, CONDITIONAL_FORMAT_RESOURCE) ?? {};
  const order = snapshot.sheetOrder.filter((id) => snapshot.sheets[id]);
  for (const id of order) writeSheet(wb, snapshot.sheets[id], styles, dv[id] ?? [], cf[id] ?? [], warnings);

  const names = resource<Record<string, UniverDefinedName>>(snapshot, DEFINED_NAME_RESOURCE) ?? {};
  const definedNames: FileDefinedName[] = [];
  for (const n of Object.values(names)) {
    if (!n?.name || !n.formulaOrRefString) continue;
    const scoped = n.localSheetId && n.localSheetId !== WORKBOOK_SCOPE;
    const index = scoped ? order.indexOf(n.localSheetId!) : -1;
    if (scoped && index < 0) continue; // its sheet is gone
    const f = n.formulaOrRefString.startsWith("=") ? n.formulaOrRefString : "=" + n.formulaOrRefString;
    definedNames.push({
      name: n.name,
      formula: formulaToFile(f).text,
      localSheetId: scoped ? index : undefined,
      hidden: n.hidden,
    });
  }
  const parts = ((snapshot.custom as Record<string, unknown> | undefined)?.[CUSTOM_XML_PARTS_KEY] ??
    []) as CustomXmlPart[];
  const customXmlParts = Array.isArray(parts) ? parts.filter((p) => typeof p?.xml === "string") : [];

  const written = await xlsxBytes(wb);
  const bytes = await writePackageExtras(written, { definedNames, customXmlParts });
  return { bytes, warnings: warnings.list() };
}

/** Writes a snapshot as .xlsx bytes (exportXlsx without the report). */
export async function snapshotToXlsx(snapshot: IWorkbookData): Promise<Uint8Array> {
  return (await exportXlsx(snapshot)).bytes;
}
