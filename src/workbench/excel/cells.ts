/**
 * Cell contents between Office.js and Univer. Office.js writes behave like typing: a string
 * starting with "=" is a formula, "'" keeps the rest as text, numeric and TRUE/FALSE strings
 * become numbers and booleans unless the cell is formatted as text ("@"); `null` leaves a cell
 * as it is and "" empties it. Reads give numbers, booleans and strings, "" for a blank cell,
 * and formulas with their leading "=".
 */
import { CellValueType, type ICellData } from "@univerjs/core";
import { tokenize, type Token } from "../../share/formulaLexer";

export type OfficeValue = string | number | boolean;

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The cell data a written value stands for; undefined leaves the cell unchanged. */
export function cellFromInput(input: unknown, textFormat: boolean): ICellData | undefined {
  if (input === null || input === undefined) return undefined;
  const clearFormula = { f: null, si: null } as unknown as ICellData;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { ...clearFormula, v: "#NUM!", t: CellValueType.STRING };
    return { ...clearFormula, v: input, t: CellValueType.NUMBER };
  }
  if (typeof input === "boolean") return { ...clearFormula, v: input ? 1 : 0, t: CellValueType.BOOLEAN };
  const s = String(input);
  if (s === "") return { ...clearFormula, v: null };
  if (textFormat) return { ...clearFormula, v: s, t: CellValueType.STRING };
  if (s.startsWith("'")) return { ...clearFormula, v: s.slice(1), t: CellValueType.FORCE_STRING };
  if (s.startsWith("=") && s.length > 1)
    return { f: engineFormula(s), si: null, v: null } as unknown as ICellData;
  const trimmed = s.trim();
  if (NUMBER.test(trimmed)) return { ...clearFormula, v: Number(trimmed), t: CellValueType.NUMBER };
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE")
    return { ...clearFormula, v: upper === "TRUE" ? 1 : 0, t: CellValueType.BOOLEAN };
  return { ...clearFormula, v: s, t: CellValueType.STRING };
}

/** The value Office.js reports for a cell: number, boolean, string, or "" when blank. */
export function officeValue(cell: ICellData | null | undefined): OfficeValue {
  if (!cell) return "";
  const v = cell.v;
  if (v === null || v === undefined) {
    const text = cell.p?.body?.dataStream;
    return text ? text.replace(/\r?\n$/, "").replace(/\r\n$/, "") : "";
  }
  if (cell.t === CellValueType.BOOLEAN) return v === 1 || v === true || String(v).toUpperCase() === "TRUE";
  if (cell.t === CellValueType.NUMBER) return typeof v === "number" ? v : Number(v);
  if (typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

/** Excel's text of a boolean value. */
export function booleanText(v: boolean): string {
  return v ? "TRUE" : "FALSE";
}

const BINARY = new Set(["<", ">", "<=", ">=", "<>", "=", "+", "-", "*", "/", "^", "&"]);

/** End (token index, exclusive) of the operand starting at token i: one value, reference,
 * function call or parenthesised group, with a trailing %. */
function operandEnd(tokens: Token[], i: number): number {
  let j = i;
  while (tokens[j]?.kind === "ws") j++;
  const t = tokens[j];
  if (!t) return -1;
  if (t.kind === "func" || t.kind === "open" || t.kind === "arrayOpen") {
    let depth = 0;
    for (let k = t.kind === "func" ? j + 1 : j; k < tokens.length; k++) {
      const kind = tokens[k].kind;
      if (kind === "open" || kind === "arrayOpen") depth++;
      if (kind === "close" || kind === "arrayClose") depth--;
      if (depth === 0) {
        j = k + 1;
        break;
      }
      if (k === tokens.length - 1) return -1;
    }
  } else if (t.kind === "ref" || t.kind === "number" || t.kind === "string" || t.kind === "error") j++;
  else return -1;
  while (tokens[j]?.kind === "op" && (tokens[j].text === "%" || tokens[j].text === ":")) {
    if (tokens[j].text === "%") j++;
    else {
      const end = operandEnd(tokens, j + 1);
      if (end < 0) return -1;
      j = end;
    }
  }
  return j;
}

/**
 * The formula as Univer should be given it. Univer 0.25.1 misreads a double negation right after
 * a binary operator: "2<--3" gives #VALUE! and "2+--3" gives -1. The add-in's native formulas
 * compare with "--x" (text to number), so such an operand is put in parentheses, "2<(--3)",
 * which every spreadsheet reads with the same meaning.
 */
export function engineFormula(formula: string): string {
  if (!formula.includes("--")) return formula;
  let tokens: Token[];
  try {
    tokens = tokenize(formula.slice(1));
  } catch {
    return formula;
  }
  const inserts: { at: number; text: string }[] = [];
  let prev: Token | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === "ws") continue;
    const next = tokens[i + 1];
    if (
      prev &&
      prev.kind === "op" &&
      BINARY.has(prev.text) &&
      t.kind === "op" &&
      t.text === "-" &&
      next?.kind === "op" &&
      next.text === "-"
    ) {
      let k = i;
      while (tokens[k]?.kind === "op" && (tokens[k].text === "-" || tokens[k].text === "+")) k++;
      const end = operandEnd(tokens, k);
      if (end > 0) {
        inserts.push({ at: t.start, text: "(" }, { at: tokens[end - 1].end, text: ")" });
        i = k - 1;
      }
    }
    prev = t;
  }
  if (inserts.length === 0) return formula;
  let body = formula.slice(1);
  for (const ins of inserts.sort((a, b) => b.at - a.at))
    body = body.slice(0, ins.at) + ins.text + body.slice(ins.at);
  return `=${body}`;
}
