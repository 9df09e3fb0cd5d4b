/** A1 ranges ↔ Univer's range objects, and cells grouped into rectangles. */
import { colName, parseA1 } from "../../model/a1";
import type { UniverRange } from "./rules";

/** "A1", "A1:B5", "$A$1:$B$5" → a range; undefined for whole rows/columns or anything else. */
export function rangeFromA1(ref: string): UniverRange | undefined {
  const [a, b] = ref.replace(/^.*!/, "").split(":");
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return undefined;
  return {
    startRow: Math.min(p.row, q.row),
    startColumn: Math.min(p.col, q.col),
    endRow: Math.max(p.row, q.row),
    endColumn: Math.max(p.col, q.col),
  };
}

/** "B2:C5" (or "B2") for a range. */
export function a1FromRange(r: UniverRange): string {
  const first = `${colName(r.startColumn)}${r.startRow + 1}`;
  if (r.startRow === r.endRow && r.startColumn === r.endColumn) return first;
  return `${first}:${colName(r.endColumn)}${r.endRow + 1}`;
}

/** Groups cells (given in row-major order) into rectangles: runs along rows, stacked when equal. */
export function rectangles(cells: { row: number; col: number }[]): UniverRange[] {
  const runs: UniverRange[] = [];
  for (const { row, col } of cells) {
    const last = runs[runs.length - 1];
    if (last && last.startRow === row && last.endColumn === col - 1) last.endColumn = col;
    else runs.push({ startRow: row, startColumn: col, endRow: row, endColumn: col });
  }
  const out: UniverRange[] = [];
  const open = new Map<string, UniverRange>();
  for (const run of runs) {
    const key = `${run.startColumn}:${run.endColumn}`;
    const o = open.get(key);
    if (o && o.endRow === run.startRow - 1) o.endRow = run.startRow;
    else {
      open.set(key, run);
      out.push(run);
    }
  }
  return out;
}
