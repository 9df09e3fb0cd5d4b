/**
 * The plan editor's number fields. Reading is src/core/officialNumber (the one module for
 * numbers as officials type them); this adds only how the editor shows a number back.
 */
export {
  parsePlainNumber as parseNumber,
  parsePercentText as parsePercent,
  parseYearText as parseYear,
  parseAmountText as parseAmount,
  type Parsed,
} from "../../core/officialNumber";

export function formatNumber(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? "" : String(value);
}

/** 0.25 → "25" (without float noise such as 7.000000000000001). */
export function formatPercent(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? "" : String(Number((value * 100).toPrecision(12)));
}
