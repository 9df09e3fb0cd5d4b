/**
 * Text as Office.js must send it to stay text. Excel parses a string written through
 * `Range.formulas` or `Range.values` as if it were typed: "=…" becomes a formula, "2024" a number,
 * "10%" a percentage, "2024-1-1" or "1/2" a date, "TRUE" a boolean, "#N/A" an error. A leading
 * apostrophe keeps such a text as text (the apostrophe is not part of the value), as the .xlsx
 * writer keeps it by writing a string cell. Other text is sent as it is, without an apostrophe.
 */

const TYPED_AS_SOMETHING_ELSE = [
  /^[=+\-@']/, // formula, sign, or an apostrophe of its own (which Excel would swallow)
  /^\s*[$¥￥€£]?\s*(\d[\d,]*(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*%?\s*$/i, // numbers, %, thousands, currency
  /^\s*\(\s*[$¥￥€£]?\s*\d[\d,]*(\.\d*)?\s*\)\s*$/, // (100): a negative number
  /^\s*\d{1,4}\s*[-/.]\s*\d{1,2}(\s*[-/.]\s*\d{1,4})?(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*$/, // dates, fractions
  /^\s*\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*([ap]m)?\s*$/i, // times
  /^\s*(\d{4}\s*年\s*)?\d{1,2}\s*月(\s*\d{1,2}\s*日)?\s*$/, // 2024年3月, 3月5日 (zh-CN dates)
  /^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/,
  /^\s*(true|false)\s*$/i,
  /^\s*#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!|GETTING_DATA)\s*$/i,
];

/** Whether Excel would read `text`, typed into a cell, as something other than that text. */
export function readAsOtherThanText(text: string): boolean {
  return TYPED_AS_SOMETHING_ELSE.some((re) => re.test(text));
}

/** A cell value as Office.js's `formulas` / `values` must carry it: text that Excel would parse
 * into something else gets a leading apostrophe; numbers and booleans go as they are. */
export function officeLiteral<T extends string | number | boolean>(value: T): T | string {
  return typeof value === "string" && readAsOtherThanText(value) ? `'${value}` : value;
}
