/**
 * What the extractor reports: one item per constraint found in a plan document. This is the
 * JSON printed by `extract --json` and the rows of the pane's review table.
 */

/**
 * A level to reach, growth over the period, annual average growth, a factor of a base, or an
 * increment of a rate in percentage points (提高5个百分点 → 0.05 "个百分点").
 */
export type Kind = "level" | "growth" | "cagr" | "multiple" | "increment";

/** "=" is kept for 左右 ("about"); the plan format itself only knows the four inequalities. */
export type ExtractComparator = ">=" | ">" | "=" | "<=" | "<";

export interface ExtractedIndicator {
  /** Normalised indicator name, e.g. "发明专利申请量". */
  name: string;
  kind: Kind;
  comparator: ExtractComparator;
  /**
   * Rates as fractions (25% → 0.25, 5‰ → 0.005), every other figure as written with its unit
   * (7.8亿元 → 7.8 "亿元"), multiples as factors, increments as fractions (5个百分点 → 0.05).
   * A decrease keeps a positive value and says `decrease`.
   */
  value: number;
  /** As written: "件", "亿元", "万件", "%" (rates), "‰", "倍" (multiples), "个百分点", "比", "" … */
  unit: string;
  baseYear?: number;
  targetYear?: number;
  /** The sentence the constraint was read from. */
  source: string;
  /** 0..1: how sure the extractor is that this is a real target read correctly. */
  confidence: number;
  /** A past figure (统计数据), not a target. */
  historic?: boolean;
  /** For a past figure: the year it refers to, when stated (2017年,… / 由2015年的…). */
  year?: number;
  /** 力争 / 争取: an aspiration. */
  aspirational?: boolean;
  /** 突破: either ">=" or ">"; the user chooses among `alternatives`. */
  ambiguous?: boolean;
  alternatives?: ExtractComparator[];
  /** Less is better (不超过, 以内, 下降, 缩短 …). */
  lowerIsBetter?: boolean;
  /** 下降/降低/减少 N% or N个百分点: the value is the size of the fall (positive). */
  decrease?: boolean;
  /** 约束性 (true) or 预期性 (false), from a 属性 column or the words; absent when not stated. */
  binding?: boolean;
  /** The quarter (1–4) a milestone is due by: 一季度末 → 1, 上半年 → 2, 前三季度 → 3. */
  quarter?: number;
  /**
   * The rule ids that decided this item (candidate, name, kind, comparator, time …), in the
   * order they applied; printed by `extract --explain`. See src/extract/rules.ts.
   */
  rules?: string[];
  /** 余, 多, 约, 近, 左右: the number is approximate. */
  approximate?: boolean;
  /** 5到7家: both bounds; `value` is the lower one. */
  range?: [number, number];
  /** Why the item is uncertain, in Chinese (shown in the pane). */
  note?: string;
}

/** A number the extractor read and left, with the rule that left it (for `--explain`). */
export interface RejectedNumber {
  /** The number and its unit as written (3000万元). */
  text: string;
  source: string;
  rule: string;
}

export interface ExtractResult {
  title: string;
  /** The plan's base year (the year before the period starts); null when nothing says. */
  baseYear: number | null;
  targetYear: number | null;
  indicators: ExtractedIndicator[];
  /** Numbers read and not proposed, with the rule that left each one (only with `explain`). */
  rejected?: RejectedNumber[];
  /** The rule that set the plan's period when the title gives none (only with `explain`). */
  periodRule?: string;
}
