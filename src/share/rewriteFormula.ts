/**
 * Rewrites every PLAN function call in one formula into its native equivalent (src/core/native),
 * splicing only the text of each call so the rest of the formula stays byte-identical.
 * Both forms are recognised, case-insensitively: PLAN.PROJECT( as Office.js shows it and
 * _xldudf_PLAN_PROJECT( as files store it. String literals are tokens, so "PLAN.PROJECT(" in
 * text is never touched. A formula without PLAN calls comes back unchanged, so a second run
 * changes nothing.
 */
import { NATIVE, ARITY, nativeSeriesCell, type Arg, type PlanFunctionName } from "../core/native";
import { parseFormula, significant, type CallNode, type Expr, type Node } from "./formulaTree";
import { FormulaSyntaxError } from "./formulaLexer";
import { parseArea } from "./references";

export type KeepCode =
  "unknown-function" | "range-argument" | "arity" | "nested-series" | "syntax" | "too-long";

/** Excel's limit on the length of a formula's text. */
export const MAX_FORMULA_LENGTH = 8192;

export interface KeepReason {
  code: KeepCode;
  zh: string;
  en: string;
}

export interface RewriteContext {
  /** True when a defined name refers to more than one cell (it cannot be used per cell). */
  nameIsRange?(name: string): boolean;
}

export type Rewrite =
  | { kind: "unchanged" }
  | { kind: "native"; formula: string; functions: PlanFunctionName[] }
  /** The formula is exactly one PLAN.SERIES call: it spills, so it becomes one native formula
   * per spilled cell (see seriesCellFormula); `args` are already rewritten. */
  | { kind: "series"; args: Arg[]; rows: 1 | 2 }
  | { kind: "keep"; reason: KeepReason };

const PLAN_NAME = /^(?:_xldudf_PLAN_|_xldudf_PLAN\.|_xludf\.PLAN\.|PLAN\.)([A-Za-z0-9]+)$/i;

// Functions that apply element by element, so a range inside them still yields a range.
const ELEMENTWISE = new Set([
  "IF",
  "IFERROR",
  "ABS",
  "ROUND",
  "ROUNDUP",
  "ROUNDDOWN",
  "INT",
  "TRUNC",
  "LN",
  "LOG",
  "LOG10",
  "EXP",
  "POWER",
  "SQRT",
  "VALUE",
  "N",
  "MOD",
  "SIGN",
  "TEXT",
  "YEAR",
  "MONTH",
  "DAY",
  "DATE",
]);

class Keep extends Error {
  constructor(readonly reason: KeepReason) {
    super(reason.en);
  }
}

function keep(code: KeepCode, zh: string, en: string): never {
  throw new Keep({ code, zh, en });
}

/** The PLAN function a call name denotes: its upper-case name, or undefined for other calls. */
export function planFunctionOf(name: string): string | undefined {
  const m = PLAN_NAME.exec(name);
  return m ? m[1].toUpperCase() : undefined;
}

function isKnown(fn: string): fn is PlanFunctionName {
  return fn in ARITY;
}

/** Whether an argument may evaluate to more than one cell's worth of values. */
function isMultiValued(expr: Expr, ctx: RewriteContext): boolean {
  return expr.items.some((n) => nodeIsMultiValued(n, ctx));
}

function nodeIsMultiValued(n: Node, ctx: RewriteContext): boolean {
  if (n.type === "array") return n.rows.length * n.rows[0].length > 1;
  if (n.type === "group") return n.parts.length > 1 || n.parts.some((p) => isMultiValued(p, ctx));
  if (n.type === "call") {
    const fn = planFunctionOf(n.name);
    if (fn === "SERIES") return true;
    if (fn !== undefined || ELEMENTWISE.has(n.name.replace(/^_xlfn\./i, "").toUpperCase())) {
      return n.args.some((a) => isMultiValued(a, ctx));
    }
    return false; // SUM(A1:A9), INDEX(…), VLOOKUP(…) reduce to one value
  }
  const t = n.token;
  if (t.kind === "op" && t.text === "#") return true; // A1# is a whole spill range
  if (t.kind !== "ref") return false;
  if (t.text.includes("[")) return !/\[@|#This Row/i.test(t.text); // Table1[Col] is a column
  const area = parseArea(t.text);
  if (area) return area.top !== area.bottom || area.left !== area.right;
  if (/^(TRUE|FALSE)$/i.test(t.text)) return false;
  return ctx.nameIsRange?.(t.text) ?? false;
}

/** Text of [start, end) with the given replacements (sorted, non-overlapping) spliced in. */
function splice(text: string, start: number, end: number, reps: Replacement[]): string {
  let out = "";
  let at = start;
  for (const r of reps) {
    out += text.slice(at, r.start) + r.text;
    at = r.end;
  }
  return out + text.slice(at, end);
}

interface Replacement {
  start: number;
  end: number;
  text: string;
}

class Rewriter {
  readonly used = new Set<PlanFunctionName>();
  constructor(
    private readonly text: string,
    private readonly ctx: RewriteContext,
  ) {}

  replacements(expr: Expr): Replacement[] {
    const out: Replacement[] = [];
    for (const n of expr.items) {
      if (n.type === "call") {
        if (planFunctionOf(n.name) !== undefined)
          out.push({ start: n.start, end: n.end, text: this.native(n) });
        else for (const a of n.args) out.push(...this.replacements(a));
      } else if (n.type === "group") for (const p of n.parts) out.push(...this.replacements(p));
      else if (n.type === "array")
        for (const r of n.rows) for (const e of r) out.push(...this.replacements(e));
    }
    return out;
  }

  /** The argument texts of a PLAN call, inner PLAN calls already rewritten; omitted → undefined. */
  args(call: CallNode): Arg[] {
    return call.args.map((a) =>
      significant(a).length === 0
        ? undefined
        : splice(this.text, a.start, a.end, this.replacements(a)).trim(),
    );
  }

  checkArity(fn: PlanFunctionName, call: CallNode): void {
    const [required, total] = ARITY[fn];
    const given = call.args.map((a) => significant(a).length > 0);
    if (call.args.length > total || given.slice(0, required).filter(Boolean).length < required) {
      keep(
        "arity",
        `PLAN.${fn} 的参数个数或必填参数不对(需要 ${required}–${total} 个)`,
        `PLAN.${fn} has the wrong number of arguments (${required}–${total} expected)`,
      );
    }
  }

  checkScalar(fn: PlanFunctionName, call: CallNode, except: number[] = []): void {
    call.args.forEach((a, i) => {
      if (!except.includes(i) && isMultiValued(a, this.ctx)) {
        keep(
          "range-argument",
          `PLAN.${fn} 的第 ${i + 1} 个参数是区域,结果会溢出,原生公式无法逐格等价表示`,
          `argument ${i + 1} of PLAN.${fn} is a range: its spilled result has no per-cell native form`,
        );
      }
    });
  }

  native(call: CallNode): string {
    const fn = planFunctionOf(call.name)!;
    if (!isKnown(fn)) {
      keep(
        "unknown-function",
        `未知函数 PLAN.${fn},没有原生公式`,
        `unknown function PLAN.${fn} has no native form`,
      );
    }
    if (fn === "SERIES") {
      keep(
        "nested-series",
        "PLAN.SERIES 嵌在其他公式中,其溢出结果无法逐格改写",
        "PLAN.SERIES inside another formula: its spilled result cannot be rewritten per cell",
      );
    }
    this.checkArity(fn, call);
    this.checkScalar(fn, call, fn === "QUARTERTARGET" ? [2] : []);
    const body = NATIVE[fn](this.args(call));
    this.used.add(fn);
    return isSingleItem(body) ? body : `(${body})`;
  }

  series(call: CallNode): Rewrite {
    this.checkArity("SERIES", call);
    this.checkScalar("SERIES", call);
    const args = this.args(call);
    const hasYears = args[3] !== undefined;
    return { kind: "series", args, rows: hasYears ? 2 : 1 };
  }
}

function isSingleItem(text: string): boolean {
  try {
    const items = significant(parseFormula(text).body);
    return items.length === 1 && (items[0].type === "call" || items[0].type === "group");
  } catch {
    return false;
  }
}

/** True when the formula mentions a PLAN function at all (cheap pre-check, strings excluded). */
export function hasPlanCall(formula: string): boolean {
  if (!/PLAN[._]/i.test(formula)) return false;
  try {
    const f = parseFormula(formula);
    const stack: Expr[] = [f.body];
    while (stack.length) {
      const e = stack.pop()!;
      for (const n of e.items) {
        if (n.type === "call") {
          if (planFunctionOf(n.name) !== undefined) return true;
          stack.push(...n.args);
        } else if (n.type === "group") stack.push(...n.parts);
        else if (n.type === "array") for (const r of n.rows) stack.push(...r);
      }
    }
    return false;
  } catch {
    return true; // unparsable text that mentions PLAN: let rewriteFormula report it
  }
}

/** Rewrites one formula (with or without its leading "="). */
export function rewriteFormula(formula: string, ctx: RewriteContext = {}): Rewrite {
  if (!hasPlanCall(formula)) return { kind: "unchanged" };
  try {
    const f = parseFormula(formula);
    const r = new Rewriter(formula, ctx);
    const top = significant(f.body);
    if (top.length === 1 && top[0].type === "call" && planFunctionOf(top[0].name) === "SERIES") {
      return r.series(top[0]);
    }
    const reps = r.replacements(f.body);
    if (reps.length === 0) return { kind: "unchanged" };
    const out = splice(formula, 0, formula.length, reps);
    if (out.length > MAX_FORMULA_LENGTH) {
      keep(
        "too-long",
        `改写后的公式超过 Excel 的 ${MAX_FORMULA_LENGTH} 字符上限`,
        `the native formula would exceed Excel's ${MAX_FORMULA_LENGTH}-character limit`,
      );
    }
    return { kind: "native", formula: out, functions: [...r.used] };
  } catch (e) {
    if (e instanceof Keep) return { kind: "keep", reason: e.reason };
    if (e instanceof FormulaSyntaxError) {
      return {
        kind: "keep",
        reason: {
          code: "syntax",
          zh: `公式无法解析:${e.message}`,
          en: `formula cannot be parsed: ${e.message}`,
        },
      };
    }
    if (e instanceof Error && /argument \d+ is required/.test(e.message)) {
      return { kind: "keep", reason: { code: "arity", zh: "缺少必填参数", en: e.message } };
    }
    throw e;
  }
}

/** The native formula of one spilled SERIES cell: row 0/1 (years/values when startYear is
 * given), k = 1-based period. Without the leading "=". */
export function seriesCellFormula(args: Arg[], row: 0 | 1, k: number): string {
  return nativeSeriesCell(args, row, k);
}
