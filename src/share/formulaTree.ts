/**
 * A tree over the lexer's tokens: function calls with their argument spans, parenthesised
 * groups and array constants nest; everything between them stays a flat run of tokens. That
 * is all a rewrite needs: find a call, know the exact source span of each argument, and tell
 * whether an argument is a range, while leaving operator precedence to the spreadsheet.
 */
import { tokenize, FormulaSyntaxError, type Token } from "./formulaLexer";

export interface Expr {
  items: Node[];
  start: number;
  end: number;
}

export interface CallNode {
  type: "call";
  name: string;
  start: number; // start of the name
  end: number; // just past ")"
  args: Expr[]; // one per comma-separated argument; an omitted argument has no items
}

export interface GroupNode {
  type: "group";
  start: number;
  end: number;
  /** Comma-separated parts: (A1,B1) is a union of references. */
  parts: Expr[];
}

export interface ArrayNode {
  type: "array";
  start: number;
  end: number;
  rows: Expr[][];
}

export interface TokenNode {
  type: "token";
  token: Token;
  start: number;
  end: number;
}

export type Node = CallNode | GroupNode | ArrayNode | TokenNode;

export interface Formula {
  /** The source text, including a leading "=" if it had one. */
  text: string;
  /** Offset of the expression (past "=" when present). */
  bodyStart: number;
  body: Expr;
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly length: number,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.i];
  }

  /** Parses items until one of the stop kinds (not consumed) or the end. */
  expr(stops: Token["kind"][], from: number): Expr {
    const items: Node[] = [];
    for (;;) {
      const t = this.peek();
      if (!t || stops.includes(t.kind)) {
        const start = items.length ? items[0].start : t ? t.start : from;
        const end = items.length ? items[items.length - 1].end : start;
        return { items, start, end };
      }
      items.push(this.item());
    }
  }

  private item(): Node {
    const t = this.tokens[this.i++];
    if (t.kind === "func") {
      const open = this.tokens[this.i++];
      if (!open || open.kind !== "open") throw new FormulaSyntaxError("expected (", t.end);
      const args: Expr[] = [];
      for (;;) {
        const arg = this.expr(["comma", "close"], this.peek()?.start ?? this.length);
        args.push(arg);
        const sep = this.tokens[this.i++];
        if (!sep) throw new FormulaSyntaxError(`unclosed call ${t.text}(`, t.start);
        if (sep.kind === "close") {
          // F() has no arguments rather than one omitted argument.
          if (args.length === 1 && args[0].items.length === 0) args.length = 0;
          return { type: "call", name: t.text, start: t.start, end: sep.end, args };
        }
        // Argument span of an omitted argument sits between its separators.
        if (arg.items.length === 0) arg.start = arg.end = sep.start;
      }
    }
    if (t.kind === "open") {
      const parts: Expr[] = [];
      for (;;) {
        parts.push(this.expr(["comma", "close"], this.peek()?.start ?? this.length));
        const sep = this.tokens[this.i++];
        if (!sep) throw new FormulaSyntaxError("unclosed (", t.start);
        if (sep.kind === "close") return { type: "group", start: t.start, end: sep.end, parts };
      }
    }
    if (t.kind === "arrayOpen") {
      const rows: Expr[][] = [[]];
      for (;;) {
        rows[rows.length - 1].push(
          this.expr(["comma", "semicolon", "arrayClose"], this.peek()?.start ?? this.length),
        );
        const sep = this.tokens[this.i++];
        if (!sep) throw new FormulaSyntaxError("unclosed {", t.start);
        if (sep.kind === "arrayClose") return { type: "array", start: t.start, end: sep.end, rows };
        if (sep.kind === "semicolon") rows.push([]);
      }
    }
    if (t.kind === "close" || t.kind === "arrayClose" || t.kind === "comma" || t.kind === "semicolon") {
      throw new FormulaSyntaxError(`unexpected '${t.text}'`, t.start);
    }
    return { type: "token", token: t, start: t.start, end: t.end };
  }
}

/** Parses a formula with or without its leading "=". Throws FormulaSyntaxError. */
export function parseFormula(text: string): Formula {
  const bodyStart = text.startsWith("=") ? 1 : 0;
  const tokens = tokenize(text.slice(bodyStart)).map((t) => ({
    ...t,
    start: t.start + bodyStart,
    end: t.end + bodyStart,
  }));
  const p = new Parser(tokens, text.length);
  // A stray ")" or "," at the top level is a syntax error raised by the parser.
  const body = p.expr([], bodyStart);
  return { text, bodyStart, body };
}

/** Every node of an expression, depth first, calls' arguments included. */
export function* walk(expr: Expr): Generator<Node> {
  for (const n of expr.items) {
    yield n;
    if (n.type === "call") for (const a of n.args) yield* walk(a);
    else if (n.type === "group") for (const p of n.parts) yield* walk(p);
    else if (n.type === "array") for (const r of n.rows) for (const e of r) yield* walk(e);
  }
}

/** The expression's items that are not whitespace. */
export function significant(expr: Expr): Node[] {
  return expr.items.filter((n) => !(n.type === "token" && n.token.kind === "ws"));
}
