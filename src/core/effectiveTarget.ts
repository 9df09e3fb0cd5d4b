/**
 * The effective target of an indicator: the strictest of the constraints a plan gives.
 * Shared by the templates (their formulas compute the same thing natively), the pane and
 * consolidation. Documented in docs/plan-format.md.
 */
import type { Indicator, Plan } from "./plan";

/** Years between the base year and the target year (at least 1 for a valid plan). */
export function planYears(plan: Pick<Plan, "baseYear" | "targetYear">): number {
  return plan.targetYear - plan.baseYear;
}

function strictest(values: number[], lowerIsBetter: boolean | undefined): number | undefined {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return undefined;
  return lowerIsBetter ? Math.min(...finite) : Math.max(...finite);
}

/**
 * The strictest whole-period growth implied by growth, cagr and multiple (as a fraction of
 * the base): growth, (1+cagr)^years − 1, multiple − 1. Undefined when none is given.
 * Templates put this number in their growth input cell, so base × (1 + it) is the strictest
 * of the base-derived targets (for a non-negative base).
 */
export function effectiveGrowth(
  indicator: Indicator,
  plan: Pick<Plan, "baseYear" | "targetYear">,
): number | undefined {
  const g: number[] = [];
  if (indicator.growth !== undefined) g.push(indicator.growth);
  if (indicator.cagr !== undefined) g.push(Math.pow(1 + indicator.cagr, planYears(plan)) - 1);
  if (indicator.multiple !== undefined) g.push(indicator.multiple - 1);
  return strictest(g, indicator.lowerIsBetter);
}

/**
 * The strictest of target, base × (1 + growth), base × (1 + cagr)^(targetYear − baseYear) and
 * base × multiple: the maximum, or the minimum for lowerIsBetter. Undefined when nothing can
 * be computed (no target, and no base or no base-derived constraint).
 */
export function effectiveTarget(
  indicator: Indicator,
  plan: Pick<Plan, "baseYear" | "targetYear">,
): number | undefined {
  const candidates: number[] = [];
  if (indicator.target !== undefined) candidates.push(indicator.target);
  const b = indicator.base;
  if (b !== undefined) {
    if (indicator.growth !== undefined) candidates.push(b * (1 + indicator.growth));
    if (indicator.cagr !== undefined) candidates.push(b * Math.pow(1 + indicator.cagr, planYears(plan)));
    if (indicator.multiple !== undefined) candidates.push(b * indicator.multiple);
  }
  return strictest(candidates, indicator.lowerIsBetter);
}

/**
 * The annual rate a multi-year decomposition follows: the geometric rate from the base to the
 * effective target, (target / base)^(1 / years) − 1, which equals cagr when cagr is the binding
 * constraint. Undefined without a positive base or an effective target.
 */
export function impliedAnnualRate(
  indicator: Indicator,
  plan: Pick<Plan, "baseYear" | "targetYear">,
): number | undefined {
  const b = indicator.base;
  const t = effectiveTarget(indicator, plan);
  const n = planYears(plan);
  if (b === undefined || t === undefined || b <= 0 || t < 0 || n <= 0) return undefined;
  return Math.pow(t / b, 1 / n) - 1;
}
