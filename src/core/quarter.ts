/**
 * PLAN.QUARTERTARGET: the cumulative share of an annual target due by the end of a quarter —
 * annualTarget × quarter / 4, or by the running share of four seasonal weights.
 */
import type { PlanError } from "./errors";
import { QUARTER_OUT_OF_RANGE, WEIGHTS_SHAPE, isZero, mustNotBeNegative } from "./functionErrors";
import { type CellResult, type Label, errorIn, finite, isBlank, requiredNumbers, toNumber } from "./values";

export const ANNUAL_TARGET: Label = { zh: "年度目标", en: "annualTarget" };
export const QUARTER: Label = { zh: "季度", en: "quarter" };
export const WEIGHTS: Label = { zh: "权重", en: "weights" };

/** Four weights read once per call (not per cell): numbers, or the error that spoils them all. */
export type Weights = readonly [number, number, number, number] | PlanError | undefined;

/** Reads the weight cells: exactly four; blanks count as 0; an error value or text spoils them. */
export function readWeights(cells: readonly unknown[] | undefined): Weights {
  if (cells === undefined) return undefined;
  if (cells.length !== 4) return WEIGHTS_SHAPE;
  const w: number[] = [];
  for (const x of cells) {
    const e = errorIn(x);
    if (e) return e;
    if (isBlank(x)) {
      w.push(0);
      continue;
    }
    const n = toNumber(x, WEIGHTS);
    if (typeof n !== "number") return n;
    w.push(n);
  }
  return [w[0], w[1], w[2], w[3]];
}

export function quarterTarget(annualTarget: unknown, quarter: unknown, weights?: Weights): CellResult {
  const args = requiredNumbers([annualTarget, quarter], [ANNUAL_TARGET, QUARTER]);
  if (!Array.isArray(args)) return args;
  const [a, q] = args;
  if (weights !== undefined && !Array.isArray(weights)) return weights as PlanError;
  if (q < 1 || q > 4 || q !== Math.floor(q)) return QUARTER_OUT_OF_RANGE;
  if (weights === undefined) return finite((a * q) / 4);
  const w = weights as readonly number[];
  if (w[0] < 0 || w[1] < 0 || w[2] < 0 || w[3] < 0) return mustNotBeNegative(WEIGHTS);
  const sum = w[0] + w[1] + w[2] + w[3];
  if (sum === 0) return isZero(WEIGHTS);
  let cum = 0;
  for (let k = 0; k < q; k++) cum += w[k];
  // The share first: a × (cum / sum) neither underflows nor overflows where a × cum would.
  return finite(a * (cum / sum));
}
