/**
 * "Prepare for sharing" on the open workbook through Office.js: the thin adapter around
 * planShare. Three syncs whatever the workbook's size: sheet and name list; every sheet's used
 * range (formulas and values); the writes. Only changed cells are written.
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

/** A refusal before anything is written, in both languages. */
export class ShareRefused extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

interface LoadedSheet {
  name: string;
  used: Excel.Range;
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
    if (typeof f === "string" && f.startsWith("=")) return { row: r, col: c, formula: f, value: v };
    return { row: r, col: c, value: v };
  };
  formulas.forEach((row, r) =>
    row.forEach((f, c) => {
      if (typeof f === "string" && f.startsWith("=")) cells.push(at(r + rowIndex, c + columnIndex)!);
    }),
  );
  return { name, formulas: cells, cellAt: at };
}

function supports(set: string, version: string): boolean {
  return (
    typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported?.(set, version) === true
  );
}

/** Runs the share on an Excel request context; returns what it changed. */
export async function shareOpenWorkbook(
  context: Excel.RequestContext,
  batchChars = 3_000_000,
): Promise<ShareReport> {
  const sheets = context.workbook.worksheets;
  const canReadProtection = supports("ExcelApi", "1.2");
  sheets.load(canReadProtection ? "items/name,items/protection/protected" : "items/name");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  await context.sync();

  const loaded: LoadedSheet[] = sheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load(["isNullObject", "rowIndex", "columnIndex", "formulas", "values"]);
    return { name: ws.name, used };
  });
  await context.sync();

  const book: BookSnapshot = {
    sheets: loaded
      .filter((s) => !s.used.isNullObject)
      .map((s) =>
        snapshotFromGrid(s.name, s.used.rowIndex, s.used.columnIndex, s.used.formulas, s.used.values),
      ),
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

  // One request normally; a very large conversion is split to stay under Excel on the web's
  // request size limit. Every written cell is correct on its own, so a failure part-way leaves
  // a workbook that calculates the same, and the error says how far it got.
  let size = 0;
  let written = 0;
  let pending = 0;
  const flush = async () => {
    if (supports("ExcelApi", "1.6")) context.application.suspendApiCalculationUntilNextSync();
    await context.sync();
    written += pending;
    pending = 0;
    size = 0;
  };
  try {
    for (const c of report.changes) {
      const text = c.kind === "value" ? String(c.value) : c.formula!;
      if (pending > 0 && size + text.length + 100 > batchChars) await flush();
      const range = sheets.getItem(c.sheet).getRange(c.address);
      if (c.kind === "value") range.values = [[c.value as string | number | boolean]];
      else range.formulas = [[`=${c.formula}`]];
      size += text.length + 100;
      pending++;
    }
    await flush();
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new ShareRefused(
      `写入中断(${why}):已转换 ${written}/${report.changes.length} 格,这些单元格计算结果不变;可再次运行继续`,
      `writing stopped (${why}): ${written}/${report.changes.length} cells converted, each calculating the same; run again to continue`,
    );
  }
  return report;
}

/** The host the Share panel gets inside Excel. */
export function createOfficeShareHost(): ShareHost {
  return { prepareForSharing: () => Excel.run((context) => shareOpenWorkbook(context)) };
}
