/**
 * Excel.Range on a Univer sheet. A range is a sheet plus a rectangle that may only be known at
 * sync (the selection, a used range, a cell of either); every read and write is queued.
 * Writes go to Univer as one command per property and range (whole 2D arrays, never per cell),
 * which keeps a 190k-cell template to a handful of commands.
 */
import {
  generateRandomId,
  RANGE_TYPE,
  type ICellData,
  type IObjectMatrixPrimitiveType,
  type IRange,
} from "@univerjs/core";
import type { FUniver } from "@univerjs/core/facade";
import {
  SetColHiddenMutation,
  SetColVisibleMutation,
  SetRowHiddenMutation,
  SetRowVisibleMutation,
} from "@univerjs/sheets";
import type { FWorksheet } from "@univerjs/sheets/facade";
import { shiftFormula } from "../../share/shiftFormula";
import { ClientObject, type Queue } from "./client";
import {
  checkRect,
  intersects,
  contains,
  localAddress,
  MAX_COLS,
  MAX_ROWS,
  parseRect,
  sheetAddress,
  type Rect,
} from "./address";
import { cellFromInput, officeValue, booleanText, type OfficeValue } from "./cells";
import { apiError, ErrorCodes } from "./errors";
import { RangeFormat, type FormatTarget } from "./format";
import { writeMatrix } from "./cellWrites";
import { ConditionalFormatCollection, DataValidation, removeRulesInside } from "./rules";
import type { Worksheet } from "./worksheet";

type Grid<T> = T[][];

/** The cells of `rect` that exist in the sheet (Univer sheets have a finite, growable size). */
export function clampToSheet(ws: FWorksheet, r: Rect): Rect | null {
  const rows = Math.min(r.rows, ws.getMaxRows() - r.row);
  const cols = Math.min(r.cols, ws.getMaxColumns() - r.col);
  if (rows <= 0 || cols <= 0) return null;
  return { row: r.row, col: r.col, rows, cols };
}

/** Grows the sheet so that `r` fits (Excel sheets are 1,048,576 × 16,384 from the start). */
export function ensureSize(ws: FWorksheet, r: Rect): void {
  if (r.row + r.rows > ws.getMaxRows()) ws.setRowCount(Math.min(MAX_ROWS, r.row + r.rows));
  if (r.col + r.cols > ws.getMaxColumns()) ws.setColumnCount(Math.min(MAX_COLS, r.col + r.cols));
}

/** Reads a rectangle of a sheet into a grid, blank cells as `blank`. */
function readGrid<T>(
  ws: FWorksheet,
  r: Rect,
  blank: T,
  cell: (data: ICellData | null | undefined, row: number, col: number) => T,
): Grid<T> {
  const sheet = ws.getSheet();
  const inside = clampToSheet(ws, r);
  const out: Grid<T> = [];
  for (let i = 0; i < r.rows; i++) {
    const row: T[] = new Array(r.cols);
    for (let j = 0; j < r.cols; j++) {
      const rr = r.row + i;
      const cc = r.col + j;
      row[j] =
        inside && i < inside.rows && j < inside.cols ? cell(sheet.getCellRaw(rr, cc) ?? null, rr, cc) : blank;
    }
    out.push(row);
  }
  return out;
}

/** Whether a cell holds a value, text or formula. */
function hasContents(cell: ICellData | null | undefined): boolean {
  return !!cell && ((cell.v !== null && cell.v !== undefined) || !!cell.f || !!cell.si || !!cell.p);
}

/** Whether a cell's `f` is a formula (Univer's isFormulaString, as a type guard). */
function isFormula(f: unknown): f is string {
  return typeof f === "string" && f.length > 1 && f.startsWith("=");
}

/** The cells of a sheet that carry a shared formula's text, by shared-formula id. */
function sharedMasters(ws: FWorksheet): Map<string, { f: string; row: number; col: number }> {
  const masters = new Map<string, { f: string; row: number; col: number }>();
  ws.getSheet()
    .getCellMatrix()
    .forValue((row, col, cell) => {
      if (cell?.si && isFormula(cell.f) && !masters.has(cell.si))
        masters.set(cell.si, { f: cell.f, row, col });
    });
  return masters;
}

/**
 * Formulas written down a column that are each the one above moved a row (what a filled-down
 * formula is) become a shared formula, as autoFill's copies do: the first cell keeps the text and
 * gets an id, the others only the id. Univer then parses and registers one formula per run
 * instead of one per cell; Range.formulas gives back each cell's text (sharedMasters).
 */
class SharedRuns {
  /** Per column of the write: the formula cell just above, if the previous row had one. */
  private above = new Map<number, { cell: ICellData; text: string; skeleton: string }>();

  /** The write's column `j` gets no formula in this row. */
  end(j: number): void {
    this.above.delete(j);
  }

  /** `cell` is written in column `j`, the row after the previous call for `j`. */
  add(j: number, cell: ICellData): void {
    const text = cell.f;
    if (!isFormula(text)) {
      this.above.delete(j);
      return;
    }
    // Moving a formula down a row changes only row numbers: a cheap test before the exact one.
    const skeleton = text.replace(/\d+/g, "");
    const prev = this.above.get(j);
    this.above.set(j, { cell, text, skeleton });
    if (!prev || prev.skeleton !== skeleton || shiftFormula(prev.text, 1, 0) !== text) return;
    prev.cell.si ??= generateRandomId(6);
    cell.si = prev.cell.si;
    cell.f = null;
  }
}

function isGrid(v: unknown): v is unknown[][] {
  return Array.isArray(v) && v.every((row) => Array.isArray(row));
}

/** Office.js accepts a 2D array of the range's size, or a single value for every cell. */
function gridOf<T>(value: T | T[][], r: Rect, what: string): (i: number, j: number) => T {
  if (!Array.isArray(value)) return () => value;
  if (!isGrid(value) || value.length !== r.rows || value.some((row) => row.length !== r.cols)) {
    const got = isGrid(value) ? `${value.length}×${value[0]?.length ?? 0}` : "not a 2D array";
    throw apiError(
      ErrorCodes.invalidArgument,
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: ${r.rows}×${r.cols} needed, ${got} given).`,
    );
  }
  return (i, j) => (value as T[][])[i][j];
}

/** true when test holds for every index below n, false when for none, null when for some. */
function allOrNone(n: number, test: (i: number) => boolean): boolean | null {
  let yes = 0;
  for (let i = 0; i < n; i++) if (test(i)) yes++;
  return yes === 0 ? false : yes === n ? true : null;
}

const HIDE = { columns: SetColHiddenMutation.id, rows: SetRowHiddenMutation.id };
const SHOW = { columns: SetColVisibleMutation.id, rows: SetRowVisibleMutation.id };

/**
 * Hides or shows the columns (rows) of r with Univer's mutation itself. Univer's hide and show
 * commands (FWorksheet.hideColumns …) also move the selection, as its menu does: after a template
 * was inserted the grid showed its hidden stamp column selected. Excel's columnHidden and
 * rowHidden leave the user's selection where it was, and so does this.
 */
function setHidden(api: FUniver, ws: FWorksheet, axis: "columns" | "rows", r: Rect, hidden: boolean): void {
  const columns = axis === "columns";
  const range: IRange = columns
    ? { startRow: 0, endRow: ws.getMaxRows() - 1, startColumn: r.col, endColumn: r.col + r.cols - 1 }
    : { startRow: r.row, endRow: r.row + r.rows - 1, startColumn: 0, endColumn: ws.getMaxColumns() - 1 };
  range.rangeType = columns ? RANGE_TYPE.COLUMN : RANGE_TYPE.ROW;
  const mutation = hidden ? HIDE[axis] : SHOW[axis];
  api.syncExecuteCommand(mutation, {
    unitId: ws.getWorkbook().getUnitId(),
    subUnitId: ws.getSheetId(),
    ranges: [range],
  });
}

export class Range extends ClientObject implements FormatTarget {
  readonly typeName = "Range";
  private formatObj?: RangeFormat;
  private validationObj?: DataValidation;
  private cfObj?: ConditionalFormatCollection;

  constructor(
    context: Queue,
    readonly worksheet: Worksheet,
    /** The rectangle, evaluated at sync. */
    readonly rect: () => Rect,
    private readonly missing: () => boolean = () => false,
  ) {
    super(context);
  }

  get owner(): ClientObject {
    return this;
  }

  override isNull(): boolean {
    return this.worksheet.isNull() || this.missing();
  }

  get format(): RangeFormat {
    this.formatObj ??= new RangeFormat(this.context, this, (locked) =>
      this.worksheet.setLocked([this.rect()], locked),
    );
    return this.formatObj;
  }

  get dataValidation(): DataValidation {
    this.validationObj ??= new DataValidation(this.context, this);
    return this.validationObj;
  }

  get conditionalFormats(): ConditionalFormatCollection {
    this.cfObj ??= new ConditionalFormatCollection(this.context, this);
    return this.cfObj;
  }

  ws(): FWorksheet {
    return this.worksheet.resolve();
  }

  areas(): { ws: FWorksheet; rects: Rect[] } {
    const ws = this.ws();
    const r = this.rect();
    ensureSize(ws, r);
    return { ws, rects: [r] };
  }

  checkFormat(kind: "cells" | "columns" | "rows"): void {
    this.worksheet.checkFormat(kind);
  }

  isLocked(): boolean {
    return this.worksheet.isLocked(this.rect());
  }

  // ---------- properties ----------

  protected override defaultProps(): string[] {
    return [
      "address",
      "rowIndex",
      "columnIndex",
      "rowCount",
      "columnCount",
      "values",
      "formulas",
      "numberFormat",
      "text",
    ];
  }

  protected override async beforeRead(props: string[]): Promise<void> {
    if (props.some((p) => p === "values" || p === "text" || p === "valueTypes"))
      await this.context.session.settle();
  }

  protected override readProp(prop: string): unknown {
    const ws = this.ws();
    const r = this.rect();
    switch (prop) {
      case "address":
        return sheetAddress(ws.getSheetName(), r);
      case "addressLocal":
        return sheetAddress(ws.getSheetName(), r);
      case "rowIndex":
        return r.row;
      case "columnIndex":
        return r.col;
      case "rowCount":
        return r.rows;
      case "columnCount":
        return r.cols;
      case "cellCount":
        return r.rows * r.cols;
      case "values":
        return this.readValues(ws, r);
      case "formulas":
        return this.readFormulas(ws, r);
      case "text":
        return this.readText(ws, r);
      case "numberFormat":
        return this.readNumberFormats(ws, r);
      case "valueTypes":
        return readGrid(ws, r, "Empty", (cell, row, col) => {
          const v = cell ? officeValue(cell) : this.spilled(ws, row, col);
          if (v === "") return "Empty";
          if (typeof v === "number") return "Double";
          if (typeof v === "boolean") return "Boolean";
          return /^#[A-Z/0!?]+[!?A]?$/.test(v) ? "Error" : "String";
        });
      // As in Office.js: true when every column (row) of the range is hidden, false when none is,
      // null when some are. A row is hidden by hand or by a filter.
      case "columnHidden":
        return allOrNone(r.cols, (j) => !ws.getSheet().getColVisible(r.col + j));
      case "rowHidden":
        return allOrNone(
          Math.min(r.rows, ws.getMaxRows() - r.row),
          (i) => !ws.getSheet().getRowVisible(r.row + i),
        );
      case "hidden":
        return false;
      default:
        return super.readProp(prop);
    }
  }

  /** A spilled cell has no content of its own: its value is the array formula's. */
  private spilled(ws: FWorksheet, row: number, col: number): OfficeValue {
    const cell = ws.getSheet().getCell(row, col);
    return cell ? officeValue({ v: cell.v, t: cell.t }) : "";
  }

  private readValues(ws: FWorksheet, r: Rect): Grid<OfficeValue> {
    return readGrid<OfficeValue>(ws, r, "", (cell, row, col) =>
      cell && (cell.v !== undefined || cell.p)
        ? officeValue(cell)
        : cell?.f || cell?.si
          ? officeValue(cell)
          : this.spilled(ws, row, col),
    );
  }

  private readFormulas(ws: FWorksheet, r: Rect): Grid<OfficeValue> {
    let masters: Map<string, { f: string; row: number; col: number }> | undefined;
    return readGrid<OfficeValue>(ws, r, "", (cell, row, col) => {
      const f = cell?.f;
      if (isFormula(f)) return f;
      if (cell?.si) {
        // A copy of a shared formula: the master's text moved by the copy's offset. Univer's
        // getFormulas() looks for the master by walking the sheet for every such cell.
        masters ??= sharedMasters(ws);
        const m = masters.get(cell.si);
        if (m) return "=" + shiftFormula(m.f.slice(1), row - m.row, col - m.col);
      }
      return officeValue(cell);
    });
  }

  private readText(ws: FWorksheet, r: Rect): Grid<string> {
    const sheet = ws.getSheet();
    return readGrid<string>(ws, r, "", (_cell, row, col) => {
      const shown = sheet.getCell(row, col);
      if (!shown || shown.v === null || shown.v === undefined) return "";
      const v = officeValue(shown);
      return typeof v === "boolean" ? booleanText(v) : String(v);
    });
  }

  private readNumberFormats(ws: FWorksheet, r: Rect): Grid<string> {
    const wb = ws.getWorkbook();
    return readGrid<string>(ws, r, "General", (cell) => {
      const style = wb.getStyles().getStyleByCell(cell ?? undefined);
      const pattern = style?.n?.pattern;
      return pattern ? pattern : "General";
    });
  }

  get address(): string {
    return this.loaded("address");
  }
  get addressLocal(): string {
    return this.loaded("addressLocal");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get cellCount(): number {
    return this.loaded("cellCount");
  }
  get values(): Grid<OfficeValue> {
    return this.loaded("values");
  }
  get formulas(): Grid<OfficeValue> {
    return this.loaded("formulas");
  }
  get text(): Grid<string> {
    return this.loaded("text");
  }
  get numberFormat(): Grid<string> {
    return this.loaded("numberFormat");
  }
  get valueTypes(): Grid<string> {
    return this.loaded("valueTypes");
  }
  get columnHidden(): boolean | null {
    return this.loaded("columnHidden");
  }
  get rowHidden(): boolean | null {
    return this.loaded("rowHidden");
  }

  set values(value: Grid<unknown>) {
    this.queue("values", () => this.writeContents(value, "values"));
  }
  set formulas(value: Grid<unknown>) {
    this.queue("formulas", () => this.writeContents(value, "formulas"));
  }
  set numberFormat(value: Grid<string>) {
    this.context.enqueue({
      where: "Range.numberFormat",
      owner: this,
      batch: "style",
      run: () => {
        const ws = this.ws();
        const r = this.rect();
        this.worksheet.checkFormat("cells");
        const at = gridOf<unknown>(value, r, "numberFormat");
        ensureSize(ws, r);
        this.context.session.styles.add(ws, r, (row, col) => {
          const p = at(row - r.row, col - r.col);
          if (p === null || p === undefined) return undefined;
          // "General" is Univer's default: no pattern at all.
          return { n: p === "General" || p === "" ? null : { pattern: String(p) } } as never;
        });
      },
    });
  }
  set columnHidden(hidden: boolean) {
    this.queue("columnHidden", () => {
      this.worksheet.checkFormat("columns");
      const ws = this.ws();
      const r = this.rect();
      ensureSize(ws, { ...r, rows: 1, row: 0 });
      setHidden(this.context.session.api, ws, "columns", r, hidden);
    });
  }
  set rowHidden(hidden: boolean) {
    this.queue("rowHidden", () => {
      this.worksheet.checkFormat("rows");
      const ws = this.ws();
      const r = this.rect();
      ensureSize(ws, { ...r, cols: 1, col: 0 });
      setHidden(this.context.session.api, ws, "rows", r, hidden);
    });
  }

  /** values= and formulas= : both parse like typing (see cells.ts). */
  private writeContents(value: Grid<unknown>, what: string): void {
    const ws = this.ws();
    const r = this.rect();
    const at = gridOf<unknown>(value, r, what);
    this.worksheet.checkContent(ws, r);
    ensureSize(ws, r);
    const wb = ws.getWorkbook();
    const styles = wb.getStyles();
    const sheet = ws.getSheet();
    const matrix: IObjectMatrixPrimitiveType<ICellData> = {};
    const runs = new SharedRuns();
    let any = false;
    for (let i = 0; i < r.rows; i++) {
      const row: Record<number, ICellData> = {};
      for (let j = 0; j < r.cols; j++) {
        const input = at(i, j);
        if (input === null || input === undefined) {
          runs.end(j);
          continue;
        }
        const raw = typeof input === "string" ? sheet.getCellRaw(r.row + i, r.col + j) : null;
        // "" into a cell without contents changes nothing. Univer would still delete each such
        // cell from its row one by one, counting the row's keys every time (the writer's compact
        // path sends 120k of them, which its fills then write: 2.2 s).
        if (input === "" && !hasContents(raw ?? null)) {
          runs.end(j);
          continue;
        }
        const pattern = raw ? styles.getStyleByCell(raw)?.n?.pattern : undefined;
        const cell = cellFromInput(input, pattern === "@");
        if (!cell) continue;
        runs.add(j, cell);
        row[r.col + j] = cell;
        any = true;
      }
      matrix[r.row + i] = row;
    }
    if (!any) return;
    writeMatrix(this.context.session.api, ws, matrix);
    this.context.session.dirty = true;
  }

  // ---------- derived ranges ----------

  private derive(fn: (r: Rect) => Rect): Range {
    return new Range(
      this.context,
      this.worksheet,
      () => {
        const r = fn(this.rect());
        checkRect(r);
        return r;
      },
      this.missing,
    );
  }

  getCell(row: number, column: number): Range {
    return this.derive((r) => ({ row: r.row + row, col: r.col + column, rows: 1, cols: 1 }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derive((r) => ({ ...r, rows: r.rows + deltaRows, cols: r.cols + deltaColumns }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derive((r) => ({ ...r, row: r.row + rowOffset, col: r.col + columnOffset }));
  }
  getEntireColumn(): Range {
    return this.derive((r) => ({ row: 0, rows: MAX_ROWS, col: r.col, cols: r.cols }));
  }
  getEntireRow(): Range {
    return this.derive((r) => ({ row: r.row, rows: r.rows, col: 0, cols: MAX_COLS }));
  }
  getRow(row: number): Range {
    return this.derive((r) => ({ ...r, row: r.row + row, rows: 1 }));
  }
  getColumn(column: number): Range {
    return this.derive((r) => ({ ...r, col: r.col + column, cols: 1 }));
  }
  getLastCell(): Range {
    return this.derive((r) => ({ row: r.row + r.rows - 1, col: r.col + r.cols - 1, rows: 1, cols: 1 }));
  }
  getRange(address: string): Range {
    return this.derive((r) => {
      const inner = parseRect(address);
      return { row: r.row + inner.row, col: r.col + inner.col, rows: inner.rows, cols: inner.cols };
    });
  }
  /** The used part of this range (values only, or anything with content or format). */
  getUsedRange(valuesOnly?: boolean): Range {
    return this.worksheet.usedRangeWithin(this, valuesOnly, false);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this.worksheet.usedRangeWithin(this, valuesOnly, true);
  }

  // ---------- methods ----------

  merge(across = false): void {
    this.queue("merge", () => {
      this.worksheet.checkFormat("cells");
      const { ws, rects } = this.areas();
      const r = rects[0];
      if (r.rows * r.cols === 1) return;
      const range = ws.getRange(r.row, r.col, r.rows, r.cols);
      if (across) range.mergeAcross();
      else range.merge();
    });
  }

  unmerge(): void {
    this.queue("unmerge", () => {
      const { ws, rects } = this.areas();
      const r = rects[0];
      ws.getRange(r.row, r.col, r.rows, r.cols).breakApart();
    });
  }

  /** applyTo: "All" (default), "Contents", "Formats". "All" also removes the validation and
   * conditional formats inside the range, as Excel's clear does. */
  clear(applyTo: string = "All"): void {
    this.queue("clear", () => {
      const ws = this.ws();
      const r = clampToSheet(ws, this.rect());
      if (!r) return;
      const contents = applyTo === "All" || applyTo === "Contents";
      const formats = applyTo === "All" || applyTo === "Formats";
      if (contents) this.worksheet.checkContent(ws, r);
      if (formats) this.worksheet.checkFormat("cells");
      const range = ws.getRange(r.row, r.col, r.rows, r.cols);
      if (contents && formats) range.clear();
      else if (contents) range.clearContent();
      else if (formats) range.clearFormat();
      if (formats) {
        for (const m of ws.getMergedRanges()) {
          const mr = { row: m.getRow(), col: m.getColumn(), rows: m.getHeight(), cols: m.getWidth() };
          if (intersects(mr, r)) m.breakApart();
        }
      }
      if (applyTo === "All") removeRulesInside(ws, r);
      if (contents) this.context.session.dirty = true;
    });
  }

  /** Fills `destination` (which contains this range) by repeating this range's cells; formulas
   * move their relative references, as Excel's fill handle does. Series (FillSeries and the
   * like) are filled as copies. */
  autoFill(destination?: string | Range, _type?: string): void {
    this.context.enqueue({
      where: "Range.autoFill",
      owner: this,
      batch: "fill",
      run: () => {
        const ws = this.ws();
        const src = this.rect();
        const dest =
          destination === undefined
            ? src
            : typeof destination === "string"
              ? parseRect(destination)
              : destination.rect();
        if (!contains(dest, src) || (dest.cols !== src.cols && dest.rows !== src.rows)) {
          throw apiError(
            ErrorCodes.invalidArgument,
            "The destination of autoFill must extend the source range in one direction.",
          );
        }
        this.worksheet.checkContent(ws, dest);
        ensureSize(ws, dest);
        const fills = this.context.session.fills;
        // The source must be read as the fills queued before this one left it.
        if (fills.touches(ws, src)) fills.flush();
        const sheet = ws.getSheet();
        const matrix: IObjectMatrixPrimitiveType<ICellData> = {};
        // A source formula is filled as a shared formula, as Excel keeps a filled-down block:
        // the source cell carries the text and an id, the copies only the id, and Univer moves
        // the relative references by each copy's offset. Univer then parses one formula per
        // source cell, not one per copy (the report's 120k formulas are 800 fills).
        const shared: (string | undefined)[][] = [];
        for (let i = 0; i < src.rows; i++) {
          shared.push([]);
          for (let j = 0; j < src.cols; j++) {
            const from = sheet.getCellRaw(src.row + i, src.col + j);
            if (!from) continue;
            if (isFormula(from.f)) {
              let id = from.si ?? undefined;
              if (!id) {
                id = generateRandomId(6);
                (matrix[src.row + i] ??= {})[src.col + j] = { f: from.f, si: id } as ICellData;
              }
              shared[i][j] = id;
            } else if (from.si) shared[i][j] = from.si;
          }
        }
        for (let i = 0; i < dest.rows; i++) {
          const rr = dest.row + i;
          const row: Record<number, ICellData> = (matrix[rr] ??= {});
          const si = (((rr - src.row) % src.rows) + src.rows) % src.rows;
          for (let j = 0; j < dest.cols; j++) {
            const cc = dest.col + j;
            const sj = (((cc - src.col) % src.cols) + src.cols) % src.cols;
            if (rr === src.row + si && cc === src.col + sj) continue;
            const from = sheet.getCellRaw(src.row + si, src.col + sj);
            const id = shared[si][sj];
            row[cc] = (
              id
                ? { s: from?.s ?? null, f: null, si: id, v: null, t: null }
                : { s: from?.s ?? null, f: null, si: null, v: from?.v ?? null, t: from?.t ?? null }
            ) as ICellData;
          }
        }
        fills.add(ws, dest, matrix);
        this.context.session.dirty = true;
      },
    });
  }

  select(): void {
    this.queue("select", () => {
      const ws = this.ws();
      const r = this.rect();
      ws.activate();
      ws.setActiveRange(ws.getRange(r.row, r.col, r.rows, r.cols));
    });
  }

  /** The local address, for messages and tests (not an Office.js member). */
  describe(): string {
    return localAddress(this.rect());
  }
}

/** Excel.RangeAreas: several rectangles of one sheet, formatted together. */
export class RangeAreas extends ClientObject implements FormatTarget {
  readonly typeName = "RangeAreas";
  private formatObj?: RangeFormat;

  constructor(
    context: Queue,
    readonly worksheet: Worksheet,
    private readonly rects: Rect[],
  ) {
    super(context);
  }
  get owner(): ClientObject {
    return this;
  }
  override isNull(): boolean {
    return this.worksheet.isNull();
  }
  areas(): { ws: FWorksheet; rects: Rect[] } {
    const ws = this.worksheet.resolve();
    for (const r of this.rects) ensureSize(ws, r);
    return { ws, rects: this.rects };
  }
  checkFormat(kind: "cells" | "columns" | "rows"): void {
    this.worksheet.checkFormat(kind);
  }
  get format(): RangeFormat {
    this.formatObj ??= new RangeFormat(this.context, this, (locked) =>
      this.worksheet.setLocked(this.rects, locked),
    );
    return this.formatObj;
  }
  protected override readProp(prop: string): unknown {
    if (prop === "address") {
      const ws = this.worksheet.resolve();
      return this.rects.map((r) => sheetAddress(ws.getSheetName(), r)).join(",");
    }
    if (prop === "areaCount") return this.rects.length;
    return super.readProp(prop);
  }
  get address(): string {
    return this.loaded("address");
  }
}
