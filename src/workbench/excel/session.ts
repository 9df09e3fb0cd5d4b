/**
 * The workbench's state behind the Excel API: the Univer facade, the workbook the API acts on,
 * calculation settling, and what Office keeps in a workbook that Univer has no model for
 * (custom XML parts, document settings, sheet protection, print setup, locked cells). That
 * state is kept in Univer's custom metadata of the workbook and of each sheet, so it is part of
 * the workbook snapshot (`FWorkbook.save()`) and restored with it.
 */
import type { FUniver } from "@univerjs/core/facade";
import type { FWorkbook, FWorksheet } from "@univerjs/sheets/facade";
import type { Rect } from "./address";
import { apiError, ErrorCodes } from "./errors";

/** Key of our data inside Univer's custom metadata (workbook and sheets). */
export const META_KEY = "officeJs";

export interface XmlPartData {
  id: string;
  namespaceUri: string;
  xml: string;
}

export interface BookMeta {
  customXmlParts?: XmlPartData[];
  settings?: Record<string, unknown>;
  nextPartId?: number;
}

export interface ProtectionOptions {
  allowFormatCells?: boolean;
  allowFormatColumns?: boolean;
  allowFormatRows?: boolean;
  allowInsertColumns?: boolean;
  allowInsertRows?: boolean;
  allowDeleteColumns?: boolean;
  allowDeleteRows?: boolean;
  allowSort?: boolean;
  allowAutoFilter?: boolean;
  allowPivotTables?: boolean;
  allowEditObjects?: boolean;
  allowEditScenarios?: boolean;
  allowInsertHyperlinks?: boolean;
  selectionMode?: string;
}

export interface SheetMeta {
  protected?: boolean;
  protectionOptions?: ProtectionOptions;
  /** Cells whose `locked` was set, in order (last wins); cells default to locked as in Excel. */
  lockRuns?: { rect: Rect; locked: boolean }[];
  /** Print setup Univer cannot show: orientation, paper size, title rows, zoom, centring. */
  pageLayout?: Record<string, unknown>;
}

export interface InstallOptions {
  /** The workbook the API acts on; default: the facade's active workbook. */
  workbook?: () => FWorkbook | null;
  /** Office's display language, e.g. "zh-CN"; default: the browser's (navigator.language). */
  displayLanguage?: string;
  /** Opens an .xlsx (base64) as a new workbook, for Excel.createWorkbook. Without it,
   * createWorkbook fails with ApiNotFound. */
  createWorkbook?: (base64: string) => Promise<void>;
  /** Longest wait for a calculation to finish before values are read, in ms (default 60 000). */
  calculationTimeoutMs?: number;
}

export class Session {
  /** Set by writes of cell contents: values read afterwards wait for the calculation. */
  dirty = false;
  /** Set by suspendApiCalculationUntilNextSync for the rest of the current sync. */
  suspended = false;

  constructor(
    readonly api: FUniver,
    readonly options: InstallOptions = {},
  ) {}

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

  bookMeta(): BookMeta {
    const custom = (this.workbook().getCustomMetadata() ?? {}) as Record<string, unknown>;
    return structuredClone((custom[META_KEY] as BookMeta | undefined) ?? {});
  }

  setBookMeta(meta: BookMeta): void {
    const wb = this.workbook();
    const custom = { ...((wb.getCustomMetadata() ?? {}) as Record<string, unknown>), [META_KEY]: meta };
    wb.setCustomMetadata(custom);
  }

  sheetMeta(ws: FWorksheet): SheetMeta {
    const custom = (ws.getCustomMetadata() ?? {}) as Record<string, unknown>;
    return structuredClone((custom[META_KEY] as SheetMeta | undefined) ?? {});
  }

  setSheetMeta(ws: FWorksheet, meta: SheetMeta): void {
    const custom = { ...((ws.getCustomMetadata() ?? {}) as Record<string, unknown>), [META_KEY]: meta };
    ws.setCustomMetadata(custom);
  }
}
