/**
 * A1-style addresses and 0-based sheet coordinates, both ways: the one module for column letters
 * (model, writers, share, collect, pane and tests all use it).
 */

/** Column letters of a 0-based column: 0 → "A", 26 → "AA". */
export function colName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "B3", or "$B$3" when absolute; rowAbs/colAbs fix one part only ("B$3", "$B3"). */
export function a1(
  row: number,
  col: number,
  abs: boolean | { row?: boolean; col?: boolean } = false,
): string {
  const r = abs === true || (typeof abs === "object" && abs.row) ? "$" : "";
  const c = abs === true || (typeof abs === "object" && abs.col) ? "$" : "";
  return `${c}${colName(col)}${r}${row + 1}`;
}

export function rangeA1(row: number, col: number, rows: number, cols: number, abs = false): string {
  const first = a1(row, col, abs);
  if (rows === 1 && cols === 1) return first;
  return `${first}:${a1(row + rows - 1, col + cols - 1, abs)}`;
}

/** 0-based column of column letters: "A" → 0, "aa" → 26. */
export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses "B3" / "$B$3" into 0-based coordinates. */
export function parseA1(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return undefined;
  return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
}
