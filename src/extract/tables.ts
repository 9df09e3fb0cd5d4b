/**
 * Indicator tables as they arrive in plan text (专栏: 主要指标), one row per line with cells
 * separated by tabs, "|" or runs of spaces:
 *
 *   指标                                 2020年   2025年   属性
 *   每万人口高价值发明专利拥有量(件)       4.2      8        预期性
 *
 * The last year's column is the target, a column at or before the plan's base year a past figure.
 */
import { isDigit, tidy } from "./numerals";

export interface TableHeader {
  /** Years of the value columns, left to right. */
  years: number[];
  /** The cell index of each value column, for rows that have as many cells as the header. */
  columns: number[];
  /** Which column is the target: the one headed 目标 or, failing that, the latest year. */
  target: number;
  /** Columns headed 基期/现状/基数: past figures whatever their year. */
  base: Set<number>;
  /** Cell index of a 单位 column, if any. */
  unitColumn?: number;
  /** Cell index of the 指标 (name) column, if the header names one. */
  nameColumn?: number;
  /** Number of cells in the header row. */
  width: number;
  /** Cell index of a 年均增长 column: the row's annual growth, not a year's value. */
  cagrColumn?: number;
}

export interface TableCellValue {
  year: number;
  value: number;
  /** [25] in brackets: a figure cumulated over the period. */
  cumulative: boolean;
  /** The target column (目标 or the latest year). */
  target: boolean;
  /** A base-year / current-state column. */
  base: boolean;
  /** 95以上, ≥95, 30以内 in the cell. */
  comparator?: ">=" | ">" | "<=" | "<";
  /** 85左右 in the cell: about that figure. */
  approximate?: boolean;
  /** 下降10% in the cell: the measure falls by that share (value 0.1). */
  fall?: boolean;
}

export interface TableRow {
  name: string;
  unit: string;
  values: TableCellValue[];
  /**
   * The 年均增长 cell, as a fraction (7 → 0.07), with its comparator if any; `cumulative` when the
   * cell is bracketed ([14.5]: the change over the whole period, a growth, not annual).
   */
  cagr?: { value: number; comparator?: ">=" | ">" | "<=" | "<"; cumulative?: boolean; fall?: boolean };
  /** 约束性 → true, 预期性 → false (属性 column). */
  binding?: boolean;
}

const SEP = /\t+|\s*[|│]\s*|\s{2,}/;

export function cells(line: string): string[] {
  return line
    .split(SEP)
    .map((c) => c.trim())
    .filter((c) => c !== "");
}

const ROLE = "(?:基期|基数|基准|现状|预计|预估|目标|目标值|预期|预期值|规划|实际|完成)";
const YEAR_CELL = new RegExp(
  `^(?:${ROLE}值?\\s*[((]?\\s*)?(\\d{4})\\s*年?(?:底|末)?\\s*[((]?\\s*(${ROLE})?\\s*[))]?\\s*值?\\s*[))]?$`,
);
/** Value columns without a year: 现状值, 基期值, 目标值 (years taken from the plan). */
const ROLE_CELL = /^(?:(基期|基数|基准|现状|当前)|(目标|预期|规划))值?$/;
const UNIT_HEADER = /^(?:计量)?单位$/;
/**
 * 年均增长(%), 年均增速, “十四五”年均增长, 累计/年均: the column of the change over the period —
 * annual growth, or with [brackets] the change cumulated over the five years.
 */
const CAGR_HEADER =
  /^(?:[“"]?十[一二三四五六]五[”"]?)?(?:(?:年均|年平均)(?:增长|增速|增幅)率?|累计\s*[/或、]\s*年均|年均\s*[/或、]\s*累计)\s*(?:[((]\s*%\s*[))])?$/;
const NAME_HEADER = /^(?:主要)?(?:指标|指标名称|指标项|名称|项目)(?:名称)?$/;
/** 预期性 / 约束性: the attribute of an indicator, never its name. */
const ATTRIBUTE_CELL = /^(?:预期性|约束性|指导性|预期|约束|指导)$/;

/**
 * A header row: two or more value columns, by year (2020年, 2025年(目标)) or by role (现状值,
 * 目标值, then the plan's base and target years stand in for them).
 */
export function readHeader(
  line: string,
  planYears: { baseYear: number | null; targetYear: number | null } = { baseYear: null, targetYear: null },
): TableHeader | undefined {
  const cs = cells(line);
  const years: number[] = [];
  const columns: number[] = [];
  const base = new Set<number>();
  let targetByRole = -1;
  let unitColumn: number | undefined;
  let nameColumn: number | undefined;
  let cagrColumn: number | undefined;
  cs.forEach((c, k) => {
    if (UNIT_HEADER.test(c)) unitColumn = k;
    if (CAGR_HEADER.test(c)) cagrColumn = k;
    if (NAME_HEADER.test(c) && nameColumn === undefined) nameColumn = k;
    // "1200" in a data row is a number, not a year: a year column says 年 or its role.
    let y = YEAR_CELL.exec(c);
    if (
      y &&
      (!/年|基|现状|预计|目标|预期|规划|实际|完成/.test(c) || Number(y[1]) < 1950 || Number(y[1]) > 2100)
    )
      y = null;
    const r = y ? undefined : ROLE_CELL.exec(c);
    if (!y && !r) return;
    const role = y
      ? // "2025年(预计)": the estimate of the base year, not the target.
        y[0].match(/基期|基数|基准|现状|预计|预估/)
        ? "base"
        : /目标|预期|规划/.test(y[0])
          ? "target"
          : ""
      : r?.[1]
        ? "base"
        : "target";
    let year = y ? Number(y[1]) : role === "base" ? planYears.baseYear : planYears.targetYear;
    if (year === null) year = role === "base" ? 0 : 1;
    if (role === "base") base.add(years.length);
    if (role === "target" && targetByRole < 0) targetByRole = years.length;
    years.push(year);
    columns.push(k);
  });
  if (years.length < 2) return undefined;
  let target = targetByRole;
  if (target < 0) target = years.reduce((best, y, k) => (y > years[best] ? k : best), 0);
  return { years, columns, target, base, unitColumn, nameColumn, width: cs.length, cagrColumn };
}

const MISSING = /^(?:—+|-+|–|\/|无|空)$/;
const NUMBER_CELL =
  /^(≥|>=|≤|<=|>|<|不低于|不少于|不超过|不高于|超过|高于|低于|达到)?\s*([\[〔【]?)(-?\d+(?:\.\d+)?)([\]〕】]?)\s*(%?)\s*(以上|以下|以内|左右)?$/;
const CELL_COMPARATOR: Record<string, ">=" | ">" | "<=" | "<"> = {
  "≥": ">=",
  ">=": ">=",
  不低于: ">=",
  不少于: ">=",
  达到: ">=",
  以上: ">=",
  "≤": "<=",
  "<=": "<=",
  不超过: "<=",
  不高于: "<=",
  以下: "<=",
  以内: "<=",
  ">": ">",
  超过: ">",
  高于: ">",
  "<": "<",
  低于: "<",
};

const UNIT_IN_NAME = /[((]\s*(万|亿)?\s*([^()()]{1,8})\s*[))]$/;
/** A cell of a 单位 column, or a unit standing alone before the numbers. */
const UNIT_CELL =
  /^(万|亿|千)?\s*(%|‰|元|件|个|家|项|人|人次|人\(次\)|次|场|场次|期|天|个工作日|个月|分|分钟|小时|亩|吨|户|所|名|篇|部|倍|平方米|平方公里|公顷|头|只|岁|批次|级|张|床|辆|座|公里|千瓦|千瓦时|立方米|标准箱|例|起|微克\/立方米|μg\/m3|μg\/m³|mg\/m3|\/10万|比)$/;

/** A unit cell as written (万元, 亿元, 万件): the figures keep the plan's own magnitude. */
function unitOf(unitRaw: string, magnitude: string | undefined): { unit: string; factor: number } {
  if (unitRaw === "%") return { unit: "%", factor: 0.01 };
  if (unitRaw === "‰") return { unit: "‰", factor: 0.001 };
  return { unit: `${magnitude ?? ""}${unitRaw}`, factor: 1 };
}

/** "下降10%" in a target or 年均增长 cell: the fall of the row's measure (table.fall-cell). */
const FALL_CELL = /^(?:下降|降低|减少)\s*(\d+(?:\.\d+)?)\s*%\s*(以上|左右)?$/;
/** The share a fall cell gives (下降10% → 0.1), and whether it is about that figure. */
function fallOf(cell: string): { value: number; about: boolean } | undefined {
  const m = FALL_CELL.exec(cell);
  return m ? { value: tidy(Number(m[1]) * 0.01), about: m[2] === "左右" } : undefined;
}
const isValueCell = (c: string) => NUMBER_CELL.test(c) || MISSING.test(c) || FALL_CELL.test(c);

/**
 * A row with a name and only “—” cells (a new indicator without a base, a heading row of a
 * group): no figure, but the table goes on after it.
 */
export function isGapRow(line: string): boolean {
  const cs = cells(line);
  const rest = cs.slice(1).filter((c) => !ATTRIBUTE_CELL.test(c) && !UNIT_CELL.test(c));
  return cs.length >= 2 && rest.length >= 1 && rest.every((c) => MISSING.test(c)) && line.length < 200;
}
/** A leading serial number cell ("1", "3.") before the name. */
const SERIAL_CELL = /^\d{1,2}[.、]?$/;

/** A data row under a header; undefined when the line is not one. */
export function readRow(line: string, header: TableHeader): TableRow | undefined {
  const cs = cells(line);
  // A row with as many cells as the header is read by column; otherwise the numbers fill the
  // value columns from the right (a missing base may be left out).
  const aligned = cs.length === header.width && header.columns.every((k) => isValueCell(cs[k]));
  const from = SERIAL_CELL.test(cs[0] ?? "") ? 1 : 0;
  let firstNumber = -1;
  for (let k = from; k < cs.length && firstNumber < 0; k++) if (isValueCell(cs[k])) firstNumber = k;
  if (aligned) firstNumber = header.columns[0];
  if (firstNumber < 1) return undefined;
  let unit = "";
  let factor = 1;
  let nameAt = firstNumber - 1;
  while (nameAt > from && ATTRIBUTE_CELL.test(cs[nameAt] ?? "")) nameAt--;
  const unitCell =
    aligned && header.unitColumn !== undefined
      ? cs[header.unitColumn]
      : UNIT_CELL.test(cs[nameAt]) && nameAt > from
        ? cs[nameAt--]
        : undefined;
  if (aligned && header.unitColumn === nameAt) nameAt--;
  // "指标 | 属性 | 单位 | 2030年 …": the name is in the column headed 指标, wherever the others are.
  if (aligned && header.nameColumn !== undefined) nameAt = header.nameColumn;
  while (nameAt > from && ATTRIBUTE_CELL.test(cs[nameAt] ?? "")) nameAt--;
  const um = unitCell !== undefined ? UNIT_CELL.exec(unitCell) : null;
  if (um) ({ unit, factor } = unitOf(um[2], um[1]));
  // A 单位 column says the unit whatever it is (万吨标准煤, 万千瓦): taken as written.
  else if (unitCell !== undefined && aligned && /^[^\d\s—-]{1,10}$/.test(unitCell) && !MISSING.test(unitCell))
    ({ unit, factor } = unitOf(unitCell, ""));
  let name = (cs[nameAt] ?? "").replace(/^\d{1,2}[.、]?\s*/, "");
  if (!/[\u4e00-\u9fff]/.test(name)) return undefined;
  const nm = UNIT_IN_NAME.exec(name);
  if (nm) {
    if (!um) ({ unit, factor } = unitOf(nm[2].trim(), nm[1]));
    name = name.slice(0, nm.index).trim();
  }
  let slots: Array<{ cell: string; column: number }>;
  let cagrCell: string | undefined;
  if (aligned) {
    slots = header.columns.map((k, column) => ({ cell: cs[k], column }));
    if (header.cagrColumn !== undefined) cagrCell = cs[header.cagrColumn];
  } else {
    const numeric = cs.slice(firstNumber).filter(isValueCell);
    // The 年均增长 column comes after the years: its cell is the last number of the row.
    if (header.cagrColumn !== undefined && numeric.length === header.years.length + 1)
      cagrCell = numeric.pop();
    if (numeric.length < 1 || numeric.length > header.years.length) return undefined;
    const offset = header.years.length - numeric.length;
    slots = numeric.map((cell, k) => ({ cell, column: offset + k }));
  }
  const values: TableCellValue[] = [];
  for (const { cell, column } of slots) {
    const f = fallOf(cell);
    if (f) {
      values.push({
        year: header.years[column],
        value: f.value,
        cumulative: false,
        target: column === header.target,
        base: header.base.has(column),
        fall: true,
        ...(f.about ? { approximate: true } : {}),
      });
      continue;
    }
    const m = NUMBER_CELL.exec(cell);
    if (!m) continue;
    const percent = m[5] === "%";
    const v = Number(m[3]) * (percent ? 0.01 : factor);
    const value: TableCellValue = {
      year: header.years[column],
      value: tidy(v),
      cumulative: m[2] !== "",
      target: column === header.target,
      base: header.base.has(column),
    };
    const cmp = m[1] ?? m[6];
    if (cmp === "左右") value.approximate = true;
    else if (cmp) value.comparator = CELL_COMPARATOR[cmp];
    values.push(value);
    if (percent && unit === "") unit = "%";
  }
  const row: TableRow = { name, unit, values };
  const cf = cagrCell !== undefined ? fallOf(cagrCell) : undefined;
  if (cf) row.cagr = { value: cf.value, fall: true };
  const cm = cagrCell !== undefined ? NUMBER_CELL.exec(cagrCell) : null;
  if (cm) {
    row.cagr = { value: tidy(Number(cm[3]) * 0.01) };
    if (cm[2] !== "") row.cagr.cumulative = true;
    const cmp = cm[1] ?? cm[6];
    if (cmp && CELL_COMPARATOR[cmp]) row.cagr.comparator = CELL_COMPARATOR[cmp];
  }
  const attribute = cs.find((c) => /^(?:约束性|预期性|约束|预期)$/.test(c));
  if (attribute) row.binding = attribute.startsWith("约束");
  if (values.length === 0 && !row.cagr) return undefined;
  return row;
}

/** Whether a line could be a header without years: 指标 | 现状值 | 目标值. */
export function mayBeRoleHeader(line: string): boolean {
  return /[\t|│]|\s{2,}/.test(line) && /目标值|预期值|现状值|基期值|基数/.test(line) && line.length < 200;
}

/** Whether a line could be a table row at all (cheap check before splitting). */
export function mayBeRow(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (isDigit(line[i])) return /\t|\s{2,}|[|│]/.test(line);
  return false;
}

/**
 * A table of targets by region (各县(区)主要指标预期目标表): the first column names the region,
 * every other column an indicator with its unit in brackets, every cell a target.
 *
 *   县(区) | 地区生产总值增长(%) | 城镇新增就业(人)
 *   樾城区 | 5.5 | 12000
 */
export interface MatrixHeader {
  columns: Array<{ cell: number; name: string; unit: string; growth: boolean }>;
  width: number;
  /** A table of progress (1—6月, 同比, 完成全年目标): its cells are past figures. */
  past: boolean;
}

const REGION_HEADER =
  /^(?:县\s*[((]\s*市?[、,]?\s*区\s*[))]|县(?:市)?区|区县|县区|地区|单位|乡镇(?:\s*[((]\s*街道\s*[))])?|各县(?:\s*[((]\s*区\s*[))])?)$/;

export function readMatrixHeader(line: string): MatrixHeader | undefined {
  if (!/[\t|│]/.test(line) || line.length > 300) return undefined;
  const cs = cells(line);
  if (cs.length < 3 || !REGION_HEADER.test(cs[0])) return undefined;
  const columns: MatrixHeader["columns"] = [];
  for (let k = 1; k < cs.length; k++) {
    const m = UNIT_IN_NAME.exec(cs[k]);
    // "消防宣传覆盖率": a rate's column needs no unit; its cells carry the %.
    if (!m && /^[\u4e00-\u9fff]{2,20}(?:率|占比|比例|比重)$/.test(cs[k])) {
      columns.push({ cell: k, name: cs[k], unit: "%", growth: false });
      continue;
    }
    if (!m || !/[\u4e00-\u9fff]/.test(cs[k])) continue;
    let name = cs[k].slice(0, m.index).trim();
    const { unit } = unitOf(m[2].trim(), m[1]);
    const growth = unit === "%" && /(?:增长|增速|增幅)$/.test(name);
    if (growth) name = name.replace(/(?:增长|增速|增幅)$/, "");
    columns.push({ cell: k, name, unit, growth });
  }
  const past = /\d{1,2}\s*[—\-–~至]\s*\d{1,2}\s*月|同比|完成|实际|上年|截至/.test(line);
  return columns.length >= 2 ? { columns, width: cs.length, past } : undefined;
}

/** A row of a region table: the region and the targets of its cells. */
export function readMatrixRow(
  line: string,
  header: MatrixHeader,
):
  | {
      region: string;
      values: Array<{
        name: string;
        unit: string;
        growth: boolean;
        value: number;
        comparator?: ">=" | ">" | "<=" | "<" | "=";
        approximate?: boolean;
      }>;
    }
  | undefined {
  const cs = cells(line);
  if (cs.length !== header.width || !/^[\u4e00-\u9fff]{2,12}$/.test(cs[0])) return undefined;
  const values = [];
  for (const c of header.columns) {
    const m = NUMBER_CELL.exec(cs[c.cell] ?? "");
    if (!m) continue;
    const v = Number(m[3]) * (c.unit === "%" ? 0.01 : 1);
    const cmp = m[1] ?? m[6];
    // "90%左右": about that figure, as 左右 in prose.
    const about = m[6] === "左右";
    values.push({
      name: c.name,
      unit: c.unit,
      growth: c.growth,
      value: tidy(v),
      comparator: about ? ("=" as const) : cmp ? CELL_COMPARATOR[cmp] : undefined,
      ...(about ? { approximate: true } : {}),
    });
  }
  return values.length ? { region: cs[0], values } : undefined;
}
