/**
 * Native Excel equivalents of the PLAN functions.
 *
 * Each builder takes the formula text of the arguments (cell references such as "B2",
 * "'县区 数据'!$C$4", literals such as "0.1", or whole expressions) and returns formula text
 * (without the leading "=") that computes, with native functions only, what the PLAN function
 * computes from the same arguments:
 *  - the same number for valid input;
 *  - "" (a blank-looking cell) when a required argument is blank;
 *  - an error value of the same kind for invalid input (#NUM! is produced with ACOS(2),
 *    #DIV/0! arises from the division itself, #VALUE! from arithmetic on text).
 *
 * Optional arguments that are omitted take their default; given but blank, they also take
 * their default (an empty "floor" cell means "no floor").
 *
 * Templates build their formulas from these; the share command rewrites PLAN calls with them;
 * tests check both against the JavaScript implementation in a real spreadsheet engine.
 * Only functions that Excel 2016, WPS and LibreOffice all know are used.
 */
import { STATUS_LABELS, DEFAULT_RED, DEFAULT_YELLOW } from "./statusLabels";

export type PlanFunctionName =
  | "PROJECT"
  | "SERIES"
  | "TARGET"
  | "CAGR"
  | "REQUIRED"
  | "GAP"
  | "COMPLETION"
  | "TIMEPROGRESS"
  | "STATUS"
  | "PER10K"
  | "QUARTERTARGET";

/** Argument text; undefined for an omitted optional argument. */
export type Arg = string | undefined;

// ACOS(2) is #NUM! in Excel, WPS and LibreOffice alike (SQRT(-1) is #VALUE! in LibreOffice).
const NUM_ERROR = "ACOS(2)";
const NUMBER_LITERAL = /^-?(\d+(\.\d*)?|\.\d+)(E[+-]?\d+)?%?$/i;
const STRING_LITERAL = /^"([^"]|"")*"$/;
// DATE(2025,6,30): a date written as a call of number literals, never blank.
const DATE_LITERAL = /^DATE\(\s*\d+\s*,\s*\d+\s*,\s*\d+\s*\)$/i;
// A single cell or range reference, optionally sheet-qualified, or a defined name.
const REFERENCE =
  /^((('([^']|'')+')|[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?|[A-Za-z_\\][\w.]*)$/;

export function isNumberLiteral(arg: string): boolean {
  return NUMBER_LITERAL.test(arg.trim());
}

/** True when the whole text is one parenthesised group, e.g. "(A1+B1)" but not "(A1)+(B1)". */
function isParenthesized(a: string): boolean {
  if (!a.startsWith("(") || !a.endsWith(")")) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < a.length; i++) {
    const ch = a[i];
    if (ch === '"') inString = !inString;
    if (inString) continue;
    if (ch === "(") depth++;
    else if (ch === ")") {
      depth--;
      if (depth === 0 && i < a.length - 1) return false;
    }
  }
  return depth === 0;
}

/** True for one whole function call such as IF(D2="",1,D2), which binds like a single value. */
function isFunctionCall(a: string): boolean {
  const m = /^[A-Za-z_][\w.]*(?=\()/.exec(a);
  return m !== null && isParenthesized(a.slice(m[0].length));
}

/** Wraps an argument in parentheses unless it is atomic, so that operator precedence
 * (Excel's unary minus binds tighter than ^) cannot change its meaning. */
export function atom(arg: string): string {
  const a = arg.trim();
  if (REFERENCE.test(a) || STRING_LITERAL.test(a) || isParenthesized(a) || isFunctionCall(a)) return a;
  if (NUMBER_LITERAL.test(a) && !a.startsWith("-") && !a.endsWith("%")) return a;
  return `(${a})`;
}

/** An argument as a number for a comparison. Excel compares text with numbers without
 * converting it (any text is greater than any number), so a guard such as C2<=-1 would let the
 * text "-2" or "abc" through; the double negation converts numeric text and turns other text
 * into #VALUE!, as the JavaScript functions do. */
function num(arg: string): string {
  return isNumberLiteral(arg) ? atom(arg) : `--${atom(arg)}`;
}

/** Reads an argument that no domain check compares, so that its text (#VALUE!) or error value
 * shows in argument order before any #NUM!, as in the JavaScript functions: 0*x is 0 for a
 * number or a blank and the error otherwise. Nothing for a number literal or an omitted argument. */
function read(arg: Arg): string[] {
  if (arg === undefined || arg.trim() === "" || isNumberLiteral(arg)) return [];
  return [`0*${atom(arg)}`];
}

/** Calls `visit` for each character of a[from, to) outside strings, quoted sheet names,
 * parentheses and array constants. */
function forEachTopLevel(a: string, visit: (ch: string, i: number) => void, from = 0, to = a.length): void {
  let depth = 0;
  let quote: string | undefined;
  for (let i = from; i < to; i++) {
    const ch = a[i];
    if (quote) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(" || ch === "{") depth++;
    else if (ch === ")" || ch === "}") depth--;
    else if (depth === 0) visit(ch, i);
  }
}

/** The top-level pieces of a function call, e.g. IF(a,"",b) → IF, [a, "", b]. */
function callOf(a: string): { name: string; args: string[] } | undefined {
  if (!isFunctionCall(a)) return undefined;
  const open = a.indexOf("(");
  const args: string[] = [];
  let from = open + 1;
  const end = a.length - 1;
  forEachTopLevel(
    a,
    (ch, i) => {
      if (ch !== ",") return;
      args.push(a.slice(from, i).trim());
      from = i + 1;
    },
    from,
    end,
  );
  args.push(a.slice(from, end).trim());
  return { name: a.slice(0, open).toUpperCase(), args };
}

/** The operators outside strings, quoted sheet names, parentheses and array constants. */
function topLevelOperators(a: string): string {
  let ops = "";
  forEachTopLevel(a, (ch) => {
    if ("+-*/^&=<>".includes(ch)) ops += ch;
  });
  return ops;
}

// Functions whose result is a number (or an error), never the blank-looking "".
const NUMERIC_FUNCTIONS = new Set(["ABS", "ACOS", "DATE", "INT", "MAX", "MIN", "ROUND", "SUM", "YEAR"]);

/** True when `x=""` can never hold for the expression: a number or DATE literal, arithmetic or a
 * comparison (a blank operand counts as 0), a numeric function, or an IF of such branches. */
function neverBlank(arg: string): boolean {
  const a = arg.trim();
  if (isNumberLiteral(a) || DATE_LITERAL.test(a)) return true;
  if (isParenthesized(a)) return neverBlank(a.slice(1, -1));
  const call = callOf(a);
  if (call) {
    if (NUMERIC_FUNCTIONS.has(call.name)) return true;
    return (
      call.name === "IF" && call.args.length === 3 && neverBlank(call.args[1]) && neverBlank(call.args[2])
    );
  }
  const ops = topLevelOperators(a);
  return ops !== "" && !ops.includes("&");
}

/**
 * An argument as "blank when any of `blankIf` holds, else `value`". A nested conversion
 * IF(c,"",X) is blank exactly when c holds (X is then a number or an error): testing c and using
 * X writes the inner expression once, where testing IF(c,"",X)="" and then using it wrote it
 * twice. Literals (DATE of literals too) and numeric expressions are never blank, so not tested.
 */
interface Part {
  blankIf: string[];
  value: string;
}

function part(arg: string): Part {
  const a = arg.trim();
  if (neverBlank(a) || STRING_LITERAL.test(a)) return { blankIf: [], value: a };
  const call = callOf(a);
  if (call?.name === "IF" && call.args.length === 3 && call.args[1] === '""') {
    const rest = part(call.args[2]);
    const cond = callOf(call.args[0]);
    const own = cond?.name === "OR" ? cond.args : [call.args[0]];
    return { blankIf: [...own, ...rest.blankIf], value: rest.value };
  }
  return { blankIf: [`${atom(a)}=""`], value: a };
}

/** One condition from several, each written once (nested calls often test the same cell). */
function anyOf(conditions: string[]): string {
  const unique = [...new Set(conditions)];
  return unique.length === 1 ? unique[0] : `OR(${unique.join(",")})`;
}

/** The value of an optional argument: its default when omitted or blank. */
function opt(arg: Arg, fallback: string): string {
  if (arg === undefined || arg.trim() === "") return fallback;
  if (isNumberLiteral(arg) || STRING_LITERAL.test(arg.trim())) return atom(arg);
  const p = part(arg);
  return p.blankIf.length === 0 ? p.value : `IF(${anyOf(p.blankIf)},${fallback},${p.value})`;
}

/** Wraps `body` so that it yields "" when any required argument is blank. */
function blankGuard(required: Part[], body: string): string {
  const tested = required.flatMap((p) => p.blankIf);
  return tested.length === 0 ? body : `IF(${anyOf(tested)},"",${body})`;
}

function numGuard(conditions: string[], body: string): string {
  if (conditions.length === 0) return body;
  const cond = conditions.length === 1 ? conditions[0] : `OR(${conditions.join(",")})`;
  return `IF(${cond},${NUM_ERROR},${body})`;
}

/** A required argument, split into its blank test and its value (see Part). */
function req(args: Arg[], i: number, name: string): Part {
  const a = args[i];
  if (a === undefined || a.trim() === "") throw new Error(`native ${name}: argument ${i + 1} is required`);
  return part(a);
}

export function nativeProject(args: Arg[]): string {
  const bp = req(args, 0, "PROJECT");
  const b = bp.value;
  const rp = req(args, 1, "PROJECT");
  const r = rp.value;
  const p = opt(args[2], "1");
  const body = numGuard(
    [...read(b), `${num(r)}<=-1`, ...(p === "1" ? [] : [`${num(p)}<=0`])],
    p === "1" ? `${atom(b)}*(1+${atom(r)})` : `${atom(b)}*(1+${atom(r)})^${atom(p)}`,
  );
  return blankGuard([bp, rp], body);
}

export function nativeTarget(args: Arg[]): string {
  const bp = req(args, 0, "TARGET");
  const b = bp.value;
  const rp = req(args, 1, "TARGET");
  const r = rp.value;
  const floor = opt(args[2], "0");
  const p = opt(args[3], "1");
  const projected = p === "1" ? `${atom(b)}*(1+${atom(r)})` : `${atom(b)}*(1+${atom(r)})^${atom(p)}`;
  const body = numGuard(
    [...read(b), `${num(r)}<=-1`, ...read(args[2]), ...(p === "1" ? [] : [`${num(p)}<=0`])],
    `MAX(${projected},${floor === "0" ? "0" : num(floor)})`,
  );
  return blankGuard([bp, rp], body);
}

/** Geometric mean growth: CAGR(start, end, n) and REQUIRED(current, target, periodsLeft). */
function geometricRate(args: Arg[], name: string): string {
  const sp = req(args, 0, name);
  const s = sp.value;
  const ep = req(args, 1, name);
  const e = ep.value;
  const np = req(args, 2, name);
  const n = np.value;
  const body = numGuard(
    [`${num(s)}<=0`, `${num(e)}<0`, `${num(n)}<=0`],
    `(${atom(e)}/${atom(s)})^(1/${atom(n)})-1`,
  );
  return blankGuard([sp, ep, np], body);
}

export function nativeCagr(args: Arg[]): string {
  return geometricRate(args, "CAGR");
}

export function nativeRequired(args: Arg[]): string {
  return geometricRate(args, "REQUIRED");
}

export function nativeGap(args: Arg[]): string {
  const ap = req(args, 0, "GAP");
  const a = ap.value;
  const tp = req(args, 1, "GAP");
  const t = tp.value;
  return blankGuard([ap, tp], `${atom(t)}-${atom(a)}`);
}

export function nativeCompletion(args: Arg[]): string {
  const ap = req(args, 0, "COMPLETION");
  const a = ap.value;
  const tp = req(args, 1, "COMPLETION");
  const t = tp.value;
  return blankGuard([ap, tp], `${atom(a)}/${atom(t)}`);
}

export function nativeTimeProgress(args: Arg[]): string {
  const dp = req(args, 0, "TIMEPROGRESS");
  const d = atom(dp.value);
  const s = opt(args[1], `DATE(YEAR(${d}),1,1)`);
  const e = opt(args[2], `DATE(YEAR(${d}),12,31)`);
  const sA = atom(s);
  const eA = atom(e);
  // 2958465 is 9999-12-31, Excel's last date (LibreOffice would go on).
  const bothDefault = s.startsWith("DATE(YEAR(") && e.startsWith("DATE(YEAR(");
  const share = `MAX(0,MIN(1,(${d}-${sA}+1)/(${eA}-${sA}+1)))`;
  // The date is checked before the default period is computed from its year.
  const body = numGuard(
    [`${num(d)}<1`, `${num(d)}>2958465`, ...read(args[1]), ...read(args[2])],
    bothDefault ? share : numGuard([`${num(eA)}<${num(sA)}`], share),
  );
  return blankGuard([dp], body);
}

/** The four status labels as formula text: literal when the language is known, else chosen
 * by the lang argument at calculation time. */
function statusLabels(langArg: Arg): string[] {
  const lang = langArg?.trim();
  if (lang === undefined || lang === "" || /^"zh"$/i.test(lang)) return STATUS_LABELS.zh.map((s) => `"${s}"`);
  if (/^"en"$/i.test(lang)) return STATUS_LABELS.en.map((s) => `"${s}"`);
  const l = atom(lang);
  return STATUS_LABELS.zh.map((zh, i) => `IF(LOWER(${l})="en","${STATUS_LABELS.en[i]}","${zh}")`);
}

export function nativeStatus(args: Arg[]): string {
  const ap = req(args, 0, "STATUS");
  const a = ap.value;
  const tgt = req(args, 1, "STATUS");
  const t = tgt.value;
  const tp = opt(args[2], "1");
  const y = opt(args[3], String(DEFAULT_YELLOW));
  const r = opt(args[4], String(DEFAULT_RED));
  const [done, ok, behind, far] = statusLabels(args[5]);
  const c = `${atom(a)}/${atom(t)}`;
  // Rounded to 12 decimals as in src/core/status.ts: 50% − 40% is 10 points, not 9.999…
  const gap = `ROUND(${atom(tp)}-${c},12)`;
  const bands = lookupBands(y, r);
  const body = bands
    ? `IF(${c}>=1,${done},CHOOSE(MATCH(${gap},{${bands}}),${ok},${behind},${far}))`
    : `IF(${c}>=1,${done},IF(${gap}<${num(y)},${ok},IF(${gap}<=${num(r)},${behind},${far})))`;
  return blankGuard([ap, tgt], body);
}

/**
 * The status bands as MATCH thresholds when both are number literals (the defaults, and what the
 * templates write): the gap, and so the time progress in it, is then written once instead of
 * twice (with Part, a nested PLAN.TIMEPROGRESS is written once). MATCH takes the last
 * threshold ≤ the gap: below yellow is "on track", from yellow up to red inclusive "behind".
 * CHOOSE, not LOOKUP's result array, picks the label: labels chosen by a lang cell are formulas,
 * which an array constant cannot hold.
 * "Above red" is "at least red + 0.5e-12", exact because the gap is rounded to 12 decimals.
 * Undefined when a band is a reference or yellow exceeds red: the IF chain handles those.
 */
function lookupBands(yellow: string, red: string): string | undefined {
  if (!isNumberLiteral(yellow) || !isNumberLiteral(red)) return undefined;
  const value = (lit: string) => {
    const t = lit.trim();
    return t.endsWith("%") ? Number(t.slice(0, -1)) / 100 : Number(t);
  };
  const y = value(yellow);
  const r = value(red);
  if (!Number.isFinite(y) || !Number.isFinite(r) || y > r) return undefined;
  return `-1E+307,${Number(y.toPrecision(15))},${Number((r + 5e-13).toPrecision(15))}`;
}

export function nativePer10k(args: Arg[]): string {
  const cp = req(args, 0, "PER10K");
  const c = cp.value;
  const pp = req(args, 1, "PER10K");
  const p = pp.value;
  return blankGuard([cp, pp], numGuard([...read(c), `${num(p)}<0`], `${atom(c)}/${atom(p)}*10000`));
}

export function nativeQuarterTarget(args: Arg[]): string {
  const ap = req(args, 0, "QUARTERTARGET");
  const a = ap.value;
  const qp = req(args, 1, "QUARTERTARGET");
  const q = qp.value;
  const w = args[2];
  const qa = atom(q);
  const qn = num(q);
  const guard = [...read(a), `${qn}<1`, `${qn}>4`, `${qn}<>INT(${qa})`];
  let body: string;
  if (w === undefined || w.trim() === "") {
    body = `${atom(a)}*${qa}/4`;
  } else {
    // INDEX(w, k) reads the k-th of four weights whether they stand in a row, a column or an
    // array constant; the running sum stops at the requested quarter.
    const wa = atom(w);
    const cum = `(INDEX(${wa},1)+IF(${qn}>=2,INDEX(${wa},2),0)+IF(${qn}>=3,INDEX(${wa},3),0)+IF(${qn}>=4,INDEX(${wa},4),0))`;
    guard.push(`MIN(${wa})<0`);
    body = `${atom(a)}*(${cum}/SUM(${wa}))`;
  }
  return blankGuard([ap, qp], numGuard(guard, body));
}

/** One cell of a spilled PLAN.SERIES(base, rate, periods, [startYear]).
 * @param row 0 for the values row without startYear; with startYear 0 is the years row and 1 the values.
 * @param k 1-based period index (column). */
export function nativeSeriesCell(args: Arg[], row: 0 | 1, k: number): string {
  const bp = req(args, 0, "SERIES");
  const b = bp.value;
  const rp = req(args, 1, "SERIES");
  const r = rp.value;
  const start = args[3];
  const hasYears = start !== undefined && start.trim() !== "";
  if (hasYears && row === 0) return blankGuard([part(start)], `${atom(start)}+${k - 1}`);
  return blankGuard([bp, rp], numGuard([...read(b), `${num(r)}<=-1`], `${atom(b)}*(1+${atom(r)})^${k}`));
}

type Builder = (args: Arg[]) => string;

/** Native builders by function name; SERIES spills and is built cell by cell (nativeSeriesCell). */
export const NATIVE: Record<Exclude<PlanFunctionName, "SERIES">, Builder> = {
  PROJECT: nativeProject,
  TARGET: nativeTarget,
  CAGR: nativeCagr,
  REQUIRED: nativeRequired,
  GAP: nativeGap,
  COMPLETION: nativeCompletion,
  TIMEPROGRESS: nativeTimeProgress,
  STATUS: nativeStatus,
  PER10K: nativePer10k,
  QUARTERTARGET: nativeQuarterTarget,
};

/** Arity of each function: [required, total]. */
export const ARITY: Record<PlanFunctionName, readonly [number, number]> = {
  PROJECT: [2, 3],
  SERIES: [3, 4],
  TARGET: [2, 4],
  CAGR: [3, 3],
  REQUIRED: [3, 3],
  GAP: [2, 2],
  COMPLETION: [2, 2],
  TIMEPROGRESS: [1, 3],
  STATUS: [2, 6],
  PER10K: [2, 2],
  QUARTERTARGET: [2, 3],
};
