/** PLAN.PER10K: count / population × 10,000 — 万人拥有量 (population in persons). */
import { isZero, mustNotBeNegative } from "./functionErrors";
import { type CellResult, type Label, finite, requiredNumbers } from "./values";

export const COUNT: Label = { zh: "数量", en: "count" };
export const POPULATION: Label = { zh: "人口", en: "population" };

export function per10k(count: unknown, population: unknown): CellResult {
  if (typeof count === "number" && typeof population === "number" && population > 0) {
    const x = (count / population) * 10000;
    if (x - x === 0) return x;
  }
  const args = requiredNumbers([count, population], [COUNT, POPULATION]);
  if (!Array.isArray(args)) return args;
  const [c, p] = args;
  if (p < 0) return mustNotBeNegative(POPULATION);
  if (p === 0) return isZero(POPULATION);
  return finite((c / p) * 10000);
}
