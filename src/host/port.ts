/**
 * The pane's port to its host. Components talk only to these interfaces; every type the pane
 * needs from a host is defined here, so the port depends on no adapter. The Office edge
 * (src/office: officeHost.ts and the share and collect adapters) is the one place that touches
 * Office.js; the browser host (browserHost.ts, beside this file) lets the pane run in a plain
 * browser with inserting disabled.
 */
import type { Lang } from "../core/errors";
import type { Plan } from "../core/plan";
import type { CellValue, TemplateId } from "../model/types";
import type { ShareReport } from "../share/planShare";
import type { Consolidation } from "../collect/consolidate";

/** A message in both product languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

export interface HostCapabilities {
  /** Templates can be inserted into the open workbook. */
  insert: boolean;
  /** The selected range can be read. */
  readSelection: boolean;
  /** A formula can be written into the selected cell. */
  insertFormula: boolean;
  /** Where the plan is kept: in the workbook, in this browser, or nowhere. */
  storage: "workbook" | "browser" | "none";
  /** Why inserting is unavailable, shown beside the disabled controls. */
  note?: Bilingual;
}

export type InsertTarget = "newSheet" | "selection";

export interface InsertRequest {
  templateId: TemplateId;
  plan: Plan;
  lang: Lang;
  target: InsertTarget;
}

export interface InsertResult {
  sheetName: string;
  /** The area written, e.g. "A1:T160". */
  address: string;
  /** Features this host lacks, left out of the sheet (an Excel API provider below ExcelApi 1.9). */
  skipped?: Bilingual[];
}

/** Progress steps shown while inserting. */
export type InsertStep = "locating" | "building" | "writing" | "done";

export interface Host {
  readonly kind: "office" | "browser";
  /** Office's display language (e.g. "zh-CN"), or the browser's. */
  displayLanguage(): string;
  capabilities(): HostCapabilities;
  insertTemplate(request: InsertRequest, onStep?: (step: InsertStep) => void): Promise<InsertResult>;
  /** The selected range's values, rows of cells (blank cells as ""). */
  readSelection(): Promise<CellValue[][]>;
  /** Writes a formula (with its leading "=") into the selected cell; returns its address. */
  insertFormula(formula: string): Promise<string>;
  savePlan(plan: Plan): Promise<void>;
  /** The plan saved earlier, or null when there is none. */
  loadPlan(): Promise<Plan | null>;
  /** The workbook edges of the share and collect screens, loaded on first use (they pull in
   * larger modules); null outside Excel. */
  shareHost(): Promise<ShareHost | null>;
  collectHost(): Promise<CollectHost | null>;
}

/** What the Share panel needs from its host: "prepare for sharing" on the open workbook. */
export interface ShareHost {
  prepareForSharing(): Promise<ShareReport>;
}

/** The sheets a consolidation was written to. */
export interface WrittenSheets {
  summary: string;
  report: string;
}

/** What the Collect panel needs from its host. */
export interface CollectHost {
  /** Whether a form can be opened as a new workbook (Excel.createWorkbook). */
  canCreateWorkbook(): boolean;
  openWorkbook(xlsx: Uint8Array): Promise<void>;
  writeConsolidation(c: Consolidation, lang: Lang): Promise<WrittenSheets>;
}

export type HostErrorCode =
  | "unsupported"
  | "protected"
  | "notEmpty"
  | "noSelection"
  | "invalidPlan"
  | "busy"
  | "notFound"
  | "tooLarge"
  | "unknown";

/** A failure explained in plain words, ready for the pane to show. */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = "HostError";
  }

  text(lang: Lang): string {
    return lang === "zh" ? this.zh : this.en;
  }
}

/**
 * Any error as a HostError the pane can show: a HostError as it is, anything carrying a message
 * in both languages with that message, the rest with its own text. Host-specific classification
 * (Excel's error codes) happens in the host adapters before errors reach the pane.
 */
export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const e = (error ?? {}) as { message?: unknown; zh?: unknown; en?: unknown };
  if (typeof e.zh === "string" && typeof e.en === "string" && e.zh && e.en) {
    return new HostError("unknown", e.zh, e.en);
  }
  const message = typeof e.message === "string" ? e.message : String(error);
  return new HostError("unknown", `操作未完成:${message}`, `The operation did not complete: ${message}`);
}
