/**
 * Files for the workbench: .xlsx ↔ Univer workbook snapshot (Univer's own .xlsx import/export
 * is a server-side Pro feature). Mapping and limits: docs/workbench-files.md.
 */
export { xlsxToSnapshot, type XlsxImportOptions, type XlsxImportResult, type SheetPrint } from "./toSnapshot";
export { exportXlsx, snapshotToXlsx, type XlsxExportResult } from "./fromSnapshot";
export { WorkbookLoadError } from "../../share/loadXlsx";
export type { CustomXmlPart } from "./package";
export * from "./keys";
