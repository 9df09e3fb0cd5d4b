/**
 * Groups the cells of a model into as few rectangles as possible per key (a style, "unlocked"…),
 * so writers format whole blocks instead of cells: runs of equal keys along each row, then runs
 * with the same columns stacked over consecutive rows.
 */
import type { Cell, RangeRect, SheetModel } from "../model/types";

/** Rectangles (grid coordinates) of cells sharing a key; cells whose key is undefined are skipped. */
export function rectsBy<K extends string>(
  model: SheetModel,
  key: (cell: Cell) => K | undefined,
): Map<K, RangeRect[]> {
  const done = new Map<K, RangeRect[]>();
  // Open rectangles by "key|firstCol|lastCol", extended while the next row has the same run.
  let open = new Map<string, { k: K; rect: RangeRect }>();
  const close = (o: { k: K; rect: RangeRect }) => {
    const list = done.get(o.k) ?? [];
    list.push(o.rect);
    done.set(o.k, list);
  };
  model.cells.forEach((row, r) => {
    const next = new Map<string, { k: K; rect: RangeRect }>();
    let c = 0;
    while (c < row.length) {
      const cell = row[c];
      const k = cell ? key(cell) : undefined;
      if (k === undefined) {
        c++;
        continue;
      }
      let end = c;
      while (end + 1 < row.length && row[end + 1] && key(row[end + 1]!) === k) end++;
      const id = `${k}|${c}|${end}`;
      const prev = open.get(id);
      if (prev) {
        prev.rect.rows++;
        open.delete(id);
        next.set(id, prev);
      } else {
        next.set(id, { k, rect: { row: r, col: c, rows: 1, cols: end - c + 1 } });
      }
      c = end + 1;
    }
    for (const o of open.values()) close(o);
    open = next;
  });
  for (const o of open.values()) close(o);
  return done;
}

/** Consecutive columns with the same width: [firstCol, count, width]. */
export function widthRuns(widths: number[]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  widths.forEach((w, c) => {
    const last = runs[runs.length - 1];
    if (last && last[2] === w && last[0] + last[1] === c) last[1]++;
    else runs.push([c, 1, w]);
  });
  return runs;
}
