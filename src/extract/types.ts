/**
 * What the extractor reports: one item per constraint found in a plan document. This is the
 * JSON printed by `extract --json` and the rows of the pane's review table.
 */

/** A level to reach, growth over the period, annual average growth, or a factor of a base. */
export type Kind = "level" | "growth" | "cagr" | "multiple";

/** "=" is kept for 左右 ("about"); the plan format itself only knows the four inequalities. */
export type ExtractComparator = ">=" | ">" | "=" | "<=" | "<";

export interface ExtractedIndicator {
  /** Normalised indicator name, e.g. "发明专利申请量". */
  name: string;
  kind: Kind;
  comparator: ExtractComparator;
  /** Rates as fractions (25% → 0.25), magnitudes expanded (7.8亿元 → 780000000), multiples as factors. */
  value: number;
  /** "件", "元", "%" (rates), "倍" (multiples), "人(次)" … */
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
  /** 余, 多, 约, 近, 左右: the number is approximate. */
  approximate?: boolean;
  /** 5到7家: both bounds; `value` is the lower one. */
  range?: [number, number];
  /** Why the item is uncertain, in Chinese (shown in the pane). */
  note?: string;
}

export interface ExtractResult {
  title: string;
  /** The plan's base year (the year before the period starts); null when nothing says. */
  baseYear: number | null;
  targetYear: number | null;
  indicators: ExtractedIndicator[];
}
