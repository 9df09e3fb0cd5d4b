/**
 * Computes a sheet model's formula cells for the preview, so it shows the numbers the
 * inserted sheet will show (targets, quarterly targets, totals) from the same native formulas.
 * It knows only the functions the templates use; any other formula is left to Excel and the
 * preview says so (the cell keeps its ƒx marker). Blank inputs give blank results, as in Excel.
 */
import { tokenize, type Token } from "../../share/formulaLexer";
import { serialFromYMD, ymdFromSerial } from "../../core/excelDate";
import type { SheetModel } from "../../model/types";
import { colIndex } from "../../model/a1";

export interface ExcelErrorValue {
  error: string;
}
export type Scalar = number | string | boolean | null | ExcelErrorValue;
type Matrix = Scalar[][];
type Value = Scalar | Matrix;

class Unsupported extends Error {}

const err = (code: string): ExcelErrorValue => ({ error: code });
export function isError(v: unknown): v is ExcelErrorValue {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "error" in v;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

function toNumber(v: Scalar): number | ExcelErrorValue {
  if (isError(v)) return v;
  if (v === null || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = Number(v.trim());
  return v.trim() !== "" && Number.isFinite(n) ? n : err("#VALUE!");
}

function toBool(v: Scalar): boolean | ExcelErrorValue {
  if (isError(v)) return v;
  if (typeof v === "boolean") return v;
  if (v === null) return false;
  if (typeof v === "number") return v !== 0;
  const u = v.toUpperCase();
  if (u === "TRUE") return true;
  if (u === "FALSE") return false;
  return err("#VALUE!");
}

function scalar(v: Value): Scalar {
  return Array.isArray(v) ? (v[0]?.[0] ?? null) : v;
}

function flat(v: Value): Scalar[] {
  return Array.isArray(v) ? v.flat() : [v];
}

/** Excel's ordering for comparisons: numbers < text < booleans; blank is 0 or "". */
function compare(a: Scalar, b: Scalar): number {
  const rank = (x: Scalar) => (typeof x === "number" ? 0 : typeof x === "string" ? 1 : 2);
  let x = a;
  let y = b;
  if (x === null) x = typeof y === "string" ? "" : typeof y === "boolean" ? false : 0;
  if (y === null) y = typeof x === "string" ? "" : typeof x === "boolean" ? false : 0;
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string" && typeof y === "string") return x.toLowerCase().localeCompare(y.toLowerCase());
  return Number(x) - Number(y);
}

type Fn = (args: (() => Value)[]) => Value;

function numbers(args: (() => Value)[]): number[] | ExcelErrorValue {
  const out: number[] = [];
  for (const a of args) {
    const v = a();
    if (Array.isArray(v)) {
      for (const x of v.flat()) {
        if (isError(x)) return x;
        if (typeof x === "number") out.push(x);
      }
    } else {
      const n = toNumber(v);
      if (isError(n)) return n;
      out.push(n);
    }
  }
  return out;
}

function num1(a: () => Value): number | ExcelErrorValue {
  return toNumber(scalar(a()));
}

const FUNCTIONS: Record<string, Fn> = {
  IF: (a) => {
    const c = toBool(scalar(a[0]()));
    if (isError(c)) return c;
    if (c) return a[1] ? a[1]() : true;
    return a[2] ? a[2]() : false;
  },
  OR: (a) => {
    let any = false;
    for (const x of a.flatMap((f) => flat(f()))) {
      const b = toBool(x);
      if (isError(b)) return b;
      any = any || b;
    }
    return any;
  },
  AND: (a) => {
    let all = true;
    for (const x of a.flatMap((f) => flat(f()))) {
      const b = toBool(x);
      if (isError(b)) return b;
      all = all && b;
    }
    return all;
  },
  NOT: (a) => {
    const b = toBool(scalar(a[0]()));
    return isError(b) ? b : !b;
  },
  ACOS: (a) => {
    const n = num1(a[0]);
    if (isError(n)) return n;
    return n < -1 || n > 1 ? err("#NUM!") : Math.acos(n);
  },
  MAX: (a) => {
    const ns = numbers(a);
    return isError(ns) ? ns : ns.length ? Math.max(...ns) : 0;
  },
  MIN: (a) => {
    const ns = numbers(a);
    return isError(ns) ? ns : ns.length ? Math.min(...ns) : 0;
  },
  SUM: (a) => {
    const ns = numbers(a);
    return isError(ns) ? ns : ns.reduce((s, x) => s + x, 0);
  },
  COUNT: (a) => a.flatMap((f) => flat(f())).filter((x) => typeof x === "number").length,
  INT: (a) => {
    const n = num1(a[0]);
    return isError(n) ? n : Math.floor(n);
  },
  ABS: (a) => {
    const n = num1(a[0]);
    return isError(n) ? n : Math.abs(n);
  },
  ROUND: (a) => {
    const n = num1(a[0]);
    const d = num1(a[1]);
    if (isError(n)) return n;
    if (isError(d)) return d;
    const f = Math.pow(10, Math.trunc(d));
    return (Math.sign(n) * Math.round(Math.abs(n) * f + 1e-9)) / f;
  },
  N: (a) => {
    const v = scalar(a[0]());
    return isError(v) ? v : typeof v === "number" ? v : typeof v === "boolean" ? (v ? 1 : 0) : 0;
  },
  ISNUMBER: (a) => typeof scalar(a[0]()) === "number",
  ISBLANK: (a) => scalar(a[0]()) === null,
  IFERROR: (a) => {
    const v = a[0]();
    return isError(scalar(v)) ? a[1]() : v;
  },
  DATE: (a) => {
    const [y, m, d] = [num1(a[0]), num1(a[1]), num1(a[2])];
    if (isError(y)) return y;
    if (isError(m)) return m;
    if (isError(d)) return d;
    // Month and day overflow roll over, as in Excel.
    const months = Math.trunc(y) * 12 + Math.trunc(m) - 1;
    return serialFromYMD(Math.floor(months / 12), (((months % 12) + 12) % 12) + 1, 1) + Math.trunc(d) - 1;
  },
  YEAR: (a) => {
    const n = num1(a[0]);
    return isError(n) ? n : ymdFromSerial(Math.floor(n)).year;
  },
  MONTH: (a) => {
    const n = num1(a[0]);
    return isError(n) ? n : ymdFromSerial(Math.floor(n)).month;
  },
  DAY: (a) => {
    const n = num1(a[0]);
    return isError(n) ? n : ymdFromSerial(Math.floor(n)).day;
  },
  CHOOSE: (a) => {
    const i = num1(a[0]);
    if (isError(i)) return i;
    const k = Math.floor(i);
    return k >= 1 && k < a.length ? a[k]() : err("#VALUE!");
  },
  // The ascending match (type 1, the default): the last item ≤ the value. Other types are not
  // written by the templates.
  MATCH: (a) => {
    const v = scalar(a[0]());
    if (isError(v)) return v;
    if (a[2] && num1(a[2]) !== 1) throw new Unsupported("MATCH type other than 1");
    const list = flat(a[1]());
    let found = 0;
    list.forEach((x, i) => {
      if (!isError(x) && x !== null && compare(x, v) <= 0) found = i + 1;
    });
    return found === 0 ? err("#N/A") : found;
  },
  RANK: (a) => {
    const v = num1(a[0]);
    if (isError(v)) return v;
    const list = flat(a[1]()).filter((x): x is number => typeof x === "number");
    const ascending = a[2] ? toBool(scalar(a[2]())) === true : false;
    if (!list.includes(v)) return err("#N/A");
    return 1 + list.filter((x) => (ascending ? x < v : x > v)).length;
  },
};

/** Evaluates formula text in the context of a grid of cells. */
export class PreviewEvaluator {
  private readonly memo = new Map<string, Scalar>();
  private readonly busy = new Set<string>();

  constructor(private readonly model: SheetModel) {}

  /** The value a formula cell of the grid shows, or undefined when the preview cannot tell. */
  cellValue(r: number, c: number): Scalar | undefined {
    try {
      return this.cell(this.model.origin.row + r, this.model.origin.col + c);
    } catch {
      return undefined;
    }
  }

  private cell(row: number, col: number): Scalar {
    const key = `${row},${col}`;
    if (this.memo.has(key)) return this.memo.get(key)!;
    const cell = this.model.cells[row - this.model.origin.row]?.[col - this.model.origin.col];
    if (!cell) return null;
    if (cell.formula === undefined) return cell.value ?? null;
    if (this.busy.has(key)) throw new Unsupported("circular reference");
    this.busy.add(key);
    try {
      const v = scalar(this.formula(cell.formula));
      this.memo.set(key, v);
      return v;
    } finally {
      this.busy.delete(key);
    }
  }

  formula(text: string): Value {
    const tokens = tokenize(text).filter((t) => t.kind !== "ws");
    const p = new Parser(tokens, this);
    const v = p.expression(0)();
    if (!p.done()) throw new Unsupported(`unexpected ${p.peek()?.text}`);
    return v;
  }

  reference(text: string): Value {
    if (text.includes("!")) throw new Unsupported("other sheets");
    const u = text.toUpperCase();
    if (u === "TRUE" || u === "FALSE") return u === "TRUE";
    const [a, b] = text.split(":");
    const m1 = CELL.exec(a);
    if (!m1) throw new Unsupported(`reference ${text}`);
    const r1 = Number(m1[2]) - 1;
    const c1 = colIndex(m1[1]);
    if (b === undefined) return this.cell(r1, c1);
    const m2 = CELL.exec(b);
    if (!m2) throw new Unsupported(`reference ${text}`);
    const r2 = Number(m2[2]) - 1;
    const c2 = colIndex(m2[1]);
    const out: Matrix = [];
    for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) {
      const row: Scalar[] = [];
      for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) row.push(this.cell(r, c));
      out.push(row);
    }
    return out;
  }
}

// Binary operators by precedence (Excel): comparison < & < +,- < *,/ < ^.
const BINARY: Record<string, number> = {
  "=": 1,
  "<>": 1,
  "<": 1,
  ">": 1,
  "<=": 1,
  ">=": 1,
  "&": 2,
  "+": 3,
  "-": 3,
  "*": 4,
  "/": 4,
  "^": 5,
};

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly ev: PreviewEvaluator,
  ) {}

  done(): boolean {
    return this.i >= this.tokens.length;
  }
  peek(): Token | undefined {
    return this.tokens[this.i];
  }
  private next(): Token {
    const t = this.tokens[this.i++];
    if (!t) throw new Unsupported("unexpected end");
    return t;
  }

  /** Returns a thunk, so IF evaluates only the branch it takes. */
  expression(minPrec: number): () => Value {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      if (!t || t.kind !== "op" || !(t.text in BINARY)) break;
      const prec = BINARY[t.text];
      if (prec < minPrec) break;
      this.next();
      // ^ is left-associative in Excel, like the others.
      const right = this.expression(prec + 1);
      const l = left;
      left = () => binary(t.text, scalar(l()), scalar(right()));
    }
    return left;
  }

  private unary(): () => Value {
    const t = this.peek();
    if (t?.kind === "op" && (t.text === "-" || t.text === "+")) {
      this.next();
      const operand = this.unary();
      return () => {
        const n = toNumber(scalar(operand()));
        return isError(n) ? n : t.text === "-" ? -n : n;
      };
    }
    return this.postfix();
  }

  private postfix(): () => Value {
    let v = this.primary();
    while (this.peek()?.kind === "op" && this.peek()?.text === "%") {
      this.next();
      const inner = v;
      v = () => {
        const n = toNumber(scalar(inner()));
        return isError(n) ? n : n / 100;
      };
    }
    return v;
  }

  private primary(): () => Value {
    const t = this.next();
    switch (t.kind) {
      case "number": {
        const n = Number(t.text);
        return () => n;
      }
      case "string": {
        const s = t.text.slice(1, -1).replace(/""/g, '"');
        return () => s;
      }
      case "error":
        return () => err(t.text.toUpperCase());
      case "open": {
        const inner = this.expression(0);
        if (this.next().kind !== "close") throw new Unsupported("missing )");
        return inner;
      }
      case "ref": {
        let text = t.text;
        // A range may arrive as ref ":" ref.
        if (this.peek()?.kind === "op" && this.peek()?.text === ":") {
          this.next();
          text = `${text}:${this.next().text}`;
        }
        return () => this.ev.reference(text);
      }
      case "arrayOpen": {
        // An array constant: one row of literals (the status bands), evaluated once.
        const row: Scalar[] = [];
        for (;;) {
          row.push(scalar(this.expression(0)()));
          const sep = this.next();
          if (sep.kind === "arrayClose") break;
          if (sep.kind !== "comma") throw new Unsupported("array constant with rows");
        }
        return () => [row];
      }
      case "func": {
        const name = t.text.toUpperCase().replace(/^_XLFN\./, "");
        const fn = FUNCTIONS[name];
        if (!fn) throw new Unsupported(`function ${name}`);
        if (this.next().kind !== "open") throw new Unsupported("missing (");
        const args: (() => Value)[] = [];
        if (this.peek()?.kind === "close") this.next();
        else {
          for (;;) {
            args.push(this.expression(0));
            const sep = this.next();
            if (sep.kind === "close") break;
            if (sep.kind !== "comma") throw new Unsupported("bad argument list");
          }
        }
        return () => fn(args);
      }
      default:
        throw new Unsupported(`token ${t.text}`);
    }
  }
}

function binary(op: string, a: Scalar, b: Scalar): Scalar {
  if (isError(a)) return a;
  if (isError(b)) return b;
  switch (op) {
    case "=":
      return compare(a, b) === 0;
    case "<>":
      return compare(a, b) !== 0;
    case "<":
      return compare(a, b) < 0;
    case ">":
      return compare(a, b) > 0;
    case "<=":
      return compare(a, b) <= 0;
    case ">=":
      return compare(a, b) >= 0;
    case "&":
      return `${text(a)}${text(b)}`;
  }
  const x = toNumber(a);
  const y = toNumber(b);
  if (isError(x)) return x;
  if (isError(y)) return y;
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return y === 0 ? err("#DIV/0!") : x / y;
    case "^": {
      const r = Math.pow(x, y);
      return Number.isFinite(r) ? r : err("#NUM!");
    }
  }
  throw new Unsupported(`operator ${op}`);
}

function text(v: Scalar): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}
