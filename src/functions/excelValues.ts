/**
 * The thin layer between Excel's custom-functions runtime and the pure core.
 *
 * How Excel calls us (parameters declared `unknown[][]`, i.e. type any, dimensionality matrix):
 * - every argument arrives as rows of cells, a single value as 1×1;
 * - an omitted optional argument arrives as null (or undefined);
 * - a blank cell arrives as null in Excel on the web but as 0 in many desktop Excel builds
 *   (office-js #4702, #1951), where blank and zero cannot be told apart (README: "Which Excel
 *   runs the add-in"); a formula's "" arrives as "";
 * - an error value in an argument arrives as an object with an error code, because the metadata
 *   sets allowErrorForDataTypeAny (scripts/functions-locale-plugin.js): it is passed on to its own
 *   cell of the spill.
 * What we return:
 * - a matrix, which spills;
 * - "" for a blank result (null would show as 0, office-js #1503);
 * - CustomFunctions.Error for errors; Excel shows a custom message only with #VALUE! and #N/A,
 *   so only those carry the bilingual message.
 */
import { PlanError } from "../core/errors";
import { type CellResult, OVERFLOW } from "../core/values";

export type ExcelValue = number | string | CustomFunctions.Error;

const WITH_MESSAGE = new Set<string>(["#VALUE!", "#N/A"]);
// Error codes a custom function may return; others (#REF!, #NAME?, #SPILL!…) can only come in.
const OUTPUT_CODES = new Set<string>(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]);
const excelErrors = new Map<PlanError, CustomFunctions.Error>();

/** The Excel error value of a PlanError: one object per PlanError, created on first use. An
 * input error Excel does not accept as a result (such as #REF!) becomes #VALUE! naming it. */
export function excelError(e: PlanError): CustomFunctions.Error {
  let x = excelErrors.get(e);
  if (!x) {
    if (!OUTPUT_CODES.has(e.code)) {
      x = new CustomFunctions.Error(
        "#VALUE!" as CustomFunctions.ErrorCode,
        `输入中含有错误值 ${e.code} / An input is the error value ${e.code}`,
      );
    } else {
      const code = e.code as CustomFunctions.ErrorCode;
      x = WITH_MESSAGE.has(e.code)
        ? new CustomFunctions.Error(code, `${e.zh} / ${e.en}`)
        : new CustomFunctions.Error(code);
    }
    excelErrors.set(e, x);
  }
  return x;
}

/** One computed cell as Excel takes it. */
export function toExcel(r: CellResult): ExcelValue {
  if (typeof r === "number") return r - r === 0 ? r : excelError(OVERFLOW);
  if (r === null) return "";
  if (typeof r === "string") return r;
  return excelError(r);
}
