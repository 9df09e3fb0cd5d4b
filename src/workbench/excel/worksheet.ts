/**
 * Excel.Worksheet, its collection, protection, frozen panes and print setup on Univer sheets.
 * A worksheet proxy is bound to a Univer sheet id when its queued lookup runs (getItem, add,
 * the active sheet), so later renames do not lose it. Protection, locked cells and the print
 * setup have no Univer model that Office.js semantics fit: they are kept in the sheet's custom
 * metadata (saved with the workbook) and enforced here: writes into locked cells of a protected
 * sheet fail with AccessDenied, as in Excel.
 */
import type { FWorksheet } from "@univerjs/sheets/facade";
import { ClientCollection, ClientObject, type Queue } from "./client";
import { checkRect, MAX_COLS, MAX_ROWS, parseRect, type Rect } from "./address";
import { apiError, ErrorCodes } from "./errors";
import { Range, RangeAreas, clampToSheet, ensureSize } from "./range";
import { NamedItemCollection } from "./names";
import type { ICellData, IObjectMatrixPrimitiveType } from "@univerjs/core";
import { CELL_UNLOCKED_KEY } from "../xlsx/keys";
import { HEADER_FOOTER_PROPS, PAGE_PROPS, readPrint, writePrint } from "./pageSetup";
import { writeMatrix } from "./cellWrites";
import type { SheetProtectionModel } from "./session";

/** WorksheetProtectionOptions ↔ exceljs's protection model (true = users may do it). */
const PROTECTION_FLAGS: Record<string, keyof SheetProtectionModel> = {
  allowFormatCells: "formatCells",
  allowFormatColumns: "formatColumns",
  allowFormatRows: "formatRows",
  allowInsertColumns: "insertColumns",
  allowInsertRows: "insertRows",
  allowInsertHyperlinks: "insertHyperlinks",
  allowDeleteColumns: "deleteColumns",
  allowDeleteRows: "deleteRows",
  allowSort: "sort",
  allowAutoFilter: "autoFilter",
  allowPivotTables: "pivotTables",
  allowEditObjects: "objects",
  allowEditScenarios: "scenarios",
};

export type ProtectionOptions = Partial<Record<keyof typeof PROTECTION_FLAGS, boolean>> & {
  selectionMode?: string;
};

const NOT_FOUND = "The requested resource doesn't exist.";
const PROTECTED = "The cell or chart you're trying to change is on a protected sheet.";

/** Excel's rules for sheet names. */
function checkSheetName(name: string): void {
  if (
    !name ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    /^'|'$/.test(name) ||
    name.toLowerCase() === "history"
  ) {
    throw apiError(ErrorCodes.invalidArgument, `The sheet name '${name}' is invalid.`);
  }
}

export class Worksheet extends ClientObject {
  readonly typeName = "Worksheet";
  private sheetId?: string;
  private missing = false;
  private protectionObj?: WorksheetProtection;
  private freezeObj?: WorksheetFreezePanes;
  private layoutObj?: PageLayout;
  private namesObj?: NamedItemCollection;

  constructor(
    context: Queue,
    private readonly nullable = false,
    id?: string,
  ) {
    super(context);
    this.sheetId = id;
  }

  /** Binds the proxy to a sheet (or marks it missing), inside a sync. */
  bind(id: string | undefined): void {
    if (id) this.sheetId = id;
    else this.missing = true;
  }

  override isNull(): boolean {
    return this.nullable && this.missing;
  }

  resolve(): FWorksheet {
    const ws = this.sheetId ? this.context.session.sheetById(this.sheetId) : null;
    if (!ws) throw apiError(ErrorCodes.itemNotFound, NOT_FOUND);
    return ws;
  }

  get protection(): WorksheetProtection {
    this.protectionObj ??= new WorksheetProtection(this.context, this);
    return this.protectionObj;
  }
  get freezePanes(): WorksheetFreezePanes {
    this.freezeObj ??= new WorksheetFreezePanes(this.context, this);
    return this.freezeObj;
  }
  get pageLayout(): PageLayout {
    this.layoutObj ??= new PageLayout(this.context, this);
    return this.layoutObj;
  }
  get names(): NamedItemCollection {
    this.namesObj ??= new NamedItemCollection(this.context, this);
    return this.namesObj;
  }
  /** Excel.PageBreakCollection (add only): a page starts at the range's first column; kept
   * with the print setup and written to saved files. */
  get verticalPageBreaks(): { add(range: Range | string): void } {
    return {
      add: (range: Range | string) =>
        this.pageLayout.addColumnBreak(() =>
          typeof range === "string" ? parseRect(range).col : range.rect().col,
        ),
    };
  }

  // ---------- properties ----------

  protected override defaultProps(): string[] {
    return ["name", "id", "position", "visibility"];
  }
  protected override readProp(prop: string): unknown {
    const ws = this.resolve();
    switch (prop) {
      case "name":
        return ws.getSheetName();
      case "id":
        return ws.getSheetId();
      case "position":
        return ws.getIndex();
      case "visibility":
        return ws.isSheetHidden() ? "Hidden" : "Visible";
      case "tabColor":
        return ws.getTabColor() ?? "";
      default:
        return super.readProp(prop);
    }
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.queue("name", () => {
      checkSheetName(value);
      const ws = this.resolve();
      const other = this.context.session.workbook().getSheetByName(value);
      if (other && other.getSheetId() !== ws.getSheetId())
        throw apiError(ErrorCodes.itemAlreadyExists, "A sheet with that name already exists.");
      ws.setName(value);
    });
  }
  get id(): string {
    return this.loaded("id");
  }
  get position(): number {
    return this.loaded("position");
  }
  get visibility(): string {
    return this.loaded("visibility");
  }

  // ---------- ranges ----------

  getRange(address?: string): Range {
    return new Range(this.context, this, () =>
      address === undefined || address === ""
        ? { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS }
        : parseRect(address),
    );
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return new Range(this.context, this, () => {
      const r = { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
      checkRect(r);
      return r;
    });
  }
  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getRanges(addresses: string): RangeAreas {
    let rects: Rect[] = [];
    try {
      rects = addresses.split(",").map((a) => parseRect(a));
    } catch (e) {
      this.queue("getRanges", () => {
        throw e;
      });
    }
    return new RangeAreas(this.context, this, rects);
  }
  getUsedRange(valuesOnly?: boolean): Range {
    return this.usedRangeWithin(undefined, valuesOnly, false);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return this.usedRangeWithin(undefined, valuesOnly, true);
  }

  /** The used range of the sheet (or of `within`), computed at its place in the batch. */
  usedRangeWithin(within: Range | undefined, valuesOnly: boolean | undefined, nullable: boolean): Range {
    let rect: Rect | null | undefined;
    const range = new Range(
      this.context,
      this,
      () => {
        if (rect === undefined)
          throw apiError(ErrorCodes.generalException, "The used range is not known yet.");
        return rect ?? { row: 0, col: 0, rows: 1, cols: 1 };
      },
      () => nullable && rect === null,
    );
    this.queue("getUsedRange", () => {
      const ws = this.resolve();
      const bounds = within ? within.rect() : undefined;
      rect = usedRect(ws, valuesOnly === true, bounds);
      if (rect === null && !nullable) {
        rect = bounds
          ? { row: bounds.row, col: bounds.col, rows: 1, cols: 1 }
          : { row: 0, col: 0, rows: 1, cols: 1 };
      }
    });
    return range;
  }

  // ---------- methods ----------

  activate(): void {
    this.queue("activate", () => {
      const ws = this.resolve();
      this.context.session.workbook().setActiveSheet(ws);
    });
  }

  delete(): void {
    this.queue("delete", () => {
      const ws = this.resolve();
      const wb = this.context.session.workbook();
      const visible = wb.getSheets().filter((s) => !s.isSheetHidden());
      if (visible.length <= 1 && !ws.isSheetHidden()) {
        throw apiError(
          ErrorCodes.invalidOperation,
          "A workbook must contain at least one visible worksheet.",
        );
      }
      if (!wb.deleteSheet(ws)) throw apiError(ErrorCodes.generalException, "The sheet could not be deleted.");
    });
  }

  // ---------- protection (kept with the sheet, see session.ts) ----------

  protectionModel(ws = this.resolve()): SheetProtectionModel | undefined {
    return this.context.session.protection(ws);
  }

  /** AccessDenied for contents written into locked cells of a protected sheet. */
  checkContent(ws: FWorksheet, r: Rect): void {
    if (!this.context.session.protection(ws)) return;
    const sheet = ws.getSheet();
    for (let i = 0; i < r.rows; i++) {
      for (let j = 0; j < r.cols; j++) {
        const custom = sheet.getCellRaw(r.row + i, r.col + j)?.custom as Record<string, unknown> | undefined;
        if (custom?.[CELL_UNLOCKED_KEY] !== 1) throw apiError(ErrorCodes.accessDenied, PROTECTED);
      }
    }
  }

  /** AccessDenied for formatting a protected sheet, unless its protection allows that kind. */
  checkFormat(kind: "cells" | "columns" | "rows"): void {
    const p = this.context.session.protection(this.resolve());
    if (!p) return;
    const allowed = kind === "cells" ? p.formatCells : kind === "columns" ? p.formatColumns : p.formatRows;
    if (!allowed) throw apiError(ErrorCodes.accessDenied, PROTECTED);
  }

  /** format.protection.locked: kept on each cell (as the .xlsx converter reads it). */
  setLocked(rects: Rect[], locked: boolean): void {
    const ws = this.resolve();
    const sheet = ws.getSheet();
    // All areas in one mutation: each mutation also queues dirty ranges for the calculation.
    const matrix: IObjectMatrixPrimitiveType<ICellData> = {};
    for (const r of rects) {
      ensureSize(ws, r);
      for (let i = 0; i < r.rows; i++) {
        const row: Record<number, ICellData> = (matrix[r.row + i] ??= {});
        for (let j = 0; j < r.cols; j++) {
          const old = (sheet.getCellRaw(r.row + i, r.col + j)?.custom ?? {}) as Record<string, unknown>;
          if (locked && old[CELL_UNLOCKED_KEY] === undefined) continue;
          const custom = { ...old };
          if (locked) delete custom[CELL_UNLOCKED_KEY];
          else custom[CELL_UNLOCKED_KEY] = 1;
          row[r.col + j] = { custom: Object.keys(custom).length > 0 ? custom : null } as unknown as ICellData;
        }
      }
    }
    writeMatrix(this.context.session.api, ws, matrix, "custom");
  }

  /** Whether the top-left cell of `r` is locked. */
  isLocked(r: Rect): boolean {
    const custom = this.resolve().getSheet().getCellRaw(r.row, r.col)?.custom as
      Record<string, unknown> | undefined;
    return custom?.[CELL_UNLOCKED_KEY] !== 1;
  }
}

/** The used rectangle: cells with contents (valuesOnly) or with contents or a style. */
function usedRect(ws: FWorksheet, valuesOnly: boolean, within?: Rect): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const area = within ? clampToSheet(ws, within) : null;
  if (within && !area) return null;
  ws.getSheet()
    .getCellMatrix()
    .forValue((row, col, cell) => {
      if (!cell) return;
      if (
        area &&
        (row < area.row || row >= area.row + area.rows || col < area.col || col >= area.col + area.cols)
      )
        return;
      const hasContent =
        (cell.v !== null && cell.v !== undefined && cell.v !== "") || !!cell.f || !!cell.si || !!cell.p;
      if (!hasContent && (valuesOnly || !cell.s)) return;
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (col < left) left = col;
      if (col > right) right = col;
    });
  if (bottom < 0) return null;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

export class WorksheetCollection extends ClientCollection<Worksheet> {
  readonly typeName = "WorksheetCollection";

  protected currentItems(): Worksheet[] {
    return this.context.session
      .workbook()
      .getSheets()
      .map((ws) => new Worksheet(this.context, false, ws.getSheetId()));
  }

  private lookup(name: string): FWorksheet | undefined {
    const lower = name.toLowerCase();
    return this.context.session
      .workbook()
      .getSheets()
      .find((ws) => ws.getSheetName().toLowerCase() === lower);
  }

  getItem(key: string): Worksheet {
    const sheet = new Worksheet(this.context);
    this.queue("getItem", () => {
      const ws = this.lookup(key) ?? this.context.session.sheetById(key) ?? undefined;
      if (!ws) throw apiError(ErrorCodes.itemNotFound, NOT_FOUND);
      sheet.bind(ws.getSheetId());
    });
    return sheet;
  }

  getItemOrNullObject(key: string): Worksheet {
    const sheet = new Worksheet(this.context, true);
    this.queue("getItemOrNullObject", () => {
      const ws = this.lookup(key) ?? this.context.session.sheetById(key) ?? undefined;
      sheet.bind(ws?.getSheetId());
    });
    return sheet;
  }

  getActiveWorksheet(): Worksheet {
    const sheet = new Worksheet(this.context);
    this.queue("getActiveWorksheet", () =>
      sheet.bind(this.context.session.workbook().getActiveSheet().getSheetId()),
    );
    return sheet;
  }

  getFirst(): Worksheet {
    const sheet = new Worksheet(this.context);
    this.queue("getFirst", () => sheet.bind(this.context.session.workbook().getSheets()[0]?.getSheetId()));
    return sheet;
  }

  /** Adds a sheet at the end; like Excel, it does not become the active sheet. */
  add(name?: string): Worksheet {
    const sheet = new Worksheet(this.context);
    this.queue("add", () => {
      const wb = this.context.session.workbook();
      let n = name;
      if (n === undefined) {
        let i = wb.getSheets().length + 1;
        while (this.lookup(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      checkSheetName(n);
      if (this.lookup(n))
        throw apiError(ErrorCodes.itemAlreadyExists, "A sheet with that name already exists.");
      const active = wb.getActiveSheet();
      const ws = wb.insertSheet(n);
      wb.setActiveSheet(active);
      sheet.bind(ws.getSheetId());
    });
    return sheet;
  }

  getCount(): { value: number } {
    const out = { value: 0 };
    this.queue("getCount", () => {
      out.value = this.context.session.workbook().getSheets().length;
    });
    return out;
  }
}

/** A part of one worksheet (protection, frozen panes, page layout): null when the sheet is. */
abstract class SheetPart extends ClientObject {
  constructor(
    context: Queue,
    protected readonly sheet: Worksheet,
  ) {
    super(context);
  }
  override isNull(): boolean {
    return this.sheet.isNull();
  }
}

export class WorksheetProtection extends SheetPart {
  readonly typeName = "WorksheetProtection";
  protected override defaultProps(): string[] {
    return ["protected", "options"];
  }
  protected override readProp(prop: string): unknown {
    const p = this.sheet.protectionModel();
    if (prop === "protected") return p !== undefined;
    if (prop === "options") {
      const out: ProtectionOptions = {};
      for (const [office, model] of Object.entries(PROTECTION_FLAGS))
        out[office as keyof typeof PROTECTION_FLAGS] = p?.[model] === true;
      out.selectionMode =
        p?.selectUnlockedCells === false ? "None" : p?.selectLockedCells === false ? "Unlocked" : "Normal";
      return out;
    }
    return super.readProp(prop);
  }
  get protected(): boolean {
    return this.loaded("protected");
  }
  get options(): ProtectionOptions {
    return this.loaded("options");
  }
  protect(options?: ProtectionOptions, _password?: string): void {
    this.queue("protect", () => {
      const ws = this.sheet.resolve();
      if (this.context.session.protection(ws))
        throw apiError(ErrorCodes.invalidOperation, "The sheet is already protected.");
      const model: SheetProtectionModel = { sheet: true };
      for (const [office, key] of Object.entries(PROTECTION_FLAGS)) {
        if (options?.[office as keyof typeof PROTECTION_FLAGS]) model[key] = true;
      }
      if (options?.selectionMode === "None") {
        model.selectLockedCells = false;
        model.selectUnlockedCells = false;
      } else if (options?.selectionMode === "Unlocked") model.selectLockedCells = false;
      this.context.session.setProtection(ws, model);
    });
  }
  unprotect(_password?: string): void {
    this.queue("unprotect", () => this.context.session.setProtection(this.sheet.resolve(), undefined));
  }
}

export class WorksheetFreezePanes extends SheetPart {
  readonly typeName = "WorksheetFreezePanes";
  private freeze(rows: number, cols: number): void {
    const ws = this.sheet.resolve();
    ws.setFreeze({
      xSplit: cols,
      ySplit: rows,
      startRow: rows > 0 ? rows : -1,
      startColumn: cols > 0 ? cols : -1,
    });
  }
  freezeRows(count = 1): void {
    this.queue("freezeRows", () => this.freeze(count, 0));
  }
  freezeColumns(count = 1): void {
    this.queue("freezeColumns", () => this.freeze(0, count));
  }
  freezeAt(frozenRange: Range | string): void {
    this.queue("freezeAt", () => {
      const r = typeof frozenRange === "string" ? parseRect(frozenRange) : frozenRange.rect();
      this.freeze(r.row + r.rows, r.col + r.cols);
    });
  }
  unfreeze(): void {
    this.queue("unfreeze", () => {
      this.sheet.resolve().cancelFreeze();
    });
  }
}

/** Excel.PageLayout: kept with the sheet as the .xlsx converter's print setup (pageSetup.ts). */
export class PageLayout extends SheetPart {
  readonly typeName = "PageLayout";
  private put(key: string, value: unknown): void {
    this.queue(key, () => {
      const ws = this.sheet.resolve();
      const v = value instanceof Range ? value.describe() : value;
      this.context.session.setPrint(ws, writePrint(this.context.session.print(ws), key, v));
    });
  }
  protected override defaultProps(): string[] {
    return [...PAGE_PROPS];
  }
  protected override readProp(prop: string): unknown {
    const v = readPrint(this.context.session.print(this.sheet.resolve()), prop);
    return v === undefined ? super.readProp(prop) : v;
  }
  setPrintTitleRows(rows: Range | string): void {
    this.put("printTitleRows", rows);
  }
  setPrintTitleColumns(cols: Range | string): void {
    this.put("printTitleColumns", cols);
  }
  setPrintArea(area: Range | string): void {
    this.put("printArea", area);
  }
  /** Excel.HeaderFooterGroup, the default-for-all-pages header and footer only (the templates
   * set no other). */
  get headersFooters(): { defaultForAllPages: Record<string, string> } {
    const group = {} as Record<string, string>;
    for (const key of HEADER_FOOTER_PROPS) {
      Object.defineProperty(group, key, {
        enumerable: true,
        get: () => readPrint(this.context.session.print(this.sheet.resolve()), key) as string,
        set: (value: string) => this.put(key, value),
      });
    }
    return { defaultForAllPages: group };
  }
  /** Not an Office.js member: the worksheet's verticalPageBreaks.add lands here. */
  addColumnBreak(col: () => number): void {
    this.queue("verticalPageBreaks.add", () => {
      const ws = this.sheet.resolve();
      this.context.session.setPrint(ws, writePrint(this.context.session.print(ws), "colBreak", col()));
    });
  }
  getPrintTitleRowsOrNullObject(): { value: string | null } {
    const out = { value: null as string | null };
    this.queue("getPrintTitleRows", () => {
      out.value = readPrint(this.context.session.print(this.sheet.resolve()), "printTitleRows") as
        string | null;
    });
    return out;
  }
}
for (const key of PAGE_PROPS) {
  Object.defineProperty(PageLayout.prototype, key, {
    configurable: true,
    get(this: PageLayout) {
      return (this as unknown as { loaded(p: string): unknown }).loaded(key);
    },
    set(this: PageLayout, value: unknown) {
      (this as unknown as { put(k: string, v: unknown): void }).put(key, value);
    },
  });
}
