/**
 * .xlsx → Univer workbook snapshot. exceljs reads cells, styles, sizes, merges, views,
 * validation, conditional formats, protection and page setup; JSZip reads what exceljs drops
 * (defined names with their scope, custom XML parts). Anything that cannot be carried is named
 * in the warnings; a file that cannot be read at all is a WorkbookLoadError with a reason.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ICellData, IStyleData, IWorkbookData, IWorksheetData } from "@univerjs/core";
import type { Bilingual } from "../../host/port";
import { damagedFile, loadXlsx, MAX_WORKBOOK_BYTES } from "../../share/loadXlsx";
import { univerStyle, type StyleLoss } from "./styles";
import { formulaFromFile } from "./formulas";
import { Warnings } from "./messages";
import { readPackageExtras, type FileDefinedName } from "./package";
import { rangeFromA1, rectangles } from "./ranges";
import {
  serialFromDate,
  univerConditionalFormat,
  univerValidation,
  type UniverConditionalFormat,
  type UniverValidation,
} from "./rules";
import { DEFAULT_COLUMN_PIXELS, DEFAULT_ROW_POINTS, pixelsFromPoints, pixelsFromWidth } from "./units";
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

export interface XlsxImportOptions {
  /** Refuse files larger than this (default 50 MB). */
  maxBytes?: number;
  /** The snapshot's workbook id (default: a new random one). */
  id?: string;
  /** Locale written into the snapshot (default "zhCN"). */
  locale?: string;
}

export interface XlsxImportResult {
  snapshot: IWorkbookData;
  warnings: Bilingual[];
}

/** Print setup kept in the sheet's custom data. */
export interface SheetPrint {
  orientation?: "portrait" | "landscape";
  paperSize?: number;
  fitToPage?: boolean;
  fitToWidth?: number;
  fitToHeight?: number;
  scale?: number;
  horizontalCentered?: boolean;
  verticalCentered?: boolean;
  margins?: Partial<ExcelJS.Margins>;
  printTitlesRow?: string;
  printTitlesColumn?: string;
  printArea?: string;
  oddHeader?: string;
  oddFooter?: string;
  /** Column page breaks: set through the workbench's Excel API, or read from the file's sheet XML
   * (package.ts; exceljs does not read them). */
  colBreaks?: number[];
}

// exceljs ValueType
const MERGE = 1;

const randomId = (): string => Math.random().toString(36).slice(2, 10);

type Matrix<T> = Record<number, Record<number, T>>;

interface CellInternals {
  type: number;
  value: unknown;
  style: Partial<ExcelJS.Style>;
  formula?: string;
  model: { shareType?: string; ref?: string; result?: unknown };
  note?: unknown;
}
interface RowInternals {
  number: number;
  height?: number;
  hidden?: boolean;
  style?: Partial<ExcelJS.Style>;
  _cells: (CellInternals | undefined)[];
}
interface ColumnInternals {
  number: number;
  width?: number;
  hidden?: boolean;
  style?: Partial<ExcelJS.Style>;
  outlineLevel?: number;
}
interface SheetInternals {
  _rows: (RowInternals | undefined)[];
  _columns?: (ColumnInternals | undefined)[];
  _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
  conditionalFormattings: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[];
  sheetProtection?: Record<string, unknown> | null;
  autoFilter?: unknown;
  tables?: Record<string, unknown>;
  getImages(): unknown[];
}

/** A snapshot cell value from an exceljs value (constant or formula result). */
function cellValue(
  v: unknown,
  date1904: boolean,
  warnings: Warnings,
): Pick<ICellData, "v" | "t"> | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number") return { v, t: 2 };
  if (typeof v === "string") return { v, t: 1 };
  if (typeof v === "boolean") return { v: v ? 1 : 0, t: 3 };
  if (v instanceof Date) {
    if (date1904) warnings.add("date1904");
    return { v: serialFromDate(v), t: 2 };
  }
  if (typeof v === "object") {
    const o = v as { error?: string; richText?: { text: string }[]; text?: unknown; hyperlink?: string };
    // Univer reads an error code held as text as that error (ISNA("#N/A") is TRUE in it).
    if (typeof o.error === "string") return { v: o.error, t: 1 };
    if (Array.isArray(o.richText)) {
      warnings.add("richText");
      return { v: o.richText.map((t) => t.text).join(""), t: 1 };
    }
    if (o.hyperlink !== undefined) {
      warnings.add("hyperlink");
      const text = o.text as unknown;
      if (typeof text === "string") return { v: text, t: 1 };
      if (text && typeof text === "object" && Array.isArray((text as { richText?: unknown[] }).richText)) {
        return { v: (text as { richText: { text: string }[] }).richText.map((t) => t.text).join(""), t: 1 };
      }
      return { v: o.hyperlink, t: 1 };
    }
  }
  return undefined;
}

class StyleTable {
  readonly styles: Record<string, IStyleData> = {};
  private readonly byObject = new Map<object, string | null>();
  private readonly byKey = new Map<string, string>();
  readonly losses = new Set<StyleLoss>();

  id(style: Partial<ExcelJS.Style> | undefined): string | undefined {
    if (!style) return undefined;
    const known = this.byObject.get(style);
    if (known !== undefined) return known ?? undefined;
    const u = univerStyle(style, this.losses);
    let id: string | null = null;
    if (u) {
      const key = JSON.stringify(u);
      id = this.byKey.get(key) ?? null;
      if (id === null) {
        id = `s${this.byKey.size + 1}`;
        this.byKey.set(key, id);
        this.styles[id] = u;
      }
    }
    this.byObject.set(style, id);
    return id ?? undefined;
  }
}

function isUnlocked(style: Partial<ExcelJS.Style> | undefined): boolean {
  return style?.protection?.locked === false;
}

function sheetPrint(ws: ExcelJS.Worksheet): SheetPrint | undefined {
  const p = ws.pageSetup as Partial<ExcelJS.PageSetup> | undefined;
  const h = ws.headerFooter as Partial<ExcelJS.HeaderFooter> | undefined;
  if (!p) return undefined;
  const out: SheetPrint = {
    orientation: p.orientation,
    paperSize: p.paperSize,
    fitToPage: p.fitToPage,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    scale: p.scale,
    horizontalCentered: p.horizontalCentered,
    verticalCentered: p.verticalCentered,
    margins: p.margins,
    printTitlesRow: p.printTitlesRow,
    printTitlesColumn: p.printTitlesColumn,
    printArea: p.printArea,
    oddHeader: h?.oddHeader,
    oddFooter: h?.oddFooter,
  };
  for (const k of Object.keys(out) as (keyof SheetPrint)[]) if (out[k] === undefined) delete out[k];
  return out;
}

function convertSheet(
  ws: ExcelJS.Worksheet,
  sheetId: string,
  styles: StyleTable,
  date1904: boolean,
  warnings: Warnings,
  validations: UniverValidation[],
  conditionalFormats: UniverConditionalFormat[],
  colBreaks: number[],
): Partial<IWorksheetData> {
  const x = ws as unknown as SheetInternals;
  const cellData: Matrix<ICellData> = {};
  const arraySlaves = new Set<string>();
  let maxRow = 0;
  let maxCol = 0;

  const rows: Record<number, { h?: number; hd?: number; ia?: number; s?: string }> = {};
  for (const row of x._rows) {
    if (!row) continue;
    const r = row.number - 1;
    const rd: { h?: number; hd?: number; ia?: number; s?: string } = {};
    if (typeof row.height === "number") {
      rd.h = pixelsFromPoints(row.height);
      rd.ia = 0; // a height the file sets is not re-fitted to the content
    }
    if (row.hidden) rd.hd = 1;
    if (Object.keys(rd).length > 0) rows[r] = rd;
    const line: Record<number, ICellData> = {};
    let any = false;
    for (const cell of row._cells) {
      if (!cell) continue;
      const c = (cell as unknown as { col: number }).col - 1;
      const out: ICellData = {};
      if (cell.note !== undefined) warnings.add("comment");
      if (cell.type !== MERGE && !arraySlaves.has(`${r},${c}`)) {
        const v = cell.value as { formula?: string; sharedFormula?: string; result?: unknown } | null;
        if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
          const text = cell.formula ?? v.formula;
          if (text) {
            out.f = formulaFromFile(text);
            const result = cellValue(v.result ?? cell.model.result, date1904, warnings);
            if (result) Object.assign(out, result);
            if (cell.model.shareType === "array" && cell.model.ref) {
              out.ref = cell.model.ref;
              const range = rangeFromA1(cell.model.ref);
              if (range) {
                for (let rr = range.startRow; rr <= range.endRow; rr++)
                  for (let cc = range.startColumn; cc <= range.endColumn; cc++)
                    if (rr !== r || cc !== c) arraySlaves.add(`${rr},${cc}`);
              }
            }
          } else {
            const result = cellValue(v.result, date1904, warnings);
            if (result) Object.assign(out, result);
          }
        } else {
          const value = cellValue(cell.value, date1904, warnings);
          if (value) Object.assign(out, value);
        }
      }
      const s = styles.id(cell.style);
      if (s) out.s = s;
      if (isUnlocked(cell.style)) out.custom = { [CELL_UNLOCKED_KEY]: 1 };
      if (out.v !== undefined || out.f !== undefined || out.s !== undefined || out.custom !== undefined) {
        line[c] = out;
        any = true;
        if (c > maxCol) maxCol = c;
      }
    }
    if (any) {
      cellData[r] = line;
      if (r > maxRow) maxRow = r;
    }
    const rs = styles.id(row.style && Object.keys(row.style).length > 0 ? row.style : undefined);
    if (rs) (rows[r] ??= {}).s = rs;
  }

  const columnData: Record<number, { w?: number; hd?: number; s?: string }> = {};
  for (const col of x._columns ?? []) {
    if (!col) continue;
    const c = col.number - 1;
    const cd: { w?: number; hd?: number; s?: string } = {};
    if (typeof col.width === "number") cd.w = pixelsFromWidth(col.width);
    if (col.hidden) cd.hd = 1;
    if (col.outlineLevel) warnings.add("outline");
    const cs = styles.id(col.style && Object.keys(col.style).length > 0 ? col.style : undefined);
    if (cs) cd.s = cs;
    if (Object.keys(cd).length > 0) {
      columnData[c] = cd;
      if (c > maxCol) maxCol = c;
    }
  }

  const mergeData = Object.values(x._merges).map(({ model: m }) => ({
    startRow: m.top - 1,
    startColumn: m.left - 1,
    endRow: m.bottom - 1,
    endColumn: m.right - 1,
  }));

  // exceljs expands each <dataValidation> into one entry per cell, all sharing one object:
  // regroup by that object to get the rule's ranges back.
  const byRule = new Map<ExcelJS.DataValidation, { row: number; col: number }[]>();
  for (const [address, dv] of Object.entries(x.dataValidations.model)) {
    if (!dv) continue;
    const range = rangeFromA1(address);
    if (!range) {
      warnings.add("wholeColumnValidation");
      continue;
    }
    const list = byRule.get(dv) ?? [];
    for (let rr = range.startRow; rr <= range.endRow; rr++)
      for (let cc = range.startColumn; cc <= range.endColumn; cc++) list.push({ row: rr, col: cc });
    byRule.set(dv, list);
  }
  for (const [dv, cells] of byRule) {
    cells.sort((a, b) => a.row - b.row || a.col - b.col);
    const rule = univerValidation(dv, `dv-${sheetId}-${validations.length + 1}`, rectangles(cells));
    if (rule) validations.push(rule);
    else warnings.add("validation");
  }

  const cfs = [...(x.conditionalFormattings ?? [])];
  const flat = cfs.flatMap((cf) => cf.rules.map((rule) => ({ ref: cf.ref, rule })));
  flat.sort((a, b) => (a.rule.priority ?? 0) - (b.rule.priority ?? 0));
  for (const { ref, rule } of flat) {
    const ranges = ref
      .split(/\s+/)
      .map(rangeFromA1)
      .filter((r): r is NonNullable<typeof r> => r !== undefined);
    const cf =
      ranges.length > 0
        ? univerConditionalFormat(rule, `cf-${sheetId}-${conditionalFormats.length + 1}`, ranges)
        : undefined;
    if (cf) conditionalFormats.push(cf);
    else warnings.add("conditionalFormat");
  }

  if (x.autoFilter) warnings.add("autoFilter");
  if (x.tables && Object.keys(x.tables).length > 0) warnings.add("tables");
  if (x.getImages().length > 0) warnings.add("image");

  const view = (ws.views?.[0] ?? {}) as Partial<ExcelJS.WorksheetViewFrozen> & { showGridLines?: boolean };
  const xSplit = view.state === "frozen" ? (view.xSplit ?? 0) : 0;
  const ySplit = view.state === "frozen" ? (view.ySplit ?? 0) : 0;
  const props = ws.properties as Partial<ExcelJS.WorksheetProperties> & { defaultColWidth?: number };

  const custom: Record<string, unknown> = {};
  if (x.sheetProtection && x.sheetProtection.sheet) custom[SHEET_PROTECTION_KEY] = { ...x.sheetProtection };
  const print = sheetPrint(ws);
  if (print || colBreaks.length > 0)
    custom[SHEET_PRINT_KEY] = colBreaks.length > 0 ? { ...print, colBreaks } : print;

  return {
    id: sheetId,
    name: ws.name,
    tabColor: (props.tabColor as { argb?: string } | undefined)?.argb
      ? "#" + props.tabColor!.argb!.slice(-6)
      : "",
    hidden: ws.state === "hidden" || ws.state === "veryHidden" ? 1 : 0,
    // Room to type beyond the data: Univer refuses writes outside its grid.
    rowCount: Math.max(maxRow + 101, 1000),
    columnCount: Math.max(maxCol + 21, 26),
    zoomRatio: 1,
    freeze: {
      xSplit,
      ySplit,
      startRow: ySplit > 0 ? ySplit : -1,
      startColumn: xSplit > 0 ? xSplit : -1,
    },
    scrollTop: 0,
    scrollLeft: 0,
    defaultColumnWidth: props.defaultColWidth
      ? pixelsFromWidth(props.defaultColWidth)
      : DEFAULT_COLUMN_PIXELS,
    defaultRowHeight: pixelsFromPoints(props.defaultRowHeight ?? DEFAULT_ROW_POINTS),
    mergeData,
    cellData,
    rowData: rows,
    columnData,
    showGridlines: view.showGridLines === false ? 0 : 1,
    rowHeader: { width: 46, hidden: 0 },
    columnHeader: { height: 20, hidden: 0 },
    rightToLeft: 0,
    custom,
  } as Partial<IWorksheetData>;
}

function definedNamesResource(names: FileDefinedName[], sheetIds: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  names
    .filter(
      (n) => !n.name.startsWith("_xlnm.") && !(n.localSheetId !== undefined && !sheetIds[n.localSheetId]),
    )
    .forEach((n, i) => {
      const id = `name-${i + 1}`;
      out[id] = {
        id,
        name: n.name,
        formulaOrRefString: formulaFromFile(n.formula).slice(1),
        localSheetId: n.localSheetId !== undefined ? sheetIds[n.localSheetId] : WORKBOOK_SCOPE,
        ...(n.hidden ? { hidden: true } : {}),
      };
    });
  return out;
}

/** Reads an .xlsx into a Univer workbook snapshot and the list of what could not be carried. */
export async function xlsxToSnapshot(
  bytes: Uint8Array,
  options: XlsxImportOptions = {},
): Promise<XlsxImportResult> {
  const wb = await loadXlsx(bytes, options.maxBytes ?? MAX_WORKBOOK_BYTES);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw damagedFile(e);
  }
  const extras = await readPackageExtras(zip);
  const warnings = new Warnings();
  const styles = new StyleTable();
  const date1904 = (wb.properties as { date1904?: boolean }).date1904 === true;

  const workbookId = options.id ?? `wb-${randomId()}`;
  const sheets: Record<string, Partial<IWorksheetData>> = {};
  const sheetOrder: string[] = [];
  const validations: Record<string, UniverValidation[]> = {};
  const conditionalFormats: Record<string, UniverConditionalFormat[]> = {};
  // exceljs's worksheets are in file order; localSheetId indexes that order.
  wb.worksheets.forEach((ws, i) => {
    const id = `sheet-${i + 1}`;
    const dv: UniverValidation[] = [];
    const cf: UniverConditionalFormat[] = [];
    sheets[id] = convertSheet(ws, id, styles, date1904, warnings, dv, cf, extras.colBreaks[i] ?? []);
    sheetOrder.push(id);
    if (dv.length > 0) validations[id] = dv;
    if (cf.length > 0) conditionalFormats[id] = cf;
  });
  if (styles.losses.has("gradient")) warnings.add("gradient");
  if (styles.losses.has("pattern")) warnings.add("pattern");

  const custom: Record<string, unknown> = {};
  if (extras.customXmlParts.length > 0) custom[CUSTOM_XML_PARTS_KEY] = extras.customXmlParts;

  const snapshot = {
    id: workbookId,
    name: (wb.title as string | undefined) || "",
    appVersion: "0.25.1",
    locale: options.locale ?? "zhCN",
    styles: styles.styles,
    sheetOrder,
    sheets,
    resources: [
      {
        name: DEFINED_NAME_RESOURCE,
        data: JSON.stringify(definedNamesResource(extras.definedNames, sheetOrder)),
      },
      { name: DATA_VALIDATION_RESOURCE, data: JSON.stringify(validations) },
      { name: CONDITIONAL_FORMAT_RESOURCE, data: JSON.stringify(conditionalFormats) },
    ],
    custom,
  } as unknown as IWorkbookData;
  return { snapshot, warnings: warnings.list() };
}
