/**
 * A lexer for Excel formulas in invariant (English) syntax that keeps every token's source
 * offsets, so a rewrite can splice new text into exactly the span it changes and leave every
 * other byte of the formula as it was.
 *
 * Why not excel-formula-tokenizer: it drops offsets, unescapes quoted sheet names ('县''s'
 * comes back as '县's'), strips string quotes and splits structured references, so its tokens
 * cannot be spliced back into the original text.
 */

export type TokenKind =
  | "string" // "text" with "" escapes
  | "number"
  | "error" // #N/A, #DIV/0! …
  | "ref" // A1, $A$1:B2, Sheet1!A1, 'My Sheet'!A1, names, TRUE/FALSE, Table1[Col]
  | "func" // a name directly followed by "(" (the "(" is the next token)
  | "open" // (
  | "close" // )
  | "arrayOpen" // {
  | "arrayClose" // }
  | "comma"
  | "semicolon"
  | "op" // + - * / ^ & = <> <= >= < > % @ # :
  | "ws";

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

export class FormulaSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

const ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#CONNECT!",
  "#BUSY!",
];
const NUMBER = /^(\d+(\.\d*)?|\.\d+)(E[+-]?\d+)?/i;
const ROW_RANGE = /^\$?\d+:\$?\d+(?![\w.])/;
// Characters that may continue an unquoted reference or name (A1, Sheet1!$B$2:C3, _xldudf_PLAN_X,
// PLAN.PROJECT, 县区!A1, names with "\" or "?").
const NAME_CHAR = /[\w.$!:\\?\u0080-\uffff]/;
const NAME_START = /[A-Za-z_\\$\u0080-\uffff]/;

function scanQuoted(src: string, i: number, quote: string): number {
  // Returns the index just past the closing quote; a doubled quote is an escaped one.
  let j = i + 1;
  for (;;) {
    if (j >= src.length) throw new FormulaSyntaxError(`unterminated ${quote}`, i);
    if (src[j] === quote) {
      if (src[j + 1] === quote) j += 2;
      else return j + 1;
    } else j++;
  }
}

function scanBrackets(src: string, i: number): number {
  // Structured references and external-book prefixes nest brackets: Table1[[#This Row],[a]].
  let depth = 0;
  let j = i;
  while (j < src.length) {
    const c = src[j];
    if (c === "'" && depth > 0) {
      // In structured references ' escapes the next character.
      j += 2;
      continue;
    }
    if (c === "[") depth++;
    else if (c === "]") {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
  throw new FormulaSyntaxError("unterminated [", i);
}

/** Scans a reference or name starting at i (which may begin with a quoted sheet or a bracket). */
function scanName(src: string, i: number): number {
  let j = i;
  while (j < src.length) {
    const c = src[j];
    if (c === "'") {
      j = scanQuoted(src, j, "'");
    } else if (c === "[") {
      j = scanBrackets(src, j);
    } else if (NAME_CHAR.test(c)) {
      j++;
    } else break;
  }
  return j;
}

export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  const push = (kind: TokenKind, start: number, end: number) =>
    tokens.push({ kind, text: formula.slice(start, end), start, end });
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const c = formula[i];
    if (c === " " || c === "\n" || c === "\r" || c === "\t" || c === "\u00a0") {
      let j = i + 1;
      while (j < n && /[ \n\r\t\u00a0]/.test(formula[j])) j++;
      push("ws", i, j);
      i = j;
    } else if (c === '"') {
      const j = scanQuoted(formula, i, '"');
      push("string", i, j);
      i = j;
    } else if (c === "#") {
      const rest = formula.slice(i).toUpperCase();
      const err = ERRORS.find((e) => rest.startsWith(e));
      if (err) {
        push("error", i, i + err.length);
        i += err.length;
      } else {
        push("op", i, i + 1); // spill reference operator: A1#
        i++;
      }
    } else if (c === "(") {
      push("open", i, i + 1);
      i++;
    } else if (c === ")") {
      push("close", i, i + 1);
      i++;
    } else if (c === "{") {
      push("arrayOpen", i, i + 1);
      i++;
    } else if (c === "}") {
      push("arrayClose", i, i + 1);
      i++;
    } else if (c === ",") {
      push("comma", i, i + 1);
      i++;
    } else if (c === ";") {
      push("semicolon", i, i + 1);
      i++;
    } else if (c === "<" || c === ">") {
      const two = formula.slice(i, i + 2);
      const len = two === "<>" || two === "<=" || two === ">=" ? 2 : 1;
      push("op", i, i + len);
      i += len;
    } else if ("+-*/^&=%@:".includes(c)) {
      push("op", i, i + 1);
      i++;
    } else if (/[0-9.]/.test(c)) {
      const rest = formula.slice(i);
      const rows = ROW_RANGE.exec(rest);
      if (rows) {
        push("ref", i, i + rows[0].length);
        i += rows[0].length;
        continue;
      }
      const m = NUMBER.exec(rest);
      if (!m) throw new FormulaSyntaxError(`unexpected '${c}'`, i);
      // A number directly followed by name characters is a name such as a sheet "2024!A1".
      const after = formula[i + m[0].length];
      if (after !== undefined && /[A-Za-z_!]/.test(after) && !/^\d+(\.\d*)?E/i.test(m[0])) {
        const j = scanName(formula, i);
        push("ref", i, j);
        i = j;
      } else {
        push("number", i, i + m[0].length);
        i += m[0].length;
      }
    } else if (c === "'" || c === "[" || NAME_START.test(c)) {
      const j = scanName(formula, i);
      if (formula[j] === "(") {
        // "A1:OFFSET(" is a range whose right end is a function: split at the last ":".
        const text = formula.slice(i, j);
        const colon = text.lastIndexOf(":");
        if (colon > 0 && !text.includes("'")) {
          push("ref", i, i + colon);
          push("op", i + colon, i + colon + 1);
          i = i + colon + 1;
        }
        push("func", i, j);
      } else {
        push("ref", i, j);
      }
      i = j;
    } else {
      throw new FormulaSyntaxError(`unexpected '${c}'`, i);
    }
  }
  return tokens;
}
