/**
 * The Office.js writer: puts a SheetModel into the open workbook in at most two round trips.
 *
 *  sync 1 — reads what the write depends on: the sheet names (new sheet), or the target area,
 *           its sheet's protection and stamp name (writing at a cell);
 *  sync 2 — writes everything, calculation suspended: values and formulas and number formats as
 *           whole 2D arrays, formatting grouped by style into few ranges, then merges, validation,
 *           traffic lights, freeze panes, print setup, the stamp's name and the protection.
 *
 * It never writes over non-empty cells: in "at" mode a target area with anything in it gets an
 * error and no write at all. If the write itself fails, what it wrote is removed (a third round
 * trip, on the failure path only). Features beyond ExcelApi 1.1 are used only when the host
 * supports them; the result lists what was skipped.
 */
import type { RangeRect, SheetModel, StyleName, ValidationRule } from "../../model/types";
import { colName, rangeA1 } from "../../model/a1";
import { STAMP_NAME } from "../../model/stamp";
import { STYLES, FONT_NAME, BORDER_COLOR } from "../../writers/styles";
import { rectsBy, widthRuns } from "../../writers/rects";
import { formulaRuns } from "../../model/r1c1";
import { uniqueSheetName } from "../../writers/sheetName";
import { FEATURES, hostSupports, type Feature, type Supports } from "./requirements";
import { failed, notEmpty, readFailed, sheetMissing, sheetProtected, type InsertError } from "./messages";
import { officeErrorCode } from "../officeErrors";
import { officeLiteral } from "./literal";

export type { InsertError } from "./messages";
export type { Supports } from "./requirements";

export interface InsertOptions {
  /** "newSheet" (default): a new sheet with a unique name. "at": at the model's origin on
   * `sheetName` (default: the active sheet), only if that whole area is empty. */
  mode?: "newSheet" | "at";
  sheetName?: string;
  /** Requirement-set check; default Office.context.requirements.isSetSupported. */
  supports?: Supports;
  /** Protect a new sheet (no password) so only input cells can be edited; default true. */
  protect?: boolean;
}

export interface SkippedFeature {
  feature: Feature | "columnWidths" | "stampName";
  zh: string;
  en: string;
}

export type InsertResult =
  | {
      ok: true;
      sheetName: string;
      /** The area written, e.g. "A1:T160". */
      address: string;
      newSheet: boolean;
      skipped: SkippedFeature[];
      syncs: number;
    }
  | { ok: false; error: InsertError; syncs: number };

// Column widths in the model are in characters; Office.js wants points.
const POINTS_PER_CHAR = 5.7;
const CHUNK_CHARS = 2000;
/** Above this estimated request size, formulas and formats are sent compactly. */
export const PAYLOAD_LIMIT = 3_000_000;

function hostMessage(e: unknown): string {
  if (e && typeof e === "object" && "message" in e) return String((e as { message: unknown }).message);
  return String(e);
}

/** The 2D arrays written in one go: formulas-or-values and number formats. Cells in `skip`
 * (written separately, as runs) are left "" / "General" in the arrays. */
function arrays(
  model: SheetModel,
  skip: Set<string>,
): { formulas: (string | number | boolean)[][]; formats: string[][] } {
  const formulas: (string | number | boolean)[][] = [];
  const formats: string[][] = [];
  model.cells.forEach((row, r) => {
    const f: (string | number | boolean)[] = [];
    const n: string[] = [];
    row.forEach((cell, c) => {
      if (!cell || skip.has(`${r},${c}`)) {
        f.push("");
        n.push("General");
        return;
      }
      if (cell.formula !== undefined) f.push(`=${cell.formula}`);
      else if (cell.value === null || cell.value === undefined) f.push("");
      // A text Excel would parse ("=…", "2024", "10%") is written as text.
      else f.push(officeLiteral(cell.value));
      n.push(cell.numFmt ?? "General");
    });
    formulas.push(f);
    formats.push(n);
  });
  return { formulas, formats };
}

/** Rough size of the request the whole-array write would send. */
function arrayPayload(model: SheetModel): number {
  let n = 0;
  for (const row of model.cells) {
    for (const cell of row) {
      n += 6 + (cell?.formula?.length ?? 0) + (cell?.numFmt?.length ?? 7);
      if (typeof cell?.value === "string") n += cell.value.length * 3;
    }
  }
  return n;
}

class Writer {
  readonly skipped: SkippedFeature[] = [];
  private readonly asked = new Map<Feature, boolean>();

  constructor(private readonly supports: Supports) {}

  has(f: Feature, report = true): boolean {
    let ok = this.asked.get(f);
    if (ok === undefined) {
      ok = this.supports("ExcelApi", FEATURES[f].version);
      this.asked.set(f, ok);
      if (!ok && report) this.skipped.push({ feature: f, zh: FEATURES[f].zh, en: FEATURES[f].en });
    }
    return ok;
  }

  /** Applies `apply` to each rectangle, several at once as RangeAreas where supported. */
  forAreas(sheet: Excel.Worksheet, rects: RangeRect[], apply: (format: Excel.RangeFormat) => void): void {
    const addresses = rects.map((r) => rangeA1(r.row, r.col, r.rows, r.cols));
    if (addresses.length > 1 && this.has("rangeAreas", false)) {
      let chunk: string[] = [];
      let length = 0;
      const flush = () => {
        if (chunk.length) apply(sheet.getRanges(chunk.join(",")).format);
        chunk = [];
        length = 0;
      };
      for (const a of addresses) {
        if (length + a.length + 1 > CHUNK_CHARS) flush();
        chunk.push(a);
        length += a.length + 1;
      }
      flush();
      return;
    }
    for (const a of addresses) apply(sheet.getRange(a).format);
  }

  write(
    sheet: Excel.Worksheet,
    model: SheetModel,
    newSheet: boolean,
    protect: boolean,
    stampNameFree: boolean,
  ): void {
    const o = model.origin;
    const rows = model.cells.length;
    const cols = model.cells[0]?.length ?? 0;
    const whole = sheet.getRange(rangeA1(o.row, o.col, rows, cols));
    const abs = (r: RangeRect): RangeRect => ({ ...r, row: r.row + o.row, col: r.col + o.col });

    // Excel on the web refuses requests over 5 MB. Past PAYLOAD_LIMIT, and where autoFill exists
    // (ExcelApi 1.9), each column run of one relative formula is sent once, in its first cell, and
    // filled down by Excel; the arrays carry "" and "General" for the filled cells.
    const compact = arrayPayload(model) > PAYLOAD_LIMIT && this.has("rangeAreas", false);
    const runs = compact ? formulaRuns(model, 3, true) : [];
    const skip = new Set<string>();
    for (const run of runs) for (let k = 1; k < run.rows; k++) skip.add(`${run.row + k},${run.col}`);
    const { formulas, formats } = arrays(model, skip);
    whole.numberFormat = formats;
    whole.formulas = formulas;
    for (const run of runs) {
      const head = sheet.getRange(rangeA1(o.row + run.row, o.col + run.col, 1, 1));
      head.autoFill(rangeA1(o.row + run.row, o.col + run.col, run.rows, 1), "FillCopy");
    }

    // Base look for the whole area, then only what differs from it.
    whole.format.font.name = FONT_NAME;
    whole.format.font.size = 10;
    whole.format.verticalAlignment = "Center";
    const table = this.tableRect(model);
    if (table) {
      const t = sheet.getRange(rangeA1(table.row + o.row, table.col + o.col, table.rows, table.cols));
      for (const edge of [
        "EdgeTop",
        "EdgeBottom",
        "EdgeLeft",
        "EdgeRight",
        "InsideHorizontal",
        "InsideVertical",
      ] as const) {
        const b = t.format.borders.getItem(edge);
        b.style = "Continuous";
        b.color = BORDER_COLOR;
      }
    }
    const byStyle = rectsBy(model, (c) => c.style);
    for (const [style, rects] of byStyle) {
      const spec = STYLES[style as StyleName];
      const needs =
        spec.fill || spec.color || spec.bold || spec.hAlign || spec.wrap || (spec.size ?? 10) !== 10;
      if (!needs) continue;
      this.forAreas(sheet, rects.map(abs), (f) => {
        if (spec.fill) f.fill.color = spec.fill;
        if (spec.color) f.font.color = spec.color;
        if (spec.bold) f.font.bold = true;
        if ((spec.size ?? 10) !== 10) f.font.size = spec.size!;
        if (spec.hAlign)
          f.horizontalAlignment =
            spec.hAlign === "center" ? "Center" : spec.hAlign === "left" ? "Left" : "Right";
        if (spec.wrap) f.wrapText = true;
      });
    }

    if (this.has("protection")) {
      const unlocked = rectsBy(model, (c) => (c.input ? "input" : undefined)).get("input") ?? [];
      this.forAreas(sheet, unlocked.map(abs), (f) => {
        f.protection.locked = false;
      });
    }
    if (this.has("merge")) {
      for (const m of model.merges) sheet.getRange(rangeA1(m.row, m.col, m.rows, m.cols)).merge(false);
    }
    if (newSheet) {
      if (this.has("columnWidth")) {
        for (const [c, n, w] of widthRuns(model.columnWidths)) {
          sheet.getRange(rangeA1(0, o.col + c, 1, n)).format.columnWidth = w * POINTS_PER_CHAR;
        }
        for (const c of model.hiddenColumns ?? [])
          sheet.getRange(rangeA1(0, o.col + c, 1, 1)).columnHidden = true;
        sheet.getRange(rangeA1(o.row, o.col, 1, 1)).format.rowHeight = 28;
      }
    } else {
      this.skipped.push({
        feature: "columnWidths",
        zh: "未改动已有工作表的列宽、冻结窗格和打印设置",
        en: "column widths, frozen panes and print setup of the existing sheet were left as they were",
      });
    }
    if (this.has("validation")) {
      for (const v of model.validations) {
        const rule = this.validationRule(v.rule);
        const dv = sheet.getRange(
          rangeA1(v.range.row, v.range.col, v.range.rows, v.range.cols),
        ).dataValidation;
        dv.rule = rule;
        if (v.rule.prompt) dv.prompt = { showPrompt: true, message: v.rule.prompt, title: "" };
        if (v.rule.error)
          dv.errorAlert = { showAlert: true, message: v.rule.error, title: "", style: "Stop" };
        // Blanks are ignored by default; say so only when they are not.
        if (!v.rule.allowBlank) dv.ignoreBlanks = false;
      }
    }
    if (this.has("conditionalFormats")) {
      for (const f of model.conditionalFormats) {
        const range = sheet.getRange(rangeA1(f.range.row, f.range.col, f.range.rows, f.range.cols));
        const cf = range.conditionalFormats.add("CellValue");
        cf.cellValue.format.fill.color = f.fill;
        cf.cellValue.format.font.color = f.font;
        cf.cellValue.rule = { formula1: `="${f.equals.replace(/"/g, '""')}"`, operator: "EqualTo" };
      }
    }
    if (newSheet) {
      // Frozen panes are kept only on the active sheet (office-js #3148): activate it first.
      sheet.activate();
      if (this.has("freeze") && (model.freeze.rows > 0 || model.freeze.cols > 0)) {
        const { rows: fr, cols: fc } = model.freeze;
        if (fr > 0 && fc > 0) sheet.freezePanes.freezeAt(sheet.getRange(rangeA1(0, 0, fr, fc)));
        else if (fr > 0) sheet.freezePanes.freezeRows(fr);
        else sheet.freezePanes.freezeColumns(fc);
      }
      if (this.has("pageLayout")) {
        sheet.pageLayout.orientation = model.print.orientation === "landscape" ? "Landscape" : "Portrait";
        sheet.pageLayout.paperSize = "A4";
        if (model.print.repeatRows) {
          sheet.pageLayout.setPrintTitleRows(
            `$${model.print.repeatRows.first + 1}:$${model.print.repeatRows.last + 1}`,
          );
        }
        if (model.print.repeatCols) {
          const { first, last } = model.print.repeatCols;
          sheet.pageLayout.setPrintTitleColumns(`$${colName(first)}:$${colName(last)}`);
        }
        // Fit to one page wide, as many tall as needed (0 = automatic): Excel ignores a zoom
        // that sets only horizontalFitToPages (office-js #1860).
        if (model.print.fitToWidth)
          sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        else if (model.print.scale !== undefined) sheet.pageLayout.zoom = { scale: model.print.scale };
        sheet.pageLayout.centerHorizontally = true;
        const h = model.print.header;
        if (h) {
          const all = sheet.pageLayout.headersFooters.defaultForAllPages;
          all.leftHeader = (h.left ?? "").replace(/&/g, "&&");
          all.centerHeader = `&B${(h.center ?? "").replace(/&/g, "&&")}`;
          all.centerFooter = model.lang === "zh" ? "第 &P 页,共 &N 页" : "Page &P of &N";
        }
        // Column page breaks between indicator groups (same pages as the .xlsx writer).
        for (const c of model.print.colBreaks ?? []) {
          sheet.verticalPageBreaks.add(sheet.getRange(rangeA1(o.row, c, 1, 1)));
        }
      }
    }
    if (model.stampCell) {
      if (!stampNameFree) {
        this.skipped.push({
          feature: "stampName",
          zh: "此工作表已有模板标记名称,仅在单元格中写入标记",
          en: "the sheet already has a stamp name; the stamp is in its cell only",
        });
      } else if (this.has("names")) {
        const s = model.stampCell;
        sheet.names.add(STAMP_NAME, sheet.getRange(rangeA1(o.row + s.row, o.col + s.col, 1, 1)));
      }
    }
    if (newSheet && protect && this.has("protection", false)) {
      sheet.protection.protect({
        allowFormatColumns: true,
        allowFormatRows: true,
        allowAutoFilter: true,
        allowSort: true,
      });
    }
  }

  /** The bordered table: from the first header row to the last row with a bordered style. */
  private tableRect(model: SheetModel): RangeRect | undefined {
    let first = -1;
    let last = -1;
    let width = 0;
    model.cells.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (cell?.style && STYLES[cell.style].border) {
          if (first < 0) first = r;
          last = r;
          width = Math.max(width, c + 1);
        }
      });
    });
    if (first < 0) return undefined;
    // Cells of bordered rows left of the table (e.g. a label in the subtitle row) must not start it.
    const header = model.headerRows?.first ?? first;
    return { row: header, col: 0, rows: last - header + 1, cols: width };
  }

  private validationRule(rule: ValidationRule): Excel.DataValidationRule {
    if (rule.kind === "list") return { list: { inCellDropDown: true, source: rule.items.join(",") } };
    // Date rules take ISO date strings (a serial number is not accepted there).
    if (rule.kind === "date")
      return { date: bounds(rule.min, rule.max, "1900-01-01") as Excel.DateTimeDataValidation };
    const basic = bounds(rule.min, rule.max, -1e300) as Excel.BasicDataValidation;
    return rule.kind === "whole" ? { wholeNumber: basic } : { decimal: basic };
  }
}

/** formula1/formula2/operator for a rule with an optional minimum and maximum. */
function bounds<T extends number | string>(
  min: T | undefined,
  max: T | undefined,
  none: T,
): { formula1: T; formula2?: T; operator: "Between" | "GreaterThanOrEqualTo" | "LessThanOrEqualTo" } {
  if (min !== undefined && max !== undefined) return { formula1: min, formula2: max, operator: "Between" };
  if (min !== undefined) return { formula1: min, operator: "GreaterThanOrEqualTo" };
  if (max !== undefined) return { formula1: max, operator: "LessThanOrEqualTo" };
  return { formula1: none, operator: "GreaterThanOrEqualTo" };
}

/**
 * Inserts a model into the workbook of `context`: on a new sheet, or at the model's origin on an
 * existing sheet when that area is empty. Never throws for host errors; returns them.
 */
export async function insertSheetModel(
  context: Excel.RequestContext,
  model: SheetModel,
  options: InsertOptions = {},
): Promise<InsertResult> {
  const supports = options.supports ?? hostSupports;
  const writer = new Writer(supports);
  const rows = model.cells.length;
  const cols = model.cells[0]?.length ?? 0;
  const o = model.origin;
  const address = rangeA1(o.row, o.col, rows, cols);
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };
  const newSheet = (options.mode ?? "newSheet") === "newSheet";
  const sheets = context.workbook.worksheets;

  // ---- sync 1: read what the write depends on ----
  let sheet: Excel.Worksheet;
  let area: Excel.Range | undefined;
  let protection: Excel.WorksheetProtection | undefined;
  let names: Excel.NamedItemCollection | undefined;
  if (newSheet) {
    sheets.load("items/name");
    sheet = undefined as unknown as Excel.Worksheet;
  } else {
    sheet = options.sheetName ? sheets.getItem(options.sheetName) : sheets.getActiveWorksheet();
    sheet.load("name");
    area = sheet.getRange(address);
    area.load("formulas");
    if (writer.has("protection", false)) {
      protection = sheet.protection;
      protection.load("protected");
    }
    if (writer.has("names", false)) {
      names = sheet.names;
      names.load("items/name");
    }
  }
  try {
    await sync();
  } catch (e) {
    // Only ItemNotFound means the sheet is missing; anything else (cell edit mode, a read-only
    // workbook, a response too large …) keeps its own code for the caller to explain.
    const code = officeErrorCode(e);
    const error =
      code === "ItemNotFound"
        ? sheetMissing(options.sheetName, hostMessage(e))
        : readFailed(hostMessage(e), code || undefined);
    return { ok: false, error, syncs };
  }

  let name: string;
  let stampNameFree = true;
  if (newSheet) {
    name = uniqueSheetName(
      model.sheetName,
      sheets.items.map((s) => s.name),
    );
    sheet = sheets.add(name);
  } else {
    name = sheet.name;
    if (protection?.protected) return { ok: false, error: sheetProtected(name), syncs };
    const filled: string[] = [];
    area!.formulas.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== "" && v !== null && v !== undefined) filled.push(rangeA1(o.row + r, o.col + c, 1, 1));
      }),
    );
    if (filled.length > 0) return { ok: false, error: notEmpty(address, filled.length, filled[0]), syncs };
    stampNameFree = !(names?.items ?? []).some((n) => n.name.toUpperCase() === STAMP_NAME);
  }

  // ---- sync 2: write everything, calculation suspended ----
  try {
    if (writer.has("suspendCalc")) context.application.suspendApiCalculationUntilNextSync();
    writer.write(sheet, model, newSheet, options.protect !== false, stampNameFree);
    await sync();
  } catch (e) {
    let cleaned = false;
    try {
      if (newSheet) sheets.getItem(name).delete();
      else {
        const s = options.sheetName ? sheets.getItem(options.sheetName) : sheets.getActiveWorksheet();
        const range = s.getRange(address);
        range.clear("All");
        // clear("All") may leave the validation and conditional formats the write added.
        if (writer.has("validation", false)) range.dataValidation.clear();
        if (writer.has("conditionalFormats", false)) range.conditionalFormats.clearAll();
      }
      await sync();
      cleaned = true;
    } catch {
      cleaned = false;
    }
    return { ok: false, error: failed(hostMessage(e), cleaned, officeErrorCode(e) || undefined), syncs };
  }
  return { ok: true, sheetName: name, address, newSheet, skipped: writer.skipped, syncs };
}

/**
 * Opens an .xlsx (e.g. from src/writers/xlsx) as a new workbook, where Excel.createWorkbook is
 * supported (ExcelApi 1.8); returns false where it is not.
 */
export async function openAsNewWorkbook(
  xlsx: Uint8Array,
  supports: Supports = hostSupports,
): Promise<boolean> {
  const excel = (globalThis as { Excel?: { createWorkbook(base64?: string): Promise<void> } }).Excel;
  if (!excel || !supports("ExcelApi", "1.8")) return false;
  let binary = "";
  for (let i = 0; i < xlsx.length; i += 0x8000) {
    binary += String.fromCharCode(...xlsx.subarray(i, i + 0x8000));
  }
  await excel.createWorkbook(btoa(binary));
  return true;
}
