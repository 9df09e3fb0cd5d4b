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

/** Decimal places a value is written with (up to `max`): 9.5 → 1, 12 → 0, 0.125 → 3. */
function decimalsOf(x: number | undefined, max: number): number {
  if (x === undefined || !Number.isFinite(x)) return 0;
  for (let d = 0; d < max; d++) if (Math.abs(x * 10 ** d - Math.round(x * 10 ** d)) < 1e-9) return d;
  return max;
}

/** A ratio to a population or an average has decimals even when its target is whole (12件 → 12.0). */
const PER_CAPITA = /万人|每万|人均|平均|千人|百人/;

/**
 * The number format of an indicator's values: its unit, and the decimals its own numbers
 * have (万人发明专利拥有量 9.5 → "0.0件", money in the plan's unit with no ".00" unless a value
 * has cents). Percentages keep one decimal ("12.5%") or more when a value needs it.
 */
export function indicatorFormat(ind: {
  name: string;
  unit: string;
  base?: number;
  target?: number;
  floor?: number;
  actual?: number;
}): string {
  const u = ind.unit.trim();
  const values = [ind.base, ind.target, ind.floor, ind.actual];
  if (isPercentUnit(u)) {
    const d = Math.max(1, ...values.map((v) => decimalsOf(v === undefined ? v : v * 100, 2)));
    return `0.${"0".repeat(d)}%`;
  }
  const d = Math.max(PER_CAPITA.test(ind.name) ? 1 : 0, ...values.map((v) => decimalsOf(v, 2)));
  const number = d > 0 ? `#,##0.${"0".repeat(d)}` : "#,##0";
  return u === "" ? number : `${number}"${quoted(u)}"`;
}
