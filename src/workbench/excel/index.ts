/**
 * The part of the Excel JavaScript API (Office.js) that the add-in uses, implemented on Univer's
 * facade, so the add-in's Office writer, host, share and collect code run unchanged in the
 * workbench:
 *
 *   installExcelApi(univerAPI, window);           // window.Excel, window.Office, window.OfficeExtension
 *   await Excel.run(async (context) => { … await context.sync(); });
 *
 * What is implemented and how it differs from Excel: docs/workbench-excel-api.md.
 */
import type { FUniver } from "@univerjs/core/facade";
import "@univerjs/sheets/facade";
import "@univerjs/sheets-numfmt/facade";
import "@univerjs/sheets-formula/facade";
import "@univerjs/sheets-data-validation/facade";
import "@univerjs/sheets-conditional-formatting/facade";
import { RequestContext } from "./context";
import { ErrorCodes, OfficeExtensionError } from "./errors";
import { createOffice, EXCEL_API_VERSION, isSetSupported } from "./office";
import { Session, type InstallOptions } from "./session";
import { guardProtectedSheets } from "./gridProtection";
import { ClientObject } from "./client";

export { RequestContext } from "./context";
export { OfficeExtensionError, ErrorCodes } from "./errors";
export { EXCEL_API_VERSION, isSetSupported } from "./office";
export type { InstallOptions } from "./session";

type Batch<T> = (context: RequestContext) => Promise<T>;

/** Excel.run: a fresh request context per batch; what the batch leaves queued is synced at the
 * end, as Office.js does. */
function makeRun(session: Session) {
  return async function run<T>(first: unknown, second?: unknown): Promise<T> {
    const batch = (typeof first === "function" ? first : second) as Batch<T> | undefined;
    if (typeof batch !== "function")
      throw new OfficeExtensionError(ErrorCodes.invalidArgument, "Excel.run needs a function.");
    let context: RequestContext;
    if (first instanceof RequestContext) context = first;
    else if (first instanceof ClientObject && first.context instanceof RequestContext)
      context = first.context;
    else context = new RequestContext(session);
    const result = await batch(context);
    if (context.pending > 0) await context.sync();
    return result;
  };
}

const ENUMS = {
  HorizontalAlignment: {
    general: "General",
    left: "Left",
    center: "Center",
    right: "Right",
    fill: "Fill",
    justify: "Justify",
    centerAcrossSelection: "CenterAcrossSelection",
    distributed: "Distributed",
  },
  VerticalAlignment: {
    top: "Top",
    center: "Center",
    bottom: "Bottom",
    justify: "Justify",
    distributed: "Distributed",
  },
  BorderIndex: {
    edgeTop: "EdgeTop",
    edgeBottom: "EdgeBottom",
    edgeLeft: "EdgeLeft",
    edgeRight: "EdgeRight",
    insideVertical: "InsideVertical",
    insideHorizontal: "InsideHorizontal",
  },
  BorderLineStyle: {
    none: "None",
    continuous: "Continuous",
    dash: "Dash",
    dashDot: "DashDot",
    dashDotDot: "DashDotDot",
    dot: "Dot",
    double: "Double",
    slantDashDot: "SlantDashDot",
  },
  ConditionalFormatType: { cellValue: "CellValue", containsText: "ContainsText", custom: "Custom" },
  ConditionalCellValueOperator: {
    between: "Between",
    notBetween: "NotBetween",
    equalTo: "EqualTo",
    notEqualTo: "NotEqualTo",
    greaterThan: "GreaterThan",
    lessThan: "LessThan",
    greaterThanOrEqual: "GreaterThanOrEqual",
    lessThanOrEqual: "LessThanOrEqual",
  },
  DataValidationType: {
    none: "None",
    wholeNumber: "WholeNumber",
    decimal: "Decimal",
    list: "List",
    date: "Date",
    custom: "Custom",
  },
  DataValidationOperator: {
    between: "Between",
    notBetween: "NotBetween",
    equalTo: "EqualTo",
    notEqualTo: "NotEqualTo",
    greaterThan: "GreaterThan",
    lessThan: "LessThan",
    greaterThanOrEqualTo: "GreaterThanOrEqualTo",
    lessThanOrEqualTo: "LessThanOrEqualTo",
  },
  DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
  PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
  PaperType: { a4: "A4", a3: "A3", letter: "Letter" },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
  AutoFillType: {
    fillDefault: "FillDefault",
    fillCopy: "FillCopy",
    fillSeries: "FillSeries",
    fillFormats: "FillFormats",
    fillValues: "FillValues",
  },
  CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
} as const;

/**
 * Sets `target.Excel`, `target.Office` and `target.OfficeExtension` to the workbench's
 * implementation, acting on `api`'s active workbook (or `options.workbook()`).
 */
export function installExcelApi(api: FUniver, target: object, options: InstallOptions = {}): void {
  const session = new Session(api, options);
  if (options.onGridRefused) guardProtectedSheets(session, options.onGridRefused);
  const t = target as Record<string, unknown>;
  t.OfficeExtension = {
    Error: OfficeExtensionError,
    ErrorCodes: { ...ErrorCodes },
    ClientRequestContext: RequestContext,
    ClientResult: undefined,
  };
  t.Excel = {
    run: makeRun(session),
    RequestContext: class extends RequestContext {
      constructor() {
        super(session);
      }
    },
    createWorkbook: async (base64?: string): Promise<void> => {
      if (!options.createWorkbook) {
        throw new OfficeExtensionError(
          ErrorCodes.apiNotFound,
          "Opening a new workbook is not available here.",
          "Excel.createWorkbook",
        );
      }
      await options.createWorkbook(base64 ?? "");
    },
    ErrorCodes: { ...ErrorCodes },
    ...ENUMS,
  };
  t.Office = createOffice(session);
  void EXCEL_API_VERSION;
  void isSetSupported;
}

/** A request context on `api` without installing globals (tests, scripts). */
export function createRequestContext(api: FUniver, options: InstallOptions = {}): RequestContext {
  return new RequestContext(new Session(api, options));
}
