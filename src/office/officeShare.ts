/**
 * "Prepare for sharing" on the open workbook through Office.js: the thin adapter around
 * planShare. It reads every sheet's used range (formulas and values), decides, and writes only
 * the changed cells.
 *
 * Excel on the web refuses a request or a response over 5 MB, and a very large read can come back
 * with `values` null. So reads go in row bands of a bounded cell count (a band that fails or comes
 * back null is split and read again; a single row that cannot be read stops the share before
 * anything is written), and writes go in batches of a bounded estimated size (a batch refused as
 * too large is split and sent again). Every written cell is final and correct on its own, and a
 * run decides from what the workbook holds, so "run again" after an interruption continues with
 * the cells still to convert instead of resending everything.
 */
import type { CellValue } from "../model/types";
import type { ShareHost } from "../host/port";
import {
  planShare,
  type BookSnapshot,
  type SheetSnapshot,
  type SnapshotCell,
  type ShareReport,
} from "../share/planShare";
import { rangeA1 } from "../model/a1";
import { officeErrorCode, toHostError } from "./officeErrors";
import { officeLiteral } from "./writer/literal";

/** A refusal or an interruption, in both languages. */
export class ShareRefused extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

export interface ShareLimits {
  /** Cells read per request (formulas and values of each). */
  readCells: number;
  /** Estimated bytes written per request. */
  writeBytes: number;
}

/** Well under Excel on the web's 5 MB per request and per response. */
export const SHARE_LIMITS: ShareLimits = { readCells: 20_000, writeBytes: 2_000_000 };

/** What one queued cell write adds to a request besides its text: the object path, the
 * property and the JSON around it (several hundred bytes in Office.js's request format). */
const BYTES_PER_WRITE = 400;

const TOO_LARGE = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

/** True when `f` is a formula: Office.js's `formulas` shows a text cell typed as '=PLAN…(…)
 * without its apostrophe, exactly as its value; a real formula's value is its result. */
function isFormula(f: unknown, v: unknown): f is string {
  return typeof f === "string" && f.startsWith("=") && f !== v;
}

function snapshotFromGrid(
  name: string,
  rowIndex: number,
  columnIndex: number,
  formulas: unknown[][],
  values: unknown[][],
): SheetSnapshot {
  const cells: SnapshotCell[] = [];
  const at = (r: number, c: number): SnapshotCell | undefined => {
    const f = formulas[r - rowIndex]?.[c - columnIndex];
    if (f === undefined || f === "" || f === null) return undefined;
    const v = values[r - rowIndex][c - columnIndex] as CellValue;
    if (isFormula(f, v)) return { row: r, col: c, formula: f, value: v };
    return { row: r, col: c, value: v };
  };
  formulas.forEach((row, r) =>
    row.forEach((f, c) => {
      if (isFormula(f, values[r][c])) cells.push(at(r + rowIndex, c + columnIndex)!);
    }),
  );
  return { name, formulas: cells, cellAt: at };
}

function supports(set: string, version: string): boolean {
  return (
    typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported?.(set, version) === true
  );
}

interface Band {
  sheet: number;
  row: number;
  rows: number;
  col: number;
  cols: number;
  range?: Excel.Range;
}

interface UsedArea {
  name: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  formulas: unknown[][];
  values: unknown[][];
}

function unreadable(sheet: string, row: number): ShareRefused {
  return new ShareRefused(
    `无法完整读取工作表“${sheet}”第 ${row + 1} 行(超出 Excel 单次读取上限);未做任何改动`,
    `row ${row + 1} of sheet ${sheet} could not be read in full (over Excel's read limit); nothing was changed`,
  );
}

/** Reads the used ranges of `sheets` in bands of at most `limit` cells per request. */
async function readUsedAreas(
  context: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  limit: number,
): Promise<UsedArea[]> {
  const used = sheets.map((ws) => {
    const r = ws.getUsedRangeOrNullObject(true);
    r.load(["isNullObject", "rowIndex", "columnIndex", "rowCount", "columnCount"]);
    return r;
  });
  await context.sync();
  const areas: UsedArea[] = [];
  let queue: Band[] = [];
  let budget = limit;
  used.forEach((r, i) => {
    if (r.isNullObject) return;
    const area = {
      name: sheets[i].name,
      row: r.rowIndex,
      col: r.columnIndex,
      rows: r.rowCount,
      cols: r.columnCount,
    };
    areas.push({ ...area, formulas: new Array(area.rows), values: new Array(area.rows) });
    const per = Math.max(1, Math.floor(limit / Math.max(1, area.cols)));
    for (let k = 0; k < area.rows; k += per) {
      queue.push({
        sheet: areas.length - 1,
        row: k,
        rows: Math.min(per, area.rows - k),
        col: area.col,
        cols: area.cols,
      });
    }
  });
  const split = (b: Band): Band[] => {
    if (b.rows <= 1) throw unreadable(areas[b.sheet].name, areas[b.sheet].row + b.row);
    const half = Math.ceil(b.rows / 2);
    return [
      { ...b, rows: half, range: undefined },
      { ...b, row: b.row + half, rows: b.rows - half, range: undefined },
    ];
  };
  while (queue.length > 0) {
    // One request: as many bands as fit in the cell budget (at least one).
    const batch: Band[] = [];
    let cells = 0;
    while (queue.length > 0 && (batch.length === 0 || cells + queue[0].rows * queue[0].cols <= budget)) {
      const b = queue.shift()!;
      const a = areas[b.sheet];
      b.range = sheets
        .find((s) => s.name === a.name)!
        .getRange(rangeA1(a.row + b.row, b.col, b.rows, b.cols));
      b.range.load(["formulas", "values"]);
      batch.push(b);
      cells += b.rows * b.cols;
    }
    try {
      await context.sync();
    } catch (e) {
      if (!TOO_LARGE.has(officeErrorCode(e))) throw e;
      // Too large a response: fewer bands per request, or a smaller band when it was one.
      if (batch.length > 1) {
        budget = Math.max(1, Math.floor(cells / 2));
        queue = [...batch.map((b) => ({ ...b, range: undefined })), ...queue];
      } else queue = [...split(batch[0]), ...queue];
      continue;
    }
    const retry: Band[] = [];
    for (const b of batch) {
      const f = b.range!.formulas as unknown[][] | null;
      const v = b.range!.values as unknown[][] | null;
      // A read too large for the web can come back with values (or formulas) null.
      if (!f || !v) {
        retry.push(...split(b));
        continue;
      }
      const a = areas[b.sheet];
      for (let k = 0; k < b.rows; k++) {
        a.formulas[b.row + k] = f[k];
        a.values[b.row + k] = v[k];
      }
    }
    queue = [...retry, ...queue];
  }
  return areas;
}

/** Runs the share on an Excel request context; returns what it changed. */
export async function shareOpenWorkbook(
  context: Excel.RequestContext,
  limits: ShareLimits = SHARE_LIMITS,
): Promise<ShareReport> {
  const sheets = context.workbook.worksheets;
  const canReadProtection = supports("ExcelApi", "1.2");
  sheets.load(canReadProtection ? "items/name,items/protection/protected" : "items/name");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  await context.sync();

  const areas = await readUsedAreas(context, sheets.items, limits.readCells);
  const book: BookSnapshot = {
    sheets: areas.map((a) => snapshotFromGrid(a.name, a.row, a.col, a.formulas, a.values)),
    names: Object.fromEntries(names.items.map((n) => [n.name, String(n.formula ?? "")])),
  };
  const report = planShare(book);
  if (report.changes.length === 0) return report;
  if (canReadProtection) {
    const locked = sheets.items
      .filter((ws) => ws.protection.protected && report.changes.some((c) => c.sheet === ws.name))
      .map((ws) => ws.name);
    if (locked.length > 0) {
      throw new ShareRefused(
        `工作表“${locked.join("”“")}”受保护,请先撤销保护;未做任何改动`,
        `sheet(s) ${locked.join(", ")} are protected: unprotect them first; nothing was changed`,
      );
    }
  }
  await writeChanges(context, sheets, report, limits.writeBytes);
  return report;
}

/** Writes the report's changes in batches under `limit` estimated bytes per request. */
async function writeChanges(
  context: Excel.RequestContext,
  sheets: Excel.WorksheetCollection,
  report: ShareReport,
  limit: number,
): Promise<void> {
  const changes = report.changes;
  const cost = (i: number) => {
    const c = changes[i];
    return BYTES_PER_WRITE + 2 * (c.kind === "value" ? String(c.value) : c.formula!).length;
  };
  let written = 0;
  let budget = limit;
  try {
    while (written < changes.length) {
      let end = written;
      let size = 0;
      while (end < changes.length && (end === written || size + cost(end) <= budget)) size += cost(end++);
      for (let i = written; i < end; i++) {
        const c = changes[i];
        const range = sheets.getItem(c.sheet).getRange(c.address);
        // Kept values are written as values; text Excel would parse ("=…", "2024") stays text.
        if (c.kind === "value") range.values = [[officeLiteral(c.value as string | number | boolean)]];
        else range.formulas = [[`=${c.formula}`]];
      }
      if (supports("ExcelApi", "1.6")) context.application.suspendApiCalculationUntilNextSync();
      try {
        await context.sync();
      } catch (e) {
        // Refused as too large: nothing of it was applied; send it again in smaller requests.
        if (TOO_LARGE.has(officeErrorCode(e)) && end - written > 1) {
          budget = Math.max(1, Math.floor(size / 2));
          continue;
        }
        throw e;
      }
      written = end;
    }
  } catch (e) {
    const why = officeErrorCode(e) || (e instanceof Error ? e.message : String(e));
    throw new ShareRefused(
      `写入中断(${why}):已转换 ${written}/${changes.length} 格,这些单元格计算结果不变;再次运行将继续转换其余单元格`,
      `writing stopped (${why}): ${written}/${changes.length} cells converted, each calculating the same; run again to convert the rest`,
    );
  }
}

/** The host the Share panel gets inside Excel. */
export function createOfficeShareHost(): ShareHost {
  return {
    // Excel's own failures reach the panel in plain words (by error code), not as Excel's message.
    prepareForSharing: () =>
      Excel.run((context) => shareOpenWorkbook(context)).catch((e: unknown) => {
        throw e instanceof ShareRefused ? e : toHostError(e);
      }),
  };
}
