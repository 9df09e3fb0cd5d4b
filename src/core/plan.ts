/**
 * The plan: the data an official edits in the pane, stores in the workbook, reads from a plan
 * document and feeds to the templates. Documented for users in docs/plan-format.md.
 * Validation and the effective target live beside it (planValidation.ts, effectiveTarget.ts).
 */

export type IndicatorNature = "flow" | "stock" | "rate";

/** How a target is to be met. With lowerIsBetter the reading is ≤ / <. */
export type Comparator = ">=" | ">" | "<=" | "<";

export interface Indicator {
  /** e.g. "发明专利申请量" */
  name: string;
  /** e.g. "件", "%", "万元", "人(次)" */
  unit: string;
  /** Base-year value (the value in plan.baseYear). */
  base?: number;
  /** A level to reach (达到 / 不低于 …), in `unit`. */
  target?: number;
  /** Growth over the whole plan period, as a fraction (增长30% → 0.3). */
  growth?: number;
  /** Annual average growth (年均增长), geometric, as a fraction. */
  cagr?: number;
  /** A factor of the base (增长两倍 → 3, 翻一番 → 2). */
  multiple?: number;
  /** Default ">=" (or "<=" with lowerIsBetter). 突破 maps to ">=" or ">" at the user's choice. */
  comparator?: Comparator;
  /** For indicators such as costs or case durations, where less is better. */
  lowerIsBetter?: boolean;
  /**
   * How the indicator moves through a year (see src/core/indicatorNature.ts): "flow" accumulates
   * from zero (申请量, 融资额, 培训人次), "stock" grows from its base (拥有量, 有效注册量), "rate"
   * is a ratio or score held at any time (结案率, 满意度, 万人拥有量). Inferred when absent.
   */
  nature?: IndicatorNature;
  /** 力争: an aspiration rather than a binding target (same number, marked). */
  aspirational?: boolean;
  /** 属性: 约束性 (true, binding) or 预期性 (false, expected), as the plan document states it. */
  binding?: boolean;
  /** A milestone due by the end of this quarter of the target year (一季度末 → 1, 上半年 → 2). */
  quarter?: 1 | 2 | 3 | 4;
  /** The latest cumulative actual value … */
  actual?: number;
  /** … and its date, ISO yyyy-mm-dd. */
  asOf?: string;
  /** Responsible unit (责任单位). */
  lead?: string;
  /** Free note shown beside the indicator (e.g. "基数为示意数据"). */
  note?: string;
}

export interface Task {
  name: string;
  lead: string;
  partners?: string[];
  /** ISO yyyy-mm-dd */
  deadline?: string;
}

export interface Plan {
  title: string;
  baseYear: number;
  targetYear: number;
  /** Counties / districts (县(市)区) that report. */
  regions?: string[];
  tasks?: Task[];
  indicators: Indicator[];
}
