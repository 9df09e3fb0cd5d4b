/**
 * How a sheet model prints, decided in the model so both writers (exceljs and Office.js) print
 * the same: A4 landscape at a readable scale (never "fit to one page" shrinking), the row-label
 * columns repeated on every page, the title and period in the page header, and a wide table
 * split into pages between column groups (an indicator's block of columns is never cut), the
 * way officials lay out a 通报 table. Widths are Excel character widths (the writers' unit).
 */
import type { SheetModel } from "./types";

/** A4 landscape (297 mm) less the writers' 0.4 in margins each side, in inches. */
const PRINTABLE_INCHES = 297 / 25.4 - 0.8;
/**
 * Pixels (at 96 dpi) of one character of width as LibreOffice prints it (measured: about 8.4;
 * Excel 7 px plus padding, more for narrow columns): 9.5 keeps every page inside the paper.
 */
const PX_PER_CHAR = 9.5;
const PAGE_CHARS = Math.floor((PRINTABLE_INCHES * 96) / PX_PER_CHAR);
/** Below this a printed form is hard to read; a group wider than a page is scaled to it, not less. */
export const MIN_PRINT_SCALE = 70;
/** Scales tried to put more groups on a page (10 pt text prints at 8.5 pt at least). */
const PREFERRED_SCALES = [100, 95, 90, 85];

export interface PagePlan {
  /** Grid columns at which a new page starts (not counting the first). */
  breaks: number[];
  scale: number;
  /** Grid columns of the first page (the title is centred over them). */
  firstPageEnd: number;
}

/**
 * Splits columns [repeat, width) into pages between groups. `groups` are grid column ranges
 * [start, end) that must stay on one page; columns outside any group may break anywhere.
 * The repeated columns [0, repeat) print on every page and count against each.
 */
export function planPages(
  widths: readonly number[],
  width: number,
  repeat: number,
  groups: readonly [number, number][] = [],
  hidden: readonly number[] = [],
): PagePlan {
  const w = (c: number) => (hidden.includes(c) ? 0 : (widths[c] ?? 10));
  const sum = (a: number, b: number) => {
    let s = 0;
    for (let c = a; c < b; c++) s += w(c);
    return s;
  };
  // Units that may not be split: every group, and every column outside one.
  const units: [number, number][] = [];
  for (let c = repeat; c < width;) {
    const g = groups.find(([s, e]) => s <= c && c < e);
    const end = g ? g[1] : c + 1;
    units.push([c, end]);
    c = end;
  }
  const fixed = sum(0, repeat);
  const widest = Math.max(0, ...units.map(([s, e]) => sum(s, e)));
  const fit = Math.max(MIN_PRINT_SCALE, Math.min(100, Math.floor((100 * PAGE_CHARS) / (fixed + widest))));
  const layout = (scale: number): number[] => {
    const room = (PAGE_CHARS * 100) / scale - fixed;
    const breaks: number[] = [];
    let used = 0;
    for (const [s, e] of units) {
      const u = sum(s, e);
      if (used > 0 && used + u > room) {
        breaks.push(s);
        used = 0;
      }
      used += u;
    }
    return breaks;
  };
  // The largest readable scale that needs the fewest pages.
  let best = { scale: fit, breaks: layout(fit) };
  for (const scale of PREFERRED_SCALES.filter((x) => x < fit)) {
    const breaks = layout(scale);
    if (breaks.length < best.breaks.length) best = { scale, breaks };
  }
  return { breaks: best.breaks, scale: best.scale, firstPageEnd: best.breaks[0] ?? width };
}

/** Page header (every page): the title in the centre, the period left, and page numbers below. */
export function pageHeader(title: string, period: string): { left: string; center: string } {
  // Excel allows 255 characters for a header's text with its codes; keep well inside.
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  return { center: cut(title, 120), left: cut(period, 60) };
}

/**
 * Applies a page plan to a model: column breaks, scale, repeated columns, no fit-to-width,
 * and the title (row 0 merge) narrowed to the first page so page 1 shows it whole.
 */
export function applyPagePlan(model: SheetModel, plan: PagePlan, repeatCols: number): void {
  const o = model.origin;
  model.print.fitToWidth = false;
  model.print.scale = plan.scale;
  model.print.colBreaks = plan.breaks.map((c) => o.col + c);
  if (repeatCols > 0) model.print.repeatCols = { first: o.col, last: o.col + repeatCols - 1 };
  if (plan.breaks.length === 0 || repeatCols === 0) return;
  // The repeated columns print on every page, whatever row: a title or note merged from
  // column A would show a clipped piece of itself on pages 2, 3, … So on a table wider than a
  // page the title and the notes start right of them (centred over page 1's columns), and
  // the period stays within them (so every page shows it).
  const firstRow = model.headerRows?.last ?? 0;
  for (const m of model.merges) {
    if (m.col !== o.col) continue;
    const r = m.row - o.row;
    const isTitle = r === 0;
    const isNote = r > firstRow && model.cells[r]?.[0]?.style === "note";
    if (isTitle || isNote) {
      const row = model.cells[r];
      row[repeatCols] = { ...row[0] };
      row[0] = isTitle ? { style: "title" } : null;
      m.col = o.col + repeatCols;
      m.cols = Math.max(1, Math.min(m.cols, plan.firstPageEnd) - repeatCols);
    } else if (r === 1 && m.cols > repeatCols) {
      m.cols = repeatCols;
    }
  }
}

/** Display width of a text in Excel character units: CJK and full-width count two. */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}

/** How a number shows under one of the templates' formats (enough to measure its width). */
export function formattedNumber(value: number, numFmt: string | undefined): string {
  const fmt = (numFmt ?? "General").split(";")[0];
  if (/y{2,4}|m{1,2}-d|d{1,2}/i.test(fmt) && !/"[^"]*[yd][^"]*"/.test(fmt)) return "2000-01-01";
  const quoted = [...fmt.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join("");
  const pattern = fmt.replace(/"[^"]*"/g, "");
  const percent = pattern.includes("%");
  const decimals = /\.(0+)/.exec(pattern)?.[1].length ?? (pattern === "General" ? 2 : 0);
  let s = Math.abs(percent ? value * 100 : value).toFixed(decimals);
  if (pattern.includes(",")) {
    const [int, frac] = s.split(".");
    s = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac !== undefined ? `.${frac}` : "");
  }
  return `${value < 0 ? "-" : ""}${s}${percent ? "%" : ""}${quoted}`;
}

/**
 * Widens columns so no number shows as "###" at the default width: each column is at least
 * as wide as its widest constant as formatted, and its calculated or input cells get room for
 * `magnitudes[numFmt]` × 10 (the plan's largest value in that format, and one digit more).
 * Widths only grow; text wraps or overflows and is not measured here.
 */
export function fitNumberWidths(model: SheetModel, magnitudes: ReadonlyMap<string, number>): void {
  const merged = new Set<string>();
  for (const m of model.merges)
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.col; c < m.col + m.cols; c++) if (m.rows > 1 || m.cols > 1) merged.add(`${r},${c}`);
  model.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || cell.style === "stamp" || merged.has(`${model.origin.row + r},${model.origin.col + c}`))
        return;
      let shown: string | undefined;
      if (typeof cell.value === "number" && cell.formula === undefined)
        shown = formattedNumber(cell.value, cell.numFmt);
      const hint = cell.numFmt ? magnitudes.get(cell.numFmt) : undefined;
      if ((cell.formula !== undefined || cell.input) && hint !== undefined) {
        const h = formattedNumber(hint * 10, cell.numFmt);
        if (shown === undefined || h.length > shown.length) shown = h;
      }
      if (shown === undefined) return;
      const need = Math.min(40, Math.ceil(textWidth(shown) * 1.15 + 2));
      if ((model.columnWidths[c] ?? 0) < need) model.columnWidths[c] = need;
    }),
  );
}
