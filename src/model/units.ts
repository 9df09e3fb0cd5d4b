/**
 * Number formats by unit. Values are kept in the indicator's unit (件, 万元 …); a "%" indicator
 * keeps its values as fractions (95% is 0.95) and shows them as percentages.
 */

const COUNT_UNITS = /^(件|个|家|项|人|人次|人\(次\)|次|户|名|所|座|场|批|只|台|套|篇|部)$/;

function quoted(unit: string): string {
  return unit.replace(/"/g, "");
}

export function isPercentUnit(unit: string): boolean {
  return unit.trim() === "%";
}

/** The number format of a value in `unit`. */
export function unitFormat(unit: string): string {
  const u = unit.trim();
  if (u === "") return "#,##0.00";
  if (isPercentUnit(u)) return "0.0%";
  if (COUNT_UNITS.test(u)) return `#,##0"${quoted(u)}"`;
  return `#,##0.00"${quoted(u)}"`;
}

export const PERCENT_FORMAT = "0.0%";
export const RATE_FORMAT = "0.00%";
export const DATE_FORMAT = "yyyy-mm-dd";
