/**
 * Extracted items → the plan format (src/core/plan.ts): one Indicator row per name with its
 * level, growth, cagr and multiple merged; past figures left out.
 */
import type { Comparator, Indicator, Plan } from "../core/plan";
import type { ExtractedIndicator, ExtractResult } from "./types";
import { inBaseUnit, tidy } from "./numerals";

/** The unit of a row that only has rates (发明专利申请量 年均增长10%): what is counted. */
function unitFromName(name: string): string {
  if (/率|度|占比|比例|比重/.test(name)) return "%";
  if (/额|产值|资金|收入|金额|规模/.test(name)) return "元";
  if (/企业|机构|单位|园区|基地/.test(name)) return "家";
  if (/人才|人员|代理人|代理师/.test(name)) return "人";
  if (/专利|商标|版权|著作权|申请|授权|登记|注册/.test(name)) return "件";
  return "";
}

function toComparator(c: ExtractedIndicator["comparator"], lowerIsBetter: boolean): Comparator {
  if (c === "=") return lowerIsBetter ? "<=" : ">=";
  return c;
}

/**
 * The plan format's reading of an item: a fall (下降10%, decrease) is a negative growth; a change
 * of a rate in points (提高5个百分点) is a row of its own, `<name>增量`, in 个百分点.
 */
function asPlanItem(
  it: ExtractedIndicator,
): ExtractedIndicator & { kind: "level" | "growth" | "cagr" | "multiple" } {
  if (it.kind === "increment") {
    return {
      ...it,
      name: `${it.name}${it.decrease ? "减少量" : "增量"}`,
      kind: "level",
      value: Math.round(it.value * 100 * 1e6) / 1e6,
      unit: "个百分点",
      comparator: it.decrease && it.comparator !== "<=" && it.comparator !== "<" ? ">=" : it.comparator,
      lowerIsBetter: it.decrease ? false : it.lowerIsBetter,
    };
  }
  if (it.decrease && (it.kind === "growth" || it.kind === "cagr")) {
    // At least a 10% fall = growth of at most −10%.
    const flip = { ">=": "<=", ">": "<", "<=": ">=", "<": ">", "=": "=" } as const;
    return { ...it, kind: it.kind, value: -it.value, comparator: flip[it.comparator], lowerIsBetter: true };
  }
  return it as ExtractedIndicator & { kind: "level" | "growth" | "cagr" | "multiple" };
}

export interface MergeOptions {
  /** The plan's base year: past figures of that year become the rows' `base`. */
  baseYear?: number | null;
  /** Past figures to take bases from (default: the historic items among `items`). */
  pastFigures?: ExtractedIndicator[];
}

/** The base of a row: a past level of the same indicator, stated for the plan's base year. */
function baseFor(row: Indicator, past: ExtractedIndicator[], baseYear: number): number | undefined {
  const rowUnit = inBaseUnit(1, row.unit);
  for (const p of past) {
    if (!p.historic || p.kind !== "level" || p.year !== baseYear || p.name.trim() !== row.name) continue;
    if (row.unit === "" || p.unit === row.unit) return p.value;
    // "2018年…4210件" as the base of "0.5万件": the base in the row's own unit (0.421 万件).
    const b = inBaseUnit(p.value, p.unit);
    if (b.unit === rowUnit.unit) return tidy(b.value / rowUnit.value);
  }
  return undefined;
}

/**
 * Merges the accepted items (historic ones are skipped) into plan indicator rows; with a base
 * year, a past figure of that year (2018年,全市专利申请量4210件) fills the row's base.
 */
export function mergeIndicators(items: ExtractedIndicator[], options: MergeOptions = {}): Indicator[] {
  const rows = new Map<string, Indicator>();
  const notes = new Map<string, string[]>();
  // A milestone (2023年 of a plan to 2025, 其中2025年达到4个) yields the row to the target due last.
  const latest = new Map<string, number>();
  for (const i of items)
    if (!i.historic && i.targetYear !== undefined)
      latest.set(i.name.trim(), Math.max(latest.get(i.name.trim()) ?? 0, i.targetYear));
  const early = (i: ExtractedIndicator) =>
    i.targetYear !== undefined && i.targetYear < (latest.get(i.name.trim()) ?? 0) ? 1 : 0;
  const ordered = items.map((it, k) => ({ it, k })).sort((a, b) => early(a.it) - early(b.it) || a.k - b.k);
  for (const { it: raw } of ordered) {
    if (raw.historic) continue;
    const it = asPlanItem(raw);
    const name = it.name.trim();
    if (name === "") continue;
    let row = rows.get(name);
    if (!row) {
      row = { name, unit: "" };
      rows.set(name, row);
      notes.set(name, []);
    }
    const note = notes.get(name)!;
    const lower = it.lowerIsBetter === true;
    const field = (it.kind === "level" ? "target" : it.kind) as "target" | "growth" | "cagr" | "multiple";
    if (row[field] !== undefined) {
      note.push(`另有 ${it.kind} ${it.value}`);
      continue;
    }
    row[field] = it.value;
    if (it.kind === "level") row.unit = it.unit;
    if (lower) row.lowerIsBetter = true;
    if (it.aspirational) row.aspirational = true;
    if (it.binding !== undefined && row.binding === undefined) row.binding = it.binding;
    if (it.quarter !== undefined && row.quarter === undefined && it.quarter >= 1 && it.quarter <= 4)
      row.quarter = it.quarter as 1 | 2 | 3 | 4;
    // The level's comparator rules the row; a rate's only when there is no level.
    if (it.kind === "level" || row.comparator === undefined)
      row.comparator = toComparator(it.comparator, lower);
    if (it.note) note.push(it.note);
  }
  const out: Indicator[] = [];
  for (const row of rows.values()) {
    if (row.unit === "") row.unit = unitFromName(row.name);
    // The plan format pairs ≤/< with lowerIsBetter; a mixed row keeps the level's reading.
    const lower = row.comparator === "<=" || row.comparator === "<";
    if (lower && !row.lowerIsBetter) row.lowerIsBetter = true;
    if (!lower && row.lowerIsBetter) row.comparator = row.comparator === ">" ? "<" : "<=";
    const n = notes.get(row.name) ?? [];
    if (options.baseYear != null) {
      const base = baseFor(row, options.pastFigures ?? items, options.baseYear);
      if (base !== undefined && base >= 0) {
        row.base = base;
        n.push(`基数取自文件中的${options.baseYear}年数据`);
      }
    }
    if (n.length) row.note = [...new Set(n)].join(";");
    out.push(row);
  }
  return out;
}

/** A plan file from an extraction; `fallbackYear` fills years the document does not give. */
export function toPlan(result: ExtractResult, fallbackYear: number, accepted?: ExtractedIndicator[]): Plan {
  const targetYear = result.targetYear ?? fallbackYear;
  let baseYear = result.baseYear ?? targetYear - 1;
  if (baseYear >= targetYear) baseYear = targetYear - 1;
  return {
    title: result.title || "导入的规划指标",
    baseYear,
    targetYear,
    indicators: mergeIndicators(accepted ?? result.indicators, {
      baseYear,
      pastFigures: result.indicators.filter((i) => i.historic),
    }),
  };
}
