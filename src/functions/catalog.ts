/**
 * The PLAN functions' help texts in Chinese and English, with worked examples: one source for
 * the Chinese function metadata (functions-zh-cn.json, written by the build), the task pane's
 * function help and the reference docs. The English texts must equal the JSDoc in functions.ts,
 * from which Office's functions.json is generated; the build and a unit test check that.
 * Kept as JSON so the webpack plugin (plain Node) can read it without compiling TypeScript.
 */
import type { PlanFunctionName } from "../core/native";
import data from "./catalog.json";

export interface Bilingual {
  zh: string;
  en: string;
}

export interface ParamHelp extends Bilingual {
  name: string;
}

/** A formula as an official would type it, and what it gives. */
export interface Example {
  formula: string;
  result: number | string | (number | string)[][];
}

export interface FunctionHelp {
  id: PlanFunctionName;
  description: Bilingual;
  params: ParamHelp[];
  examples: Example[];
  /** The number format a cell holding the result should have (as the templates format it, e.g.
   * "0.0%" for shares, "0.00%" for growth rates); absent for plain numbers and text. */
  resultFormat?: string;
}

export const FUNCTION_CATALOG: readonly FunctionHelp[] = data.functions as FunctionHelp[];

/** The help of one function. */
export function functionHelp(id: PlanFunctionName): FunctionHelp {
  const f = FUNCTION_CATALOG.find((h) => h.id === id);
  if (!f) throw new Error(`no help for PLAN.${id}`);
  return f;
}
