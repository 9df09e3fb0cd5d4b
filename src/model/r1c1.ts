/**
 * Relative (R1C1) form of the formulas the templates generate, so writers can tell which cells
 * hold "the same formula" (as Excel's shared formulas and fill-down do) and write them once.
 * Handles plain A1 references with or without $, outside string literals; the templates use no
 * sheet-qualified or structured references.
 */
import type { SheetModel } from "./types";

function isWord(ch: number): boolean {
  // A-Z a-z 0-9 _ . $
  return (
    (ch >= 65 && ch <= 90) ||
    (ch >= 97 && ch <= 122) ||
    (ch >= 48 && ch <= 57) ||
    ch === 95 ||
    ch === 46 ||
    ch === 36
  );
}

/** The formula in R1C1 notation as seen from sheet cell (row, col), 0-based. A hand-written
 * scanner: it runs over every formula of a 200 × 150 report, where a regex was the bottleneck. */
export function toR1C1(formula: string, row: number, col: number): string {
  let out = "";
  let from = 0;
  let inString = false;
  const n = formula.length;
  for (let i = 0; i < n; i++) {
    const ch = formula.charCodeAt(i);
    if (ch === 34) {
      inString = !inString;
      continue;
    }
    if (inString || (i > 0 && isWord(formula.charCodeAt(i - 1)))) continue;
    // Try $?[A-Z]{1,3}$?[0-9]+ not followed by a word character or "(".
    let j = i;
    const cAbs = formula.charCodeAt(j) === 36;
    if (cAbs) j++;
    let c = 0;
    const lettersStart = j;
    while (j < n && j - lettersStart < 4) {
      const k = formula.charCodeAt(j);
      if (k < 65 || k > 90) break;
      c = c * 26 + (k - 64);
      j++;
    }
    const letters = j - lettersStart;
    if (letters < 1 || letters > 3) continue;
    const rAbs = formula.charCodeAt(j) === 36;
    if (rAbs) j++;
    let r = 0;
    const digitsStart = j;
    while (j < n) {
      const k = formula.charCodeAt(j);
      if (k < 48 || k > 57) break;
      r = r * 10 + (k - 48);
      j++;
    }
    if (j === digitsStart) continue;
    if (j < n && (isWord(formula.charCodeAt(j)) || formula.charCodeAt(j) === 40)) continue;
    r -= 1;
    c -= 1;
    const rs = rAbs ? `R${r + 1}` : r === row ? "R" : `R[${r - row}]`;
    const cs = cAbs ? `C${c + 1}` : c === col ? "C" : `C[${c - col}]`;
    out += formula.slice(from, i) + rs + cs;
    from = j;
    i = j - 1;
  }
  return out + formula.slice(from);
}

/** A vertical run of cells in one column holding the same relative formula (grid coordinates). */
export interface FormulaRun {
  row: number;
  col: number;
  rows: number;
  /** The relative formula (followed by NUL and the number format with `sameFormat`). */
  r1c1: string;
}

/** Vertical runs of at least `minRows` cells with the same relative formula (and, with
 * `sameFormat`, the same number format). */
export function formulaRuns(model: SheetModel, minRows = 2, sameFormat = false): FormulaRun[] {
  const runs: FormulaRun[] = [];
  const width = model.cells[0]?.length ?? 0;
  const o = model.origin;
  for (let c = 0; c < width; c++) {
    let current: FormulaRun | undefined;
    for (let r = 0; r <= model.cells.length; r++) {
      const cell = r < model.cells.length ? model.cells[r][c] : undefined;
      const f = cell?.formula;
      const rel =
        f === undefined
          ? undefined
          : toR1C1(f, o.row + r, o.col + c) + (sameFormat ? `\u0000${cell?.numFmt ?? ""}` : "");
      if (current && rel === current.r1c1 && r === current.row + current.rows) {
        current.rows++;
        continue;
      }
      if (current && current.rows >= minRows) runs.push(current);
      current = rel === undefined ? undefined : { row: r, col: c, rows: 1, r1c1: rel };
    }
  }
  return runs;
}
