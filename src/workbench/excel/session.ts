/**
 * The workbench's state behind the Excel API: the Univer facade, the workbook the API acts on,
 * calculation settling, and what Office keeps in a workbook that Univer has no model for
 * (custom XML parts, document settings, sheet protection, print setup, unlocked cells). These
 * live in Univer's `custom` metadata of the workbook, sheets and cells under the keys the .xlsx
 * converter uses (src/workbench/xlsx/keys.ts), so they are saved with the workbook snapshot and
 * go into and come back from .xlsx files.
 */
import type { FUniver } from "@univerjs/core/facade";
import type { FWorkbook, FWorksheet } from "@univerjs/sheets/facade";
import {
  CUSTOM_XML_PARTS_KEY,
  DOCUMENT_SETTINGS_KEY,
  SHEET_PRINT_KEY,
  SHEET_PROTECTION_KEY,
} from "../xlsx/keys";
import { apiError, ErrorCodes } from "./errors";
import { FillPatcher, StylePatcher, type Batch } from "./cellWrites";

/** A custom XML part as the converter keeps it (its namespace is read from the XML). */
export interface XmlPartData {
  id?: string;
  xml: string;
}

/** Sheet protection in exceljs's `sheetProtection` model (true = users may do it). */
export interface SheetProtectionModel {
  sheet?: boolean;
  formatCells?: boolean;
  formatColumns?: boolean;
  formatRows?: boolean;
  insertColumns?: boolean;
  insertRows?: boolean;
  insertHyperlinks?: boolean;
  deleteColumns?: boolean;
  deleteRows?: boolean;
  sort?: boolean;
  autoFilter?: boolean;
  pivotTables?: boolean;
  objects?: boolean;
  scenarios?: boolean;
  selectLockedCells?: boolean;
  selectUnlockedCells?: boolean;
  [hash: string]: unknown;
}

/** Print setup in the converter's SheetPrint form (exceljs pageSetup fields). */
export type SheetPrint = Record<string, unknown>;

export interface InstallOptions {
  /** The workbook the API acts on; default: the facade's active workbook. */
  workbook?: () => FWorkbook | null;
  /** Office's display language, e.g. "zh-CN"; default: the browser's (navigator.language). */
  displayLanguage?: string;
  /** Opens an .xlsx (base64) as a new workbook, for Excel.createWorkbook. Without it,
   * createWorkbook fails with ApiNotFound. */
  createWorkbook?: (base64: string) => Promise<void>;
  /** Guards the grid's edits of protected sheets (gridProtection.ts) and reports each refusal. */
  onGridRefused?: (why: "locked" | "sheet") => void;
  /** Longest wait for a calculation to finish before values are read, in ms (default 60 000). */
  calculationTimeoutMs?: number;
}

type Custom = Record<string, unknown>;

export class Session {
  /** Set by writes of cell contents: values read afterwards wait for the calculation. */
  dirty = false;
  /** Set by suspendApiCalculationUntilNextSync for the rest of the current sync. */
  suspended = false;
  /** Syncs running: their mutations are the API's own, checked by it, not by the grid guard. */
  apiWrites = 0;

  /** Style writes and fills waiting to be written together (see cellWrites.ts). */
  readonly styles: StylePatcher;
  readonly fills: FillPatcher;

  constructor(
    readonly api: FUniver,
    readonly options: InstallOptions = {},
  ) {
    this.styles = new StylePatcher(api);
    this.fills = new FillPatcher(api);
  }

  /** Writes the collected operations of every batch kind but `keep` (all when undefined), so
   * that at most one kind waits and the writes land in the order they were queued. */
  flushBatches(keep?: Batch): void {
    if (keep !== "style" && !this.styles.empty) this.styles.flush();
    if (keep !== "fill" && !this.fills.empty) this.fills.flush();
  }

  workbook(): FWorkbook {
    const wb = this.options.workbook ? this.options.workbook() : this.api.getActiveWorkbook();
    if (!wb) throw apiError(ErrorCodes.generalException, "No workbook is open.");
    return wb;
  }

  sheetById(id: string): FWorksheet | null {
    return this.workbook().getSheetBySheetId(id);
  }

  /** Waits until formulas affected by earlier writes are calculated (Excel calculates within
   * the request; Univer calculates asynchronously after the write). */
  async settle(): Promise<void> {
    if (!this.dirty || this.suspended) return;
    this.dirty = false;
    const formula = this.api.getFormula() as unknown as {
      onCalculationResultApplied?: (timeout?: number) => Promise<void>;
    };
    if (typeof formula.onCalculationResultApplied !== "function") return;
    try {
      await formula.onCalculationResultApplied(this.options.calculationTimeoutMs ?? 60_000);
    } catch {
      // A calculation that does not end in time leaves the previous values, as a slow
      // workbook in Excel's manual mode would; the read still answers.
    }
  }

  private bookCustom(): Custom {
    return (this.workbook().getCustomMetadata() ?? {}) as Custom;
  }

  private setBookCustom(key: string, value: unknown): void {
    const wb = this.workbook();
    const custom = { ...((wb.getCustomMetadata() ?? {}) as Custom) };
    if (value === undefined) delete custom[key];
    else custom[key] = value;
    wb.setCustomMetadata(custom);
  }

  xmlParts(): XmlPartData[] {
    const parts = this.bookCustom()[CUSTOM_XML_PARTS_KEY];
    return Array.isArray(parts) ? structuredClone(parts.filter((p) => typeof p?.xml === "string")) : [];
  }

  setXmlParts(parts: XmlPartData[]): void {
    this.setBookCustom(CUSTOM_XML_PARTS_KEY, parts.length > 0 ? parts : undefined);
  }

  settings(): Record<string, unknown> {
    const s = this.bookCustom()[DOCUMENT_SETTINGS_KEY];
    return s && typeof s === "object" ? structuredClone(s as Record<string, unknown>) : {};
  }

  setSettings(values: Record<string, unknown>): void {
    this.setBookCustom(DOCUMENT_SETTINGS_KEY, Object.keys(values).length > 0 ? values : undefined);
  }

  private sheetCustom(ws: FWorksheet): Custom {
    return (ws.getCustomMetadata() ?? {}) as Custom;
  }

  private setSheetCustom(ws: FWorksheet, key: string, value: unknown): void {
    const custom = { ...this.sheetCustom(ws) };
    if (value === undefined) delete custom[key];
    else custom[key] = value;
    ws.setCustomMetadata(custom);
  }

  protection(ws: FWorksheet): SheetProtectionModel | undefined {
    const p = this.sheetCustom(ws)[SHEET_PROTECTION_KEY];
    return p && typeof p === "object" && (p as SheetProtectionModel).sheet
      ? { ...(p as SheetProtectionModel) }
      : undefined;
  }

  setProtection(ws: FWorksheet, p: SheetProtectionModel | undefined): void {
    this.setSheetCustom(ws, SHEET_PROTECTION_KEY, p);
  }

  print(ws: FWorksheet): SheetPrint {
    const p = this.sheetCustom(ws)[SHEET_PRINT_KEY];
    return p && typeof p === "object" ? { ...(p as SheetPrint) } : {};
  }

  setPrint(ws: FWorksheet, p: SheetPrint): void {
    this.setSheetCustom(ws, SHEET_PRINT_KEY, Object.keys(p).length > 0 ? p : undefined);
  }
}
