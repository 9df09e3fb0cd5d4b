/**
 * An instrumented in-memory fake of the part of the Excel JavaScript API (Office.js) that the
 * add-in uses, for tests and the pane's browser e2e. Excel itself cannot run here; everything
 * else in those tests is real.
 *
 *   const excel = new FakeExcel({ apiVersion: "1.9", sheets: ["Sheet1"] });
 *   excel.setCell("Sheet1", "B2", 42);               // seed the user's data
 *   await insertSheetModel(excel.context, model, { supports: excel.supports });
 *   excel.syncs; excel.calls; excel.cell("季度通报", "C5")?.formula; excel.snapshot();
 *   excel.run(async (context) => …)                  // like Excel.run
 *   excel.installGlobals(globalThis)                  // Office + Excel globals for a page
 *
 * Semantics kept from the real API, so tests catch misuse:
 *  - load() + sync(): loaded properties (range.formulas, worksheets.items, sheet.name,
 *    protection.protected, names.items, selected range address) throw before the sync that
 *    loads them;
 *  - errors of queued operations (unknown sheet, duplicate sheet or name, writing to a protected
 *    sheet) surface at the next sync(), as in Office.js;
 *  - a feature of a requirement set above `apiVersion` throws ("ApiNotFound") at the call, so a
 *    degraded path that calls it fails the test;
 *  - every method call and property write is recorded in `calls` (apiCalls = calls.length);
 *    writes apply to the grid at once, so anything queued before a failed check is visible.
 *  - behaviours of real Excel that the writer must work around (office-js issue numbers):
 *    a print zoom that sets only horizontalFitToPages is not applied (#1860); panes frozen on a
 *    sheet that is not the active one are lost (#3148); Range.clear("All") leaves the range's data
 *    validation and conditional formats (they are removed by dataValidation.clear() and
 *    conditionalFormats.clearAll());
 *  - errors carry Office.js's unlocalized `code` ("ItemNotFound", "AccessDenied" …).
 * Not modelled: calculation (formulas are stored as text), undo, events.
 */
import type { Supports } from "../../src/office/writer/requirements";
import { toR1C1 } from "../../src/model/r1c1";
import { colIndex, colName, rangeA1 } from "../../src/model/a1";

export interface FakeCall {
  /** e.g. "Range.formulas=", "Worksheet.getRange", "RequestContext.sync" */
  op: string;
  /** Sheet and address the call applies to, when it has one. */
  target?: string;
  args?: unknown[];
}

export interface FakeCellFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  fontName?: string;
  fontSize?: number;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  locked: boolean;
}

export interface FakeCell {
  /** What was written: a formula text ("=…"), a number, a boolean or a text. */
  input: string | number | boolean;
  numberFormat: string;
  format: FakeCellFormat;
}

export interface FakeValidation {
  address: string;
  rule?: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
  ignoreBlanks?: boolean;
}

export interface FakeConditionalFormat {
  address: string;
  type: string;
  rule?: unknown;
  fill?: string;
  font?: string;
}

export interface FakeSheetState {
  name: string;
  cells: Map<string, FakeCell>;
  merges: string[];
  validations: FakeValidation[];
  conditionalFormats: FakeConditionalFormat[];
  names: Map<string, string>;
  protected: boolean;
  protectionOptions?: unknown;
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  rowHeights: Map<number, number>;
  freeze?: { rows: number; cols: number };
  pageLayout: Record<string, unknown>;
  borders: { address: string; edge: string; style?: string; color?: string }[];
}

export interface FakeExcelOptions {
  /** Highest ExcelApi version the fake host supports, e.g. "1.9" (default) or "1.1". */
  apiVersion?: string;
  sheets?: string[];
  activeSheet?: string;
  /** Selected range on the active sheet, e.g. "C5" (default "A1"). */
  selection?: string;
}

// ---------- errors ----------

/** An error as Office.js raises it: `code` is the unlocalized Excel.ErrorCodes string
 * ("ItemNotFound", "AccessDenied" …); `message` is free text (localized in real Excel). */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/** "ItemNotFound: no sheet named X" → a FakeOfficeError with code ItemNotFound. */
export function excelError(text: string): FakeOfficeError {
  const m = /^(\w+): /.exec(text);
  return new FakeOfficeError(m ? m[1] : "GeneralException", text);
}

// ---------- addresses ----------

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** "B3", "B3:D9", "$B$3:$D$9", "A:C" (columns) or "3:4" (rows) → a rectangle. */
export function parseAddress(address: string): Rect {
  const a = address.replace(/\$/g, "").replace(/^.*!/, "").trim();
  const cell = /^([A-Za-z]{1,3})(\d+)$/;
  const [p, q = p] = a.split(":");
  const m1 = cell.exec(p);
  const m2 = cell.exec(q);
  if (m1 && m2) {
    const r1 = Number(m1[2]) - 1;
    const r2 = Number(m2[2]) - 1;
    const c1 = colIndex(m1[1]);
    const c2 = colIndex(m2[1]);
    return {
      row: Math.min(r1, r2),
      col: Math.min(c1, c2),
      rows: Math.abs(r2 - r1) + 1,
      cols: Math.abs(c2 - c1) + 1,
    };
  }
  if (/^[A-Za-z]{1,3}$/.test(p) && /^[A-Za-z]{1,3}$/.test(q)) {
    return { row: 0, col: colIndex(p), rows: 1048576, cols: colIndex(q) - colIndex(p) + 1 };
  }
  if (/^\d+$/.test(p) && /^\d+$/.test(q)) {
    return { row: Number(p) - 1, col: 0, rows: Number(q) - Number(p) + 1, cols: 16384 };
  }
  throw excelError(`InvalidArgument: bad address ${address}`);
}

export function formatAddress(r: Rect): string {
  return rangeA1(r.row, r.col, r.rows, r.cols);
}

function key(row: number, col: number): string {
  return `${row},${col}`;
}

/** A1 form of an R1C1 formula as seen from (row, col): the inverse of toR1C1. */
export function fromR1C1(r1c1: string, row: number, col: number): string {
  return r1c1
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?/g, (_m, rs?: string, cs?: string) => {
            const rAbs = rs !== undefined && !rs.startsWith("[");
            const cAbs = cs !== undefined && !cs.startsWith("[");
            const r = rs === undefined ? row : rAbs ? Number(rs) - 1 : row + Number(rs.slice(1, -1));
            const c = cs === undefined ? col : cAbs ? Number(cs) - 1 : col + Number(cs.slice(1, -1));
            return `${cAbs ? "$" : ""}${colName(c)}${rAbs ? "$" : ""}${r + 1}`;
          }),
    )
    .join('"');
}

function versionAtLeast(have: string, need: string): boolean {
  const [a1, b1] = have.split(".").map(Number);
  const [a2, b2] = need.split(".").map(Number);
  return a1 > a2 || (a1 === a2 && b1 >= b2);
}

class NotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before load() and sync()`);
  }
}

// ---------- the fake ----------

export class FakeExcel {
  readonly sheets: FakeSheetState[] = [];
  readonly calls: FakeCall[] = [];
  syncs = 0;
  apiVersion: string;
  activeSheet: string;
  selection: string;
  calculationSuspendedAt: number[] = [];
  /** Errors queued by operations, thrown by the next sync (as Office.js does). */
  private pending: Error[] = [];
  private loads: (() => void)[] = [];
  private failSyncs = new Map<number, Error>();
  readonly context: Excel.RequestContext;
  private readonly ctx: FakeContext;

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? "1.9";
    for (const s of options.sheets ?? ["Sheet1"]) this.sheets.push(this.newSheetState(s));
    this.activeSheet = options.activeSheet ?? this.sheets[0]?.name ?? "Sheet1";
    this.selection = options.selection ?? "A1";
    this.ctx = new FakeContext(this);
    this.context = this.ctx as unknown as Excel.RequestContext;
  }

  /** isSetSupported for this host: ExcelApi up to apiVersion. */
  readonly supports: Supports = (set, version) =>
    set === "ExcelApi" && versionAtLeast(this.apiVersion, version);

  /** Makes the next-but-n sync (1-based count of all syncs) fail with `error`. */
  failSync(n: number, error = excelError("GeneralException: the host failed")): void {
    this.failSyncs.set(n, error);
  }

  /** Like Excel.run: calls `fn` with the context. */
  async run<T>(fn: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return fn(this.context);
  }

  /** Installs `Office` and `Excel` globals (for a page or a component test). */
  installGlobals(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
    target.Office = {
      context: {
        requirements: { isSetSupported: (set: string, version: string) => this.supports(set, version) },
        displayLanguage: "zh-CN",
      },
      onReady: async () => ({ host: "Excel", platform: "PC" }),
      HostType: { Excel: "Excel" },
    };
    target.Excel = { run: <T>(fn: (c: Excel.RequestContext) => Promise<T>) => this.run(fn) };
  }

  sheet(name: string): FakeSheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The state of one cell, undefined when nothing was ever written there. */
  cell(sheet: string, a1: string): FakeCell | undefined {
    const r = parseAddress(a1);
    return this.sheet(sheet)?.cells.get(key(r.row, r.col));
  }

  /** Seeds a user's cell (not recorded as an API call). */
  setCell(sheet: string, a1: string, input: string | number | boolean): void {
    const s = this.sheet(sheet) ?? this.addSheetState(sheet);
    const r = parseAddress(a1);
    s.cells.set(key(r.row, r.col), { input, numberFormat: "General", format: { locked: true } });
  }

  /** A deep copy of all cells of all sheets, for before/after comparisons. */
  snapshot(): Record<string, Record<string, FakeCell>> {
    const out: Record<string, Record<string, FakeCell>> = {};
    for (const s of this.sheets) {
      const cells: Record<string, FakeCell> = {};
      for (const [k, v] of s.cells) {
        const [r, c] = k.split(",").map(Number);
        cells[`${colName(c)}${r + 1}`] = structuredClone(v);
      }
      out[s.name] = cells;
    }
    return out;
  }

  /** Number of recorded API calls (method calls and property writes, syncs excluded). */
  get apiCalls(): number {
    return this.calls.filter((c) => c.op !== "RequestContext.sync").length;
  }

  // ----- internals used by the fake objects -----

  record(op: string, target?: string, args?: unknown[]): void {
    this.calls.push({ op, target, args });
  }

  need(version: string, what: string): void {
    if (!versionAtLeast(this.apiVersion, version)) {
      throw excelError(`ApiNotFound: ${what} needs ExcelApi ${version}; this host has ${this.apiVersion}`);
    }
  }

  defer(error: Error): void {
    this.pending.push(error);
  }

  onSync(load: () => void): void {
    this.loads.push(load);
  }

  newSheetState(name: string): FakeSheetState {
    return {
      name,
      cells: new Map(),
      merges: [],
      validations: [],
      conditionalFormats: [],
      names: new Map(),
      protected: false,
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      rowHeights: new Map(),
      pageLayout: {},
      borders: [],
    };
  }

  addSheetState(name: string): FakeSheetState {
    const s = this.newSheetState(name);
    this.sheets.push(s);
    return s;
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.record("RequestContext.sync");
    const injected = this.failSyncs.get(this.syncs);
    const errors = this.pending;
    const loads = this.loads;
    this.pending = [];
    this.loads = [];
    await Promise.resolve();
    if (injected) throw injected;
    if (errors.length) throw errors[0];
    for (const l of loads) l();
  }
}

class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbook(fake);
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        fake.need("1.6", "Application.suspendApiCalculationUntilNextSync");
        fake.record("Application.suspendApiCalculationUntilNextSync");
        fake.calculationSuspendedAt.push(fake.syncs);
      },
    };
  }
  sync(): Promise<void> {
    return this.fake.sync();
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  constructor(private readonly fake: FakeExcel) {
    this.worksheets = new FakeWorksheetCollection(fake);
  }
  getSelectedRange(): FakeRange {
    this.fake.record("Workbook.getSelectedRange");
    const sheet = new FakeWorksheet(this.fake, () => this.fake.sheet(this.fake.activeSheet));
    return new FakeRange(this.fake, sheet, parseAddress(this.fake.selection));
  }
}

class FakeWorksheetCollection {
  private loadedItems?: FakeWorksheet[];
  constructor(private readonly fake: FakeExcel) {}
  load(props?: string | string[]): this {
    this.fake.record("WorksheetCollection.load", undefined, [props]);
    this.fake.onSync(() => {
      this.loadedItems = this.fake.sheets.map((s) => FakeWorksheet.of(this.fake, s, true));
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new NotLoaded("worksheets.items");
    return this.loadedItems;
  }
  add(name?: string): FakeWorksheet {
    this.fake.record("WorksheetCollection.add", name, [name]);
    const n = name ?? `Sheet${this.fake.sheets.length + 1}`;
    if (this.fake.sheet(n)) {
      this.fake.defer(excelError(`ItemAlreadyExists: a sheet named ${n} exists`));
      return FakeWorksheet.of(this.fake, this.fake.newSheetState(n), false);
    }
    return FakeWorksheet.of(this.fake, this.fake.addSheetState(n), false);
  }
  getItem(name: string): FakeWorksheet {
    this.fake.record("WorksheetCollection.getItem", name, [name]);
    const s = this.fake.sheet(name);
    if (!s) {
      this.fake.defer(excelError(`ItemNotFound: no sheet named ${name}`));
      return FakeWorksheet.of(this.fake, this.fake.newSheetState(name), false);
    }
    return FakeWorksheet.of(this.fake, s, false);
  }
  getItemOrNullObject(name: string): FakeWorksheet & { isNullObject: boolean } {
    this.fake.record("WorksheetCollection.getItemOrNullObject", name, [name]);
    const s = this.fake.sheet(name);
    const ws = FakeWorksheet.of(this.fake, s ?? this.fake.newSheetState(name), false);
    // A null object: its methods do nothing, as Office.js's null objects do.
    if (!s) return Object.assign(ws, { isNullObject: true, delete: () => undefined });
    return Object.assign(ws, { isNullObject: false });
  }
  getActiveWorksheet(): FakeWorksheet {
    this.fake.record("WorksheetCollection.getActiveWorksheet");
    const s = this.fake.sheet(this.fake.activeSheet) ?? this.fake.addSheetState(this.fake.activeSheet);
    return FakeWorksheet.of(this.fake, s, false);
  }
}

class FakeWorksheet {
  private nameLoaded: boolean;
  readonly protection: FakeProtection;
  readonly names: FakeNames;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: Record<string, unknown> & { setPrintTitleRows(rows: string): void };
  /** Column page breaks (ExcelApi 1.9): the 0-based columns they start, in pageLayout.colBreaks. */
  readonly verticalPageBreaks: { add(range: FakeRange): void };

  constructor(
    private readonly fake: FakeExcel,
    readonly state: () => FakeSheetState | undefined,
    nameLoaded = false,
  ) {
    this.nameLoaded = nameLoaded;
    this.protection = new FakeProtection(fake, this);
    this.names = new FakeNames(fake, this);
    this.freezePanes = new FakeFreezePanes(fake, this);
    this.pageLayout = pageLayout(fake, this);
    this.verticalPageBreaks = {
      add: (range: FakeRange) => {
        fake.need("1.9", "PageBreakCollection.add");
        fake.record("PageBreakCollection.add", this.st.name, [range.rect.col]);
        const list = (this.st.pageLayout.colBreaks ??= []) as number[];
        list.push(range.rect.col);
      },
    };
  }

  static of(fake: FakeExcel, s: FakeSheetState, nameLoaded: boolean): FakeWorksheet {
    return new FakeWorksheet(fake, () => s, nameLoaded);
  }

  get st(): FakeSheetState {
    const s = this.state();
    if (!s) throw excelError("ItemNotFound: sheet");
    return s;
  }
  load(props?: string | string[]): this {
    this.fake.record("Worksheet.load", this.st.name, [props]);
    this.fake.onSync(() => (this.nameLoaded = true));
    return this;
  }
  get name(): string {
    if (!this.nameLoaded) throw new NotLoaded("worksheet.name");
    return this.st.name;
  }
  getRange(address: string): FakeRange {
    this.fake.record("Worksheet.getRange", `${this.st.name}!${address}`, [address]);
    return new FakeRange(this.fake, this, parseAddress(address));
  }
  getRanges(address: string): FakeRangeAreas {
    this.fake.need("1.9", "Worksheet.getRanges");
    this.fake.record("Worksheet.getRanges", `${this.st.name}!${address}`, [address]);
    return new FakeRangeAreas(
      this.fake,
      address.split(",").map((a) => new FakeRange(this.fake, this, parseAddress(a), false)),
    );
  }
  activate(): void {
    this.fake.record("Worksheet.activate", this.st.name);
    this.fake.activeSheet = this.st.name;
  }
  delete(): void {
    this.fake.record("Worksheet.delete", this.st.name);
    const i = this.fake.sheets.indexOf(this.st);
    if (i >= 0) this.fake.sheets.splice(i, 1);
  }
}

function pageLayout(fake: FakeExcel, sheet: FakeWorksheet) {
  const target: Record<string, unknown> = {
    setPrintTitleRows(rows: string) {
      fake.need("1.9", "PageLayout.setPrintTitleRows");
      fake.record("PageLayout.setPrintTitleRows", sheet.st.name, [rows]);
      sheet.st.pageLayout.printTitleRows = rows;
    },
    setPrintTitleColumns(cols: string) {
      fake.need("1.9", "PageLayout.setPrintTitleColumns");
      fake.record("PageLayout.setPrintTitleColumns", sheet.st.name, [cols]);
      sheet.st.pageLayout.printTitleColumns = cols;
    },
    // headersFooters.defaultForAllPages.<leftHeader|centerHeader|…> = text
    headersFooters: {
      defaultForAllPages: new Proxy({} as Record<string, unknown>, {
        set(_t, prop: string, value) {
          fake.need("1.9", `HeaderFooter.${prop}`);
          fake.record(`HeaderFooter.${prop}=`, sheet.st.name, [value]);
          sheet.st.pageLayout[`header.${prop}`] = value;
          return true;
        },
      }),
    },
  };
  return new Proxy(target, {
    set(_t, prop: string, value) {
      fake.need("1.9", `PageLayout.${prop}`);
      fake.record(`PageLayout.${prop}=`, sheet.st.name, [value]);
      // office-js #1860: fit-to-width alone (no verticalFitToPages) is silently not applied.
      const zoom = value as { horizontalFitToPages?: number; verticalFitToPages?: number } | undefined;
      if (
        prop === "zoom" &&
        zoom?.horizontalFitToPages !== undefined &&
        zoom.verticalFitToPages === undefined
      )
        return true;
      sheet.st.pageLayout[prop] = value;
      return true;
    },
    get(t, prop: string) {
      if (prop in t) return t[prop];
      return sheet.st.pageLayout[prop];
    },
  }) as Record<string, unknown> & { setPrintTitleRows(rows: string): void };
}

class FakeProtection {
  private loaded = false;
  constructor(
    private readonly fake: FakeExcel,
    private readonly sheet: FakeWorksheet,
  ) {}
  load(props?: string | string[]): this {
    this.fake.need("1.2", "WorksheetProtection.load");
    this.fake.record("WorksheetProtection.load", this.sheet.st.name, [props]);
    this.fake.onSync(() => (this.loaded = true));
    return this;
  }
  get protected(): boolean {
    if (!this.loaded) throw new NotLoaded("protection.protected");
    return this.sheet.st.protected;
  }
  protect(options?: unknown): void {
    this.fake.need("1.2", "WorksheetProtection.protect");
    this.fake.record("WorksheetProtection.protect", this.sheet.st.name, [options]);
    this.sheet.st.protected = true;
    this.sheet.st.protectionOptions = options;
  }
}

class FakeNames {
  private loaded?: { name: string }[];
  constructor(
    private readonly fake: FakeExcel,
    private readonly sheet: FakeWorksheet,
  ) {}
  load(props?: string | string[]): this {
    this.fake.need("1.4", "NamedItemCollection.load");
    this.fake.record("NamedItemCollection.load", this.sheet.st.name, [props]);
    this.fake.onSync(() => (this.loaded = [...this.sheet.st.names.keys()].map((name) => ({ name }))));
    return this;
  }
  get items(): { name: string }[] {
    if (!this.loaded) throw new NotLoaded("names.items");
    return this.loaded;
  }
  add(name: string, reference: FakeRange | string): void {
    this.fake.need("1.4", "NamedItemCollection.add");
    const ref = typeof reference === "string" ? reference : reference.address;
    this.fake.record("NamedItemCollection.add", this.sheet.st.name, [name, ref]);
    if (this.sheet.st.names.has(name)) this.fake.defer(excelError(`ItemAlreadyExists: name ${name}`));
    else this.sheet.st.names.set(name, ref);
  }
}

class FakeFreezePanes {
  constructor(
    private readonly fake: FakeExcel,
    private readonly sheet: FakeWorksheet,
  ) {}
  // office-js #3148: panes frozen on a sheet that is not the active one are lost.
  private set(freeze: { rows: number; cols: number }): void {
    if (this.fake.activeSheet.toLowerCase() === this.sheet.st.name.toLowerCase())
      this.sheet.st.freeze = freeze;
  }
  freezeAt(range: FakeRange | string): void {
    this.fake.need("1.7", "WorksheetFreezePanes.freezeAt");
    const r = typeof range === "string" ? parseAddress(range) : range.rect;
    this.fake.record("WorksheetFreezePanes.freezeAt", this.sheet.st.name, [formatAddress(r)]);
    this.set({ rows: r.row + r.rows, cols: r.col + r.cols });
  }
  freezeRows(count: number): void {
    this.fake.need("1.7", "WorksheetFreezePanes.freezeRows");
    this.fake.record("WorksheetFreezePanes.freezeRows", this.sheet.st.name, [count]);
    this.set({ rows: count, cols: 0 });
  }
  freezeColumns(count: number): void {
    this.fake.need("1.7", "WorksheetFreezePanes.freezeColumns");
    this.fake.record("WorksheetFreezePanes.freezeColumns", this.sheet.st.name, [count]);
    this.set({ rows: 0, cols: count });
  }
}

/** Applies a setter to every cell of a range, creating cells as needed. */
function eachCell(range: FakeRange, fn: (cell: FakeCell) => void): void {
  const s = range.sheet.st;
  const r = range.rect;
  for (let i = 0; i < r.rows; i++) {
    for (let j = 0; j < r.cols; j++) {
      const k = key(r.row + i, r.col + j);
      let cell = s.cells.get(k);
      if (!cell) {
        cell = { input: "", numberFormat: "General", format: { locked: true } };
        s.cells.set(k, cell);
      }
      fn(cell);
    }
  }
}

function checkWritable(range: FakeRange): void {
  if (range.sheet.st.protected) {
    range.fake.defer(excelError(`AccessDenied: sheet ${range.sheet.st.name} is protected`));
  }
}

/** Sets a 2D array (or one value for every cell) into the range. */
function setGrid<T>(
  range: FakeRange,
  what: string,
  value: T | T[][],
  apply: (cell: FakeCell, v: T) => void,
): void {
  const r = range.rect;
  if (Array.isArray(value)) {
    if (value.length !== r.rows || value.some((row) => !Array.isArray(row) || row.length !== r.cols)) {
      range.fake.defer(
        excelError(`InvalidArgument: ${what} needs ${r.rows}×${r.cols} values for ${formatAddress(r)}`),
      );
      return;
    }
  }
  const s = range.sheet.st;
  for (let i = 0; i < r.rows; i++) {
    for (let j = 0; j < r.cols; j++) {
      const v = Array.isArray(value) ? (value as T[][])[i][j] : value;
      const k = key(r.row + i, r.col + j);
      let cell = s.cells.get(k);
      if (!cell) {
        cell = { input: "", numberFormat: "General", format: { locked: true } };
        s.cells.set(k, cell);
      }
      apply(cell, v);
    }
  }
}

class FakeRange {
  private formulasLoaded = false;
  private addressLoaded = false;
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormats;

  constructor(
    readonly fake: FakeExcel,
    readonly sheet: FakeWorksheet,
    readonly rect: Rect,
    addressLoaded = true,
  ) {
    this.addressLoaded = addressLoaded;
    this.format = new FakeRangeFormat(fake, [this]);
    this.dataValidation = new FakeDataValidation(fake, this);
    this.conditionalFormats = new FakeConditionalFormats(fake, this);
  }
  get target(): string {
    return `${this.sheet.st.name}!${formatAddress(this.rect)}`;
  }
  get address(): string {
    if (!this.addressLoaded) throw new NotLoaded("range.address");
    return `${this.sheet.st.name}!${formatAddress(this.rect)}`;
  }
  load(props?: string | string[]): this {
    this.fake.record("Range.load", this.target, [props]);
    this.fake.onSync(() => {
      this.formulasLoaded = true;
      this.addressLoaded = true;
    });
    return this;
  }
  private read(): (string | number | boolean)[][] {
    const out: (string | number | boolean)[][] = [];
    for (let i = 0; i < this.rect.rows; i++) {
      const row: (string | number | boolean)[] = [];
      for (let j = 0; j < this.rect.cols; j++) {
        row.push(this.sheet.st.cells.get(key(this.rect.row + i, this.rect.col + j))?.input ?? "");
      }
      out.push(row);
    }
    return out;
  }
  get formulas(): (string | number | boolean)[][] {
    if (!this.formulasLoaded) throw new NotLoaded("range.formulas");
    return this.read();
  }
  get rowIndex(): number {
    if (!this.addressLoaded) throw new NotLoaded("range.rowIndex");
    return this.rect.row;
  }
  get columnIndex(): number {
    if (!this.addressLoaded) throw new NotLoaded("range.columnIndex");
    return this.rect.col;
  }
  /** The smallest range within this one holding every non-empty cell, or a null object. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange & { isNullObject: boolean } {
    this.fake.need("1.4", "Range.getUsedRangeOrNullObject");
    this.fake.record("Range.getUsedRangeOrNullObject", this.target, [valuesOnly]);
    const inside: { row: number; col: number }[] = [];
    for (const [k, cell] of this.sheet.st.cells) {
      const [row, col] = k.split(",").map(Number);
      const r = this.rect;
      if (cell.input !== "" && row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols)
        inside.push({ row, col });
    }
    if (inside.length === 0) {
      return Object.assign(new FakeRange(this.fake, this.sheet, { ...this.rect, rows: 1, cols: 1 }, false), {
        isNullObject: true,
      });
    }
    const row = Math.min(...inside.map((c) => c.row));
    const col = Math.min(...inside.map((c) => c.col));
    const rect = {
      row,
      col,
      rows: Math.max(...inside.map((c) => c.row)) - row + 1,
      cols: Math.max(...inside.map((c) => c.col)) - col + 1,
    };
    return Object.assign(new FakeRange(this.fake, this.sheet, rect, false), { isNullObject: false });
  }
  set formulas(value: (string | number | boolean)[][]) {
    this.fake.record("Range.formulas=", this.target, [value]);
    checkWritable(this);
    setGrid(this, "formulas", value, (cell, v) => (cell.input = v));
  }
  get values(): (string | number | boolean)[][] {
    if (!this.formulasLoaded) throw new NotLoaded("range.values");
    return this.read();
  }
  set values(value: (string | number | boolean)[][]) {
    this.fake.record("Range.values=", this.target, [value]);
    checkWritable(this);
    setGrid(this, "values", value, (cell, v) => (cell.input = v));
  }
  set numberFormat(value: string[][]) {
    this.fake.record("Range.numberFormat=", this.target, [value]);
    setGrid(this, "numberFormat", value, (cell, v) => (cell.numberFormat = v));
  }
  set columnHidden(value: boolean) {
    this.fake.need("1.2", "Range.columnHidden");
    this.fake.record("Range.columnHidden=", this.target, [value]);
    for (let j = 0; j < this.rect.cols; j++) {
      if (value) this.sheet.st.hiddenColumns.add(this.rect.col + j);
      else this.sheet.st.hiddenColumns.delete(this.rect.col + j);
    }
  }
  merge(across?: boolean): void {
    this.fake.need("1.2", "Range.merge");
    this.fake.record("Range.merge", this.target, [across]);
    this.sheet.st.merges.push(formatAddress(this.rect));
  }
  /** Fills `destination` (which contains this range) by copying this range's cells, formulas
   * adjusted as Excel's fill does (FillCopy / FillDefault for formulas). */
  autoFill(destination: string | FakeRange, type?: string): void {
    this.fake.need("1.9", "Range.autoFill");
    const dest = typeof destination === "string" ? parseAddress(destination) : destination.rect;
    this.fake.record("Range.autoFill", this.target, [formatAddress(dest), type]);
    checkWritable(this);
    const s = this.sheet.st;
    for (let i = 0; i < dest.rows; i++) {
      for (let j = 0; j < dest.cols; j++) {
        const r = dest.row + i;
        const c = dest.col + j;
        const sr =
          this.rect.row + ((((r - this.rect.row) % this.rect.rows) + this.rect.rows) % this.rect.rows);
        const sc =
          this.rect.col + ((((c - this.rect.col) % this.rect.cols) + this.rect.cols) % this.rect.cols);
        if (sr === r && sc === c) continue;
        const src = s.cells.get(key(sr, sc));
        if (!src) {
          s.cells.delete(key(r, c));
          continue;
        }
        const input =
          typeof src.input === "string" && src.input.startsWith("=")
            ? "=" + fromR1C1(toR1C1(src.input.slice(1), sr, sc), r, c)
            : src.input;
        s.cells.set(key(r, c), { input, numberFormat: src.numberFormat, format: { ...src.format } });
      }
    }
  }
  clear(applyTo?: string): void {
    this.fake.record("Range.clear", this.target, [applyTo]);
    for (let i = 0; i < this.rect.rows; i++)
      for (let j = 0; j < this.rect.cols; j++)
        this.sheet.st.cells.delete(key(this.rect.row + i, this.rect.col + j));
    const inside = (a: string) => {
      const r = parseAddress(a);
      return (
        r.row >= this.rect.row &&
        r.col >= this.rect.col &&
        r.row + r.rows <= this.rect.row + this.rect.rows &&
        r.col + r.cols <= this.rect.col + this.rect.cols
      );
    };
    const st = this.sheet.st;
    st.merges = st.merges.filter((m) => !inside(m));
    // Validation and conditional formats stay (see the header): they have their own clear calls.
  }
  /** True when `address` lies inside this range. */
  contains(address: string): boolean {
    const r = parseAddress(address);
    return (
      r.row >= this.rect.row &&
      r.col >= this.rect.col &&
      r.row + r.rows <= this.rect.row + this.rect.rows &&
      r.col + r.cols <= this.rect.col + this.rect.cols
    );
  }
}

class FakeRangeAreas {
  readonly format: FakeRangeFormat;
  constructor(
    fake: FakeExcel,
    readonly areas: FakeRange[],
  ) {
    this.format = new FakeRangeFormat(fake, areas);
  }
}

class FakeRangeFormat {
  readonly fill: { color: string };
  readonly font: { name: string; size: number; bold: boolean; color: string };
  readonly protection: { locked: boolean };
  readonly borders: { getItem(edge: string): { style: string; color: string } };

  constructor(
    private readonly fake: FakeExcel,
    private readonly ranges: FakeRange[],
  ) {
    const target = () => ranges.map((r) => r.target).join(",");
    const setter = <K extends keyof FakeCellFormat>(op: string, prop: K, version?: string) => ({
      set: (v: FakeCellFormat[K]) => {
        if (version) fake.need(version, op);
        fake.record(op, target(), [v]);
        for (const r of ranges) eachCell(r, (c) => (c.format[prop] = v));
      },
    });
    this.fill = Object.defineProperties({} as { color: string }, {
      color: setter("RangeFill.color=", "fill"),
    });
    this.font = Object.defineProperties({} as { name: string; size: number; bold: boolean; color: string }, {
      name: setter("RangeFont.name=", "fontName"),
      size: setter("RangeFont.size=", "fontSize"),
      bold: setter("RangeFont.bold=", "bold"),
      color: setter("RangeFont.color=", "fontColor"),
    });
    this.protection = Object.defineProperties({} as { locked: boolean }, {
      locked: setter("FormatProtection.locked=", "locked", "1.2"),
    });
    this.borders = {
      getItem: (edge: string) => {
        fake.record("RangeBorderCollection.getItem", target(), [edge]);
        const entries = ranges.map((r) => {
          const e: { address: string; edge: string; style?: string; color?: string } = {
            address: formatAddress(r.rect),
            edge,
          };
          r.sheet.st.borders.push(e);
          return e;
        });
        return Object.defineProperties({} as { style: string; color: string }, {
          style: {
            set: (v: string) => {
              fake.record("RangeBorder.style=", target(), [edge, v]);
              for (const e of entries) e.style = v;
            },
          },
          color: {
            set: (v: string) => {
              fake.record("RangeBorder.color=", target(), [edge, v]);
              for (const e of entries) e.color = v;
            },
          },
        });
      },
    };
  }
  set horizontalAlignment(v: string) {
    this.fake.record("RangeFormat.horizontalAlignment=", this.target(), [v]);
    for (const r of this.ranges) eachCell(r, (c) => (c.format.horizontalAlignment = v));
  }
  set verticalAlignment(v: string) {
    this.fake.record("RangeFormat.verticalAlignment=", this.target(), [v]);
    for (const r of this.ranges) eachCell(r, (c) => (c.format.verticalAlignment = v));
  }
  set wrapText(v: boolean) {
    this.fake.record("RangeFormat.wrapText=", this.target(), [v]);
    for (const r of this.ranges) eachCell(r, (c) => (c.format.wrapText = v));
  }
  set columnWidth(v: number) {
    this.fake.need("1.2", "RangeFormat.columnWidth");
    this.fake.record("RangeFormat.columnWidth=", this.target(), [v]);
    for (const r of this.ranges)
      for (let j = 0; j < r.rect.cols; j++) r.sheet.st.columnWidths.set(r.rect.col + j, v);
  }
  set rowHeight(v: number) {
    this.fake.need("1.2", "RangeFormat.rowHeight");
    this.fake.record("RangeFormat.rowHeight=", this.target(), [v]);
    for (const r of this.ranges)
      for (let i = 0; i < r.rect.rows; i++) r.sheet.st.rowHeights.set(r.rect.row + i, v);
  }
  private target(): string {
    return this.ranges.map((r) => r.target).join(",");
  }
}

class FakeDataValidation {
  private entry?: FakeValidation;
  constructor(
    private readonly fake: FakeExcel,
    private readonly range: FakeRange,
  ) {}
  private get e(): FakeValidation {
    this.fake.need("1.8", "Range.dataValidation");
    if (!this.entry) {
      this.entry = { address: formatAddress(this.range.rect) };
      this.range.sheet.st.validations.push(this.entry);
    }
    return this.entry;
  }
  set rule(v: unknown) {
    const e = this.e;
    this.fake.record("DataValidation.rule=", this.range.target, [v]);
    e.rule = v;
  }
  set prompt(v: unknown) {
    const e = this.e;
    this.fake.record("DataValidation.prompt=", this.range.target, [v]);
    e.prompt = v;
  }
  set errorAlert(v: unknown) {
    const e = this.e;
    this.fake.record("DataValidation.errorAlert=", this.range.target, [v]);
    e.errorAlert = v;
  }
  set ignoreBlanks(v: boolean) {
    const e = this.e;
    this.fake.record("DataValidation.ignoreBlanks=", this.range.target, [v]);
    e.ignoreBlanks = v;
  }
  clear(): void {
    this.fake.need("1.8", "DataValidation.clear");
    this.fake.record("DataValidation.clear", this.range.target);
    const st = this.range.sheet.st;
    st.validations = st.validations.filter((v) => !this.range.contains(v.address));
    this.entry = undefined;
  }
}

class FakeConditionalFormats {
  constructor(
    private readonly fake: FakeExcel,
    private readonly range: FakeRange,
  ) {}
  clearAll(): void {
    this.fake.need("1.6", "ConditionalFormatCollection.clearAll");
    this.fake.record("ConditionalFormatCollection.clearAll", this.range.target);
    const st = this.range.sheet.st;
    st.conditionalFormats = st.conditionalFormats.filter((c) => !this.range.contains(c.address));
  }
  add(type: string) {
    this.fake.need("1.6", "ConditionalFormatCollection.add");
    this.fake.record("ConditionalFormatCollection.add", this.range.target, [type]);
    const entry: FakeConditionalFormat = { address: formatAddress(this.range.rect), type };
    this.range.sheet.st.conditionalFormats.push(entry);
    const fake = this.fake;
    const target = this.range.target;
    const format = {
      fill: Object.defineProperties({} as { color: string }, {
        color: {
          set: (v: string) => {
            fake.record("ConditionalRangeFill.color=", target, [v]);
            entry.fill = v;
          },
        },
      }),
      font: Object.defineProperties({} as { color: string }, {
        color: {
          set: (v: string) => {
            fake.record("ConditionalRangeFont.color=", target, [v]);
            entry.font = v;
          },
        },
      }),
    };
    const cellValue = Object.defineProperties({ format } as { format: typeof format; rule: unknown }, {
      rule: {
        set: (v: unknown) => {
          fake.record("CellValueConditionalFormat.rule=", target, [v]);
          entry.rule = v;
        },
      },
    });
    return { cellValue };
  }
}
