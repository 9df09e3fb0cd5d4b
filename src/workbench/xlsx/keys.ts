/**
 * Where the snapshot keeps what Univer has no model for, so it survives the workbench and goes
 * back into the file. Univer keeps `custom` objects of the workbook, sheets and cells through
 * load and save (it drops resources it has no plugin for, so these are not resources).
 */

/** Workbook `custom`: the file's custom XML parts, `CustomXmlPart[]` (see package.ts). The
 * add-in keeps the plan in one (namespace PLAN_XML_NAMESPACE of src/host/planXml.ts). */
export const CUSTOM_XML_PARTS_KEY = "indicatorPlanner.customXmlParts";

/** Workbook `custom`: Office's document settings (Office.context.document.settings), a JSON
 * object. Kept with the workbook in the workbench; not written into .xlsx files. */
export const DOCUMENT_SETTINGS_KEY = "indicatorPlanner.settings";

/** Sheet `custom`: sheet protection as the file has it (flags and password hash; exceljs's
 * `sheetProtection` model). The workbench does not enforce it; the file gets it back. */
export const SHEET_PROTECTION_KEY = "indicatorPlanner.protection";

/** Sheet `custom`: print setup (`SheetPrint` in toSnapshot.ts). */
export const SHEET_PRINT_KEY = "indicatorPlanner.print";

/** Cell `custom`: 1 when the cell is unlocked (editable while the sheet is protected). Kept on
 * the cell so it moves with inserted rows and columns. */
export const CELL_UNLOCKED_KEY = "indicatorPlanner.unlocked";

/** Univer resource names of the plugins whose data the converter reads and writes. */
export const DATA_VALIDATION_RESOURCE = "SHEET_DATA_VALIDATION_PLUGIN";
export const CONDITIONAL_FORMAT_RESOURCE = "SHEET_CONDITIONAL_FORMATTING_PLUGIN";
export const DEFINED_NAME_RESOURCE = "SHEET_DEFINED_NAME_PLUGIN";
/** Univer's localSheetId of a workbook-wide defined name. */
export const WORKBOOK_SCOPE = "AllDefaultWorkbook";
