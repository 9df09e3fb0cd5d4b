/**
 * One region's progress on one indicator, as numbers: completion, status and whether it is judged
 * against 序时进度 or the whole target. The same rules the quarterly report's native formulas
 * follow (src/model/formulas.ts completionFormula / statusFormula), evaluated with the PLAN
 * functions themselves, so a document written from a consolidation states exactly what the
 * summary sheet calculates.
 */
import type { Lang } from "./errors";
import { indicatorNature } from "./indicatorNature";
import type { Indicator } from "./plan";
import { completion } from "./progress";
import { status } from "./status";
import { STATUS_LABELS } from "./statusLabels";

export interface IndicatorProgress {
  /** actual / target (target / actual when lower is better: ≥ 100% = met); null when blank. */
  completion: number | null;
  /** PLAN.STATUS label; null when blank. */
  status: string | null;
  /**
   * "time": a flow or stock, judged against 序时进度; "target": a rate or a lower-is-better level,
   * which holds all year and is judged against the whole target.
   */
  judgedAgainst: "time" | "target";
}

type IndicatorRule = Pick<Indicator, "name" | "unit" | "nature" | "lowerIsBetter" | "comparator">;

/** Whether the indicator is judged against the whole target rather than 序时进度. */
export function judgedAgainstTarget(ind: IndicatorRule): boolean {
  return ind.lowerIsBetter === true || indicatorNature(ind) === "rate";
}

export function indicatorProgress(
  ind: IndicatorRule,
  target: number | null,
  actual: number | null,
  timeProgress: number | undefined,
  lang: Lang,
): IndicatorProgress {
  const lower = ind.lowerIsBetter === true;
  const holds = judgedAgainstTarget(ind);
  const judgedAgainst = holds ? "target" : "time";
  const c = lower ? completion(target, actual) : completion(actual, target);
  const cpl = typeof c === "number" ? c : null;
  let s = lower
    ? status(target, actual, undefined, undefined, undefined, lang)
    : status(actual, target, holds ? undefined : timeProgress, undefined, undefined, lang);
  // 超过 / 低于 (strict): reaching the target exactly is on track, not achieved (as the template).
  const strict = ind.comparator === ">" || ind.comparator === "<";
  if (strict && typeof actual === "number" && actual === target) s = STATUS_LABELS[lang][1];
  return { completion: cpl, status: typeof s === "string" && s !== "" ? s : null, judgedAgainst };
}
