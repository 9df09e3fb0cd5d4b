/**
 * The host-independent sheet model: what a template is, before any writer renders it.
 * Templates (src/model/templates/*) build a SheetModel from a Plan; writers render it:
 * src/office/writer (the open workbook) and src/writers/xlsx (files, via exceljs); the pane
 * renders it as an HTML preview. Nothing here knows Office.js, exceljs or the DOM.
 *
 * Coordinates are 0-based (row, col) on the sheet. A model is built for an origin (the
 * top-left cell it will occupy), so its formulas already reference their final cells.
 */
import type { Lang } from "../core/errors";

export type TemplateId =
  "annual-plan" | "multi-year-plan" | "quarterly-report" | "gap-analysis" | "task-breakdown";

export type CellValue = string | number | boolean | null;

/** Named cell styles; writers map each to fonts, fills, borders and alignment. */
export type StyleName =
  "title" | "subtitle" | "header" | "label" | "input" | "formula" | "total" | "note" | "status" | "stamp";

export interface Cell {
  /** A constant (ignored when formula is set). */
  value?: CellValue;
  /** Native Excel formula text, without the leading "=", in invariant (English) syntax. */
  formula?: string;
  style?: StyleName;
  /** Excel number format, e.g. '0.0%', '#,##0"件"', 'yyyy-mm-dd'. */
  numFmt?: string;
  /** Input cells are unlocked and visibly distinct; everything else is locked. */
  input?: boolean;
}

export interface CellAddress {
  row: number;
  col: number;
}

export interface RangeRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type ValidationRule =
  | { kind: "decimal"; min?: number; max?: number; allowBlank: boolean; prompt?: string; error?: string }
  | { kind: "whole"; min?: number; max?: number; allowBlank: boolean; prompt?: string; error?: string }
  | { kind: "date"; min?: string; max?: string; allowBlank: boolean; prompt?: string; error?: string }
  | { kind: "list"; items: string[]; allowBlank: boolean; prompt?: string; error?: string };

export interface Validation {
  range: RangeRect;
  rule: ValidationRule;
}

/** Traffic-light formatting: cells in `range` whose text equals `equals` get the colours. */
export interface ConditionalFormat {
  range: RangeRect;
  equals: string;
  fill: string; // "#RRGGBB"
  font: string; // "#RRGGBB"
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  paper: "A4";
  /** Header rows repeated on every printed page (absolute sheet rows). */
  repeatRows?: { first: number; last: number };
  /** Row-label columns repeated at the left of every printed page (absolute sheet columns). */
  repeatCols?: { first: number; last: number };
  /** Shrink all columns onto one page width (only where that stays readable). */
  fitToWidth: boolean;
  /** Print scale in percent when not fitting (src/model/print.ts keeps it readable). */
  scale?: number;
  /** Absolute sheet columns that start a new printed page (between indicator groups). */
  colBreaks?: number[];
  /** Page header on every page: the title (centre) and the period (left). */
  header?: { left?: string; center?: string };
}

/** Identifies a sheet produced by a template, so returned copies can be recognised. */
export interface Stamp {
  templateId: TemplateId;
  version: number;
  planTitle: string;
  region?: string;
}

export interface SheetModel {
  templateId: TemplateId;
  lang: Lang;
  /** Preferred sheet name (writers make it unique). */
  sheetName: string;
  origin: CellAddress;
  /** Dense grid of the area the template occupies: cells[r][c] is sheet cell (origin.row + r, origin.col + c). */
  cells: (Cell | null)[][];
  /** Column widths in characters, per column of the grid. */
  columnWidths: number[];
  merges: RangeRect[];
  /** Rows/columns frozen at the top/left of the sheet (absolute counts), when on a new sheet. */
  freeze: { rows: number; cols: number };
  validations: Validation[];
  conditionalFormats: ConditionalFormat[];
  print: PrintSetup;
  stamp: Stamp;
  /** Grid position of the cell holding the stamp text (see src/model/stamp.ts). */
  stampCell?: CellAddress;
  /** Grid columns to hide when the model gets a sheet of its own (the stamp column). */
  hiddenColumns?: number[];
  /** Grid rows that form the header (repeated when printing, frozen on a new sheet). */
  headerRows?: { first: number; last: number };
}
