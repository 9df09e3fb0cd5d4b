/**
 * The PLAN functions inside Univer: the very entry points Excel calls (src/functions/functions.ts),
 * so the workbench computes with the same code as the add-in; nothing here does arithmetic.
 *
 * Why an executor of our own instead of Univer's "custom function": Univer hands a custom function
 * plain values in which a blank cell and an omitted argument both arrive as 0 (as desktop Excel
 * does, office-js #4702), so "blank actual → blank result" could not hold. Our executor receives
 * Univer's value objects, where blank is told apart from 0, and passes the entry points what Excel
 * on the web passes: rows of cells, blank as null, errors as error objects. The facade's
 * registerFunction still registers the name and the help; the executor then replaces Univer's.
 *
 * Results: the entry points return CustomFunctions.Error for errors (customFunctionsGlobal.ts
 * supplies it where office.js is not loaded); each error is handed to Univer as its error value. A throw inside a function stalls Univer's whole calculation
 * (later formulas never compute): everything is caught and becomes #VALUE!. A 1×1 result is a
 * single value; larger matrices spill.
 */
import type { IDisposable, Injector } from "@univerjs/core";
import type { FUniver } from "@univerjs/core/facade";
import {
  ArrayValueObject,
  BaseFunction,
  type BaseValueObject,
  ErrorValueObject,
  IFunctionService,
  ValueObjectFactory,
} from "@univerjs/engine-formula";
// Before functions.ts: its bundled form calls CustomFunctions.associate() when evaluated.
import { ensureCustomFunctionsGlobal } from "./customFunctionsGlobal";
import type { PlanFunctionName } from "../core/native";
import { ARITY } from "../core/native";
import { FUNCTION_CATALOG, type FunctionHelp } from "../functions/catalog";
import * as PLAN from "../functions/functions";

type Entry = (...args: (unknown[][] | null)[]) => unknown[][];

/** Each PLAN function id and the entry point Excel registers for it. */
export const ENTRY_POINTS: Record<PlanFunctionName, Entry> = {
  PROJECT: PLAN.project as Entry,
  SERIES: PLAN.series as Entry,
  TARGET: PLAN.target as Entry,
  CAGR: PLAN.averageGrowth as Entry,
  REQUIRED: PLAN.required as Entry,
  GAP: PLAN.gap as Entry,
  COMPLETION: PLAN.completion as Entry,
  TIMEPROGRESS: PLAN.timeProgress as Entry,
  STATUS: PLAN.status as Entry,
  PER10K: PLAN.per10k as Entry,
  QUARTERTARGET: PLAN.quarterTarget as Entry,
};

/** One cell as Excel passes it to a custom function. */
function toCell(v: BaseValueObject | null | undefined | void): unknown {
  if (!v || v.isNull()) return null;
  if (v.isError()) return { code: (v as ErrorValueObject).getErrorType() };
  return v.getValue();
}

/** One argument as the entry points take it: rows of cells (a single value as 1×1). */
function toMatrix(v: BaseValueObject | undefined): unknown[][] | null {
  if (!v) return null;
  if (v.isArray()) return v.getArrayValue().map((row) => row.map(toCell));
  if (v.isNull()) return null;
  return [[toCell(v)]];
}

/** One result cell as a Univer value object. */
function fromCell(x: unknown): BaseValueObject {
  if (typeof x === "number" || typeof x === "string" || typeof x === "boolean") {
    return ValueObjectFactory.create(x);
  }
  const code = (x as { code?: unknown } | null)?.code;
  return ErrorValueObject.create((typeof code === "string" ? code : "#VALUE!") as never);
}

/** Runs one entry point on Univer's arguments; never throws. */
export function callPlanFunction(id: PlanFunctionName, args: readonly BaseValueObject[]): BaseValueObject {
  try {
    const result = ENTRY_POINTS[id](...args.map(toMatrix));
    if (result.length === 1 && result[0].length === 1) return fromCell(result[0][0]);
    const cells = result.map((row) => row.map(fromCell));
    return ArrayValueObject.create({
      calculateValueList: cells,
      rowCount: cells.length,
      columnCount: cells[0]?.length ?? 0,
      unitId: "",
      sheetId: "",
      row: -1,
      column: -1,
    });
  } catch {
    return ErrorValueObject.create("#VALUE!" as never);
  }
}

/** Univer's executor for one PLAN function. */
class PlanFunction extends BaseFunction {
  constructor(private readonly id: PlanFunctionName) {
    super(`PLAN.${id}`);
    // Univer answers #N/A for a wrong number of arguments; Excel refuses such a formula.
    [this.minParams, this.maxParams] = ARITY[id];
  }

  override calculate(...variants: BaseValueObject[]): BaseValueObject {
    return callPlanFunction(this.id, variants);
  }
}

/** Univer's function-help record for one PLAN function, in one language. */
function describe(help: FunctionHelp, lang: "zh" | "en"): object {
  const [min] = ARITY[help.id];
  const example = help.examples[0]?.formula ?? "";
  return {
    functionName: `PLAN.${help.id}`,
    functionType: 15, // FunctionType.User
    description: help.description[lang],
    abstract: help.description[lang],
    functionParameter: help.params.map((p, i) => ({
      name: p.name,
      detail: p[lang],
      example: example,
      require: i < min ? 1 : 0,
      repeat: 0,
    })),
  };
}

/**
 * Registers the eleven PLAN functions with their Chinese or English help. Call after a workbook
 * exists (Univer refuses earlier). Returns a handle that unregisters them.
 */
export function registerPlanFunctions(api: FUniver, lang: "zh" | "en" | "zh-CN" | "en-US"): IDisposable {
  ensureCustomFunctionsGlobal();
  const l = lang.startsWith("en") ? "en" : "zh";
  const formula = api.getFormula();
  // The facade keeps its injector protected; the function service is only reachable through it.
  const injector = (api as unknown as { _injector: Injector })._injector;
  const functions = injector.get(IFunctionService);
  const handles = FUNCTION_CATALOG.map((help) => {
    const handle = formula.registerFunction(`PLAN.${help.id}`, () => "#VALUE!", {
      description: describe(help, l) as never,
    });
    functions.registerExecutors(new PlanFunction(help.id));
    return handle;
  });
  return { dispose: () => handles.forEach((h) => h.dispose()) };
}
