/**
 * The columns shared by the indicator templates (annual plan, multi-year plan, gap analysis):
 * 序号, 指标, 单位, 基数, 增长率, 底线目标 and the effective target computed from them, so every
 * template derives its target the same way (src/core/effectiveTarget.ts, natively).
 */
import type { Lang } from "../../core/errors";
import type { Indicator, Plan } from "../../core/plan";
import { effectiveGrowth } from "../../core/effectiveTarget";
import type { GridBuilder } from "../grid";
import { effectiveTargetFormula } from "../formulas";
import { RATE_FORMAT, indicatorFormat } from "../units";

export const INPUT_HEADERS: Record<Lang, string[]> = {
  zh: ["序号", "指标", "单位", "基数", "增长率(较基数)", "底线目标", "目标值"],
  en: ["No.", "Indicator", "Unit", "Base", "Growth (vs base)", "Floor", "Target"],
};
export const INPUT_WIDTHS = [5, 26, 7, 12, 11, 12, 12];
export const TARGET_COL = 6;

/** 超过: the target must be passed, not only reached (comparator > or <). */
export function isStrict(ind: Indicator): boolean {
  return ind.comparator === ">" || ind.comparator === "<";
}

/** A column width (in characters) that fits the longest text, CJK characters counting double. */
export function textWidth(texts: readonly string[], min: number, max: number): number {
  const longest = Math.max(
    0,
    ...texts.map((t) => [...t].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)),
  );
  return Math.min(max, Math.max(min, longest + 2));
}

/** Input column widths with the indicator column fitted to the plan's names. */
export function inputWidths(plan: Plan): number[] {
  const widths = [...INPUT_WIDTHS];
  widths[1] = textWidth(
    plan.indicators.map(
      (i) => i.name + (i.aspirational ? "(力争)" : "") + (i.binding !== undefined ? "(约束性)" : ""),
    ),
    16,
    40,
  );
  return widths;
}

/**
 * The header row of a table that starts with the input columns and goes on with its own, and
 * the column widths of both; returns the table's width.
 */
export function indicatorHeaderRow(
  g: GridBuilder,
  row: number,
  plan: Plan,
  lang: Lang,
  headers: readonly string[],
  widths: readonly number[],
): number {
  const all = [...INPUT_HEADERS[lang], ...headers];
  g.columnWidths = [...inputWidths(plan), ...widths];
  all.forEach((h, c) => g.set(row, c, { value: h, style: "header" }));
  return all.length;
}

/** Writes the input columns of one indicator row and returns the grid positions of its cells. */
export function indicatorInputs(
  g: GridBuilder,
  row: number,
  index: number,
  ind: Indicator,
  plan: Plan,
  lang: Lang,
): { base: string; growth: string; floor: string; target: string } {
  const fmt = indicatorFormat(ind);
  const strict = isStrict(ind);
  const name =
    ind.name +
    (ind.aspirational ? (lang === "zh" ? "(力争)" : " (aspiration)") : "") +
    // 属性 as the plan states it: 约束性 (binding) or 预期性 (expected).
    (ind.binding === undefined
      ? ""
      : lang === "zh"
        ? ind.binding
          ? "(约束性)"
          : "(预期性)"
        : ind.binding
          ? " (binding)"
          : " (expected)") +
    (strict ? (lang === "zh" ? "(须超过目标)" : " (must pass the target)") : "");
  g.set(row, 0, { value: index + 1, style: "label", numFmt: "0" });
  g.set(row, 1, { value: name, style: "label" });
  g.set(row, 2, { value: ind.unit, style: "label" });
  g.set(row, 3, { value: ind.base ?? null, style: "input", input: true, numFmt: fmt });
  g.set(row, 4, {
    value: effectiveGrowth(ind, plan) ?? null,
    style: "input",
    input: true,
    numFmt: RATE_FORMAT,
  });
  g.set(row, 5, { value: ind.target ?? null, style: "input", input: true, numFmt: fmt });
  const base = g.ref(row, 3);
  const growth = g.ref(row, 4);
  const floor = g.ref(row, 5);
  g.set(row, TARGET_COL, {
    formula: effectiveTargetFormula(base, growth, floor, ind.lowerIsBetter === true),
    style: "formula",
    numFmt: fmt,
  });
  return { base, growth, floor, target: g.ref(row, TARGET_COL) };
}

/** Data validation of the input columns over rows [first, first + count). */
export function validateIndicatorInputs(g: GridBuilder, first: number, count: number, lang: Lang): void {
  const zh = lang === "zh";
  g.validate(first, 3, count, 1, {
    kind: "decimal",
    min: 0,
    allowBlank: true,
    prompt: zh ? "基准年数值" : "Value in the base year",
    error: zh ? "请输入不小于 0 的数" : "Enter a number of at least 0",
  });
  g.validate(first, 4, count, 1, {
    kind: "decimal",
    min: -0.9999,
    max: 100,
    allowBlank: true,
    prompt: zh ? "规划期内较基数的增长,如 25%" : "Growth over the period, e.g. 25%",
    error: zh ? "请输入大于 -100% 的百分比" : "Enter a percentage above -100%",
  });
  g.validate(first, 5, count, 1, {
    kind: "decimal",
    min: 0,
    allowBlank: true,
    prompt: zh ? "须达到的数值(可空)" : "A level to reach (optional)",
    error: zh ? "请输入不小于 0 的数" : "Enter a number of at least 0",
  });
}

export function actualValidation(lang: Lang) {
  const zh = lang === "zh";
  return {
    kind: "decimal" as const,
    min: 0,
    allowBlank: true,
    prompt: zh ? "累计完成数(未报送可留空)" : "Cumulative actual (leave blank until reported)",
    error: zh ? "请输入不小于 0 的数" : "Enter a number of at least 0",
  };
}
