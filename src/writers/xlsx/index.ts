/**
 * The .xlsx writer: renders SheetModels into an exceljs workbook, as a file that calculates in
 * Excel 2016+, WPS and LibreOffice with no add-in. Each model gets a sheet of its own, protected
 * without a password with only its input cells unlocked.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetModel, StyleName, ValidationRule } from "../../model/types";
import { colName, rangeA1 } from "../../model/a1";
import { STAMP_NAME } from "../../model/stamp";
import { formulaRuns } from "../../model/r1c1";
import { serialFromIso } from "../../core/excelDate";
import { BORDER_COLOR, FONT_NAME, STYLES } from "../styles";
import { uniqueSheetName } from "../sheetName";

const argb = (hex: string): string => "FF" + hex.replace("#", "").toUpperCase();

interface ScopedName {
  name: string;
  ranges: string[];
  localSheetId: number;
}

type StyleKey = string;

// exceljs 4.4 has range-wide validations but its typings lack them.
interface WithValidations {
  dataValidations: { add(range: string, v: ExcelJS.DataValidation): void };
}

/** One exceljs style object per (style, number format, input) so cells share them. */
class StyleCache {
  private readonly cache = new Map<StyleKey, Partial<ExcelJS.Style>>();

  get(name: StyleName | undefined, numFmt: string | undefined, input: boolean): Partial<ExcelJS.Style> {
    const key = `${name ?? ""}\u0000${numFmt ?? ""}\u0000${input ? 1 : 0}`;
    let s = this.cache.get(key);
    if (!s) {
      s = build(name ?? "formula", numFmt, input);
      this.cache.set(key, s);
    }
    return s;
  }
}

function build(name: StyleName, numFmt: string | undefined, input: boolean): Partial<ExcelJS.Style> {
  const spec = STYLES[name];
  const side: Partial<ExcelJS.Border> = { style: "thin", color: { argb: argb(BORDER_COLOR) } };
  const style: Partial<ExcelJS.Style> = {
    font: {
      name: FONT_NAME,
      size: spec.size ?? 10,
      bold: spec.bold,
      color: spec.color ? { argb: argb(spec.color) } : undefined,
    },
    alignment: { horizontal: spec.hAlign, vertical: spec.vAlign, wrapText: spec.wrap },
    protection: { locked: !input },
  };
  if (spec.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(spec.fill) } };
  if (spec.border) style.border = { top: side, left: side, bottom: side, right: side };
  if (numFmt) style.numFmt = numFmt;
  return style;
}

function validation(rule: ValidationRule): ExcelJS.DataValidation {
  const common = {
    allowBlank: rule.allowBlank,
    showInputMessage: rule.prompt !== undefined,
    prompt: rule.prompt,
    showErrorMessage: true,
    error: rule.error,
  };
  if (rule.kind === "list") {
    return { ...common, type: "list", formulae: [`"${rule.items.join(",")}"`] };
  }
  const conv = (x: number | string | undefined): number | undefined =>
    x === undefined ? undefined : typeof x === "number" ? x : serialFromIso(x);
  // exceljs writes a date rule's bounds as dateToExcel(new Date(x)): a serial given as a number
  // would be taken for milliseconds since 1970, so date bounds go in as Dates.
  const bound = (x: number | undefined): number | Date | undefined =>
    x === undefined || rule.kind !== "date" ? x : new Date(Date.UTC(1899, 11, 30) + x * 86_400_000);
  const min = bound(conv(rule.min));
  const max = bound(conv(rule.max));
  const type = rule.kind === "date" ? "date" : rule.kind;
  if (min !== undefined && max !== undefined)
    return { ...common, type, operator: "between", formulae: [min, max] };
  if (min !== undefined) return { ...common, type, operator: "greaterThanOrEqual", formulae: [min] };
  if (max !== undefined) return { ...common, type, operator: "lessThanOrEqual", formulae: [max] };
  return {
    ...common,
    type,
    operator: "greaterThanOrEqual",
    formulae: [bound(rule.kind === "date" ? 1 : -1e300)!],
  };
}

export interface XlsxWriteOptions {
  /** Protect each sheet without a password so only input cells can be edited (default true). */
  protect?: boolean;
}

/** Adds a model as a new sheet of `wb`; returns the sheet's (unique) name. */
export async function addSheetModel(
  wb: ExcelJS.Workbook,
  model: SheetModel,
  options: XlsxWriteOptions = {},
): Promise<string> {
  const name = uniqueSheetName(
    model.sheetName,
    wb.worksheets.map((w) => w.name),
  );
  const o = model.origin;
  const ws = wb.addWorksheet(name, {
    views: [{ state: "frozen", xSplit: model.freeze.cols, ySplit: model.freeze.rows, showGridLines: false }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: model.print.orientation,
      fitToPage: model.print.fitToWidth,
      scale: model.print.scale ?? 100,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      printTitlesRow: model.print.repeatRows
        ? `${model.print.repeatRows.first + 1}:${model.print.repeatRows.last + 1}`
        : undefined,
    },
    headerFooter: headerFooter(model),
  });
  if (model.print.scale !== undefined) ws.pageSetup.scale = model.print.scale;
  if (model.print.repeatCols) {
    const { first, last } = model.print.repeatCols;
    ws.pageSetup.printTitlesColumn = `${colName(first)}:${colName(last)}`;
  }
  if (model.print.colBreaks?.length) setColumnBreaks(wb, ws.id, model.print.colBreaks);
  model.columnWidths.forEach((w, c) => {
    ws.getColumn(o.col + c + 1).width = w;
  });
  for (const c of model.hiddenColumns ?? []) ws.getColumn(o.col + c + 1).hidden = true;

  const styles = new StyleCache();
  // Cells below the first of a run of equal relative formulas are written as shared formulas:
  // the file stays small and fast to write, and every spreadsheet reads them as the same formula.
  const masters = new Map<string, string>();
  for (const run of formulaRuns(model)) {
    const master = rangeA1(o.row + run.row, o.col + run.col, 1, 1);
    for (let k = 1; k < run.rows; k++) masters.set(`${run.row + k},${run.col}`, master);
  }
  model.cells.forEach((row, r) => {
    const xrow = ws.getRow(o.row + r + 1);
    row.forEach((cell, c) => {
      if (!cell) return;
      const x = xrow.getCell(o.col + c + 1);
      const master = cell.formula !== undefined ? masters.get(`${r},${c}`) : undefined;
      if (master) x.value = { sharedFormula: master } as ExcelJS.CellSharedFormulaValue;
      else if (cell.formula !== undefined) x.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
      else if (cell.value !== undefined && cell.value !== null) x.value = cell.value;
      x.style = styles.get(cell.style, cell.numFmt, cell.input === true);
    });
  });
  if (model.cells.length > 0) ws.getRow(o.row + 1).height = 28;

  for (const m of model.merges) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  for (const v of model.validations) {
    (ws as unknown as WithValidations).dataValidations.add(
      rangeA1(v.range.row, v.range.col, v.range.rows, v.range.cols),
      validation(v.rule),
    );
  }
  // One rule set per range: rules sharing a range go into one block with rising priority.
  const byRange = new Map<string, ExcelJS.ConditionalFormattingRule[]>();
  let priority = 1;
  for (const f of model.conditionalFormats) {
    const ref = rangeA1(f.range.row, f.range.col, f.range.rows, f.range.cols);
    const rules = byRange.get(ref) ?? [];
    rules.push({
      type: "cellIs",
      operator: "equal",
      formulae: [`"${f.equals.replace(/"/g, '""')}"`],
      priority: priority++,
      style: {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(f.fill) } },
        font: { color: { argb: argb(f.font) } },
      },
    });
    byRange.set(ref, rules);
  }
  for (const [ref, rules] of byRange) ws.addConditionalFormatting({ ref, rules });

  if (model.stampCell) {
    const s = model.stampCell;
    addScopedName(wb, {
      name: STAMP_NAME,
      ranges: [`'${name.replace(/'/g, "''")}'!${rangeA1(o.row + s.row, o.col + s.col, 1, 1, true)}`],
      localSheetId: wb.worksheets.indexOf(ws),
    });
  }
  if (options.protect !== false) {
    await ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      autoFilter: true,
      sort: true,
    });
  }
  return name;
}

const SCOPED = new WeakMap<ExcelJS.Workbook, ScopedName[]>();

/**
 * exceljs only knows workbook-wide names; sheet-scoped ones (the stamp name in each stamped
 * sheet) are appended to its defined-names model when the workbook is written.
 */
function addScopedName(wb: ExcelJS.Workbook, n: ScopedName): void {
  let list = SCOPED.get(wb);
  if (!list) {
    list = [];
    SCOPED.set(wb, list);
    const names = (wb as unknown as { _definedNames: object })._definedNames;
    const proto = Object.getPrototypeOf(names) as object;
    const base = Object.getOwnPropertyDescriptor(proto, "model");
    const own = list;
    Object.defineProperty(names, "model", {
      configurable: true,
      get(this: object) {
        const m = (base?.get?.call(this) ?? []) as object[];
        return [...m, ...own];
      },
      set(this: object, v: unknown) {
        base?.set?.call(this, v);
      },
    });
  }
  list.push(n);
}

/** Renders models into a new workbook (one sheet each) and returns the .xlsx bytes. */
export async function writeXlsx(models: SheetModel[], options: XlsxWriteOptions = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "指标规划助手 Indicator Planner";
  wb.calcProperties.fullCalcOnLoad = true;
  for (const m of models) await addSheetModel(wb, m, options);
  return Buffer.from(await xlsxBytes(wb));
}

/** Escapes text for a header/footer (where "&" starts a code). */
function hf(text: string): string {
  return text.replace(/&/g, "&&");
}

function headerFooter(model: SheetModel): Partial<ExcelJS.HeaderFooter> {
  const h = model.print.header;
  const zh = model.lang === "zh";
  return {
    // A size code (&9) takes every digit after it: a font code must follow before the text,
    // or "&11" + "2012年…" would ask for size 112012 and lose the year.
    ...(h ? { oddHeader: `&L&9&"-,Regular"${hf(h.left ?? "")}&C&11&"-,Bold"${hf(h.center ?? "")}` } : {}),
    oddFooter: zh ? "&C第 &P 页,共 &N 页" : "&CPage &P of &N",
  };
}

// Column page breaks by workbook and sheet id: exceljs 4.4 writes row breaks only, so
// xlsxBytes adds <colBreaks> to the sheet parts after exceljs has written them.
const COL_BREAKS = new WeakMap<ExcelJS.Workbook, Map<number, number[]>>();

function colBreaksOf(wb: ExcelJS.Workbook): Map<number, number[]> {
  let m = COL_BREAKS.get(wb);
  if (!m) COL_BREAKS.set(wb, (m = new Map()));
  return m;
}

/** Column page breaks (0-based columns a new page starts at) for xlsxBytes to write. */
export function setColumnBreaks(wb: ExcelJS.Workbook, sheetId: number, cols: number[]): void {
  if (cols.length > 0)
    colBreaksOf(wb).set(
      sheetId,
      [...cols].sort((a, b) => a - b),
    );
}

/**
 * The workbook's .xlsx bytes, with the column page breaks of its sheet models. Use instead of
 * wb.xlsx.writeBuffer() for workbooks built with addSheetModel.
 */
export async function xlsxBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const out = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const breaks = COL_BREAKS.get(wb);
  if (!breaks || breaks.size === 0) return out;
  const zip = await JSZip.loadAsync(out);
  for (const [id, cols] of breaks) {
    const path = `xl/worksheets/sheet${id}.xml`;
    const xml = await zip.file(path)?.async("string");
    if (xml === undefined) continue;
    const brks = cols.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join("");
    const el = `<colBreaks count="${cols.length}" manualBreakCount="${cols.length}">${brks}</colBreaks>`;
    // Schema order: … headerFooter, rowBreaks, colBreaks, customProperties, … drawing …
    const anchor = /<\/rowBreaks>|<\/headerFooter>|<headerFooter\/>/.exec(xml);
    const at = anchor
      ? anchor.index + anchor[0].length
      : xml.search(/<(drawing|legacyDrawing|tableParts|extLst)\b|<\/worksheet>/);
    zip.file(path, xml.slice(0, at) + el + xml.slice(at));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
