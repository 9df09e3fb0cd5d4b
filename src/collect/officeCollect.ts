/**
 * The pane's side of distribute and collect, the only place here that touches Office.js:
 *  - each region's form as base64 for Excel.createWorkbook (ExcelApi 1.8) where supported;
 *  - the consolidation's summary and report sheets written in one transaction: everything is
 *    built first, both sheets are written in a single sync, and if that sync fails both new
 *    sheets are deleted again, so the workbook holds the whole summary or nothing of it.
 */
import type { Lang } from "../core/errors";
import type { Plan } from "../core/plan";
import type { SheetModel, TemplateId } from "../model/types";
import { rangeA1 } from "../model/a1";
import { uniqueSheetName } from "../writers/sheetName";
import { toBase64 } from "./base64";
import { regionForm, formFileNames, type DistributeOptions } from "./distribute";
import type { Consolidation } from "./consolidate";
import { reportModel, summaryModel } from "./summaryModel";

export interface WrittenSheets {
  summary: string;
  report: string;
}

/** What the Collect panel needs from its host. */
export interface CollectHost {
  /** Whether a form can be opened as a new workbook (Excel.createWorkbook). */
  canCreateWorkbook(): boolean;
  openWorkbook(xlsx: Uint8Array): Promise<void>;
  writeConsolidation(c: Consolidation, lang: Lang): Promise<WrittenSheets>;
}

export class CollectWriteError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

export interface RegionFormBase64 {
  region: string;
  fileName: string;
  base64: string;
}

/** Each region's form as base64, ready for Excel.createWorkbook. */
export async function distributeBase64(
  plan: Plan,
  templateId: TemplateId,
  opts: DistributeOptions = {},
): Promise<RegionFormBase64[]> {
  const names = formFileNames(plan, templateId, opts.lang ?? "zh");
  const out: RegionFormBase64[] = [];
  for (const [i, region] of (plan.regions ?? []).entries()) {
    out.push({
      region,
      fileName: names[i],
      base64: toBase64(await regionForm(plan, templateId, region, opts)),
    });
  }
  return out;
}

function supports(set: string, version: string): boolean {
  return (
    typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported?.(set, version) === true
  );
}

// Strings that Excel would read as a formula are written as text.
function literal(v: string | number | boolean): string | number | boolean {
  return typeof v === "string" && /^[=+\-@]/.test(v) ? `'${v}` : v;
}

/** A queued write and the size of what it sends. */
interface Op {
  chars: number;
  run(): void;
}

/** Excel on the web refuses requests over 5 MB; batches stay well below. */
export const BATCH_CHARS = 3_000_000;

function charsOf(rows: unknown[][]): number {
  let n = 0;
  for (const r of rows) for (const v of r) n += String(v).length + 3;
  return n;
}

/** The writes of one model onto its new sheet, as operations in order (nothing queued yet). */
function modelOps(sheet: () => Excel.Worksheet, model: SheetModel): Op[] {
  const rows = model.cells.length;
  const cols = model.cells[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return [];
  const o = model.origin;
  const ops: Op[] = [];
  // Row bands, so a large summary can be spread over several requests.
  let band: {
    from: number;
    formulas: (string | number | boolean)[][];
    formats: string[][];
    chars: number;
  } | null = null;
  const flush = () => {
    if (!band) return;
    const b = band;
    ops.push({
      chars: b.chars,
      run() {
        const r = sheet().getRange(rangeA1(o.row + b.from, o.col, b.formulas.length, cols));
        r.numberFormat = b.formats;
        r.formulas = b.formulas;
      },
    });
    band = null;
  };
  model.cells.forEach((row, r) => {
    const f = row.map((c) => (c?.formula !== undefined ? `=${c.formula}` : literal(c?.value ?? "")));
    const n = row.map((c) => c?.numFmt ?? "General");
    const chars = charsOf([f, n]);
    if (band && band.chars + chars > BATCH_CHARS / 4) flush();
    band ??= { from: r, formulas: [], formats: [], chars: 0 };
    band.formulas.push(f);
    band.formats.push(n);
    band.chars += chars;
  });
  flush();
  ops.push({
    chars: 100 * (cols + model.merges.length),
    run() {
      const ws = sheet();
      model.columnWidths.forEach((w, c) => {
        ws.getRange(rangeA1(o.row, o.col + c, 1, 1)).format.columnWidth = Math.round(w * 5.7);
      });
      for (const m of model.merges) ws.getRange(rangeA1(m.row, m.col, m.rows, m.cols)).merge(false);
      // Bold title and header rows; a few ranges, not one call per cell.
      ws.getRange(rangeA1(o.row, o.col, 1, cols)).format.font.bold = true;
      const h = model.headerRows ?? { first: 2, last: 2 };
      const header = ws.getRange(rangeA1(o.row + h.first, o.col, h.last - h.first + 1, cols)).format;
      header.font.bold = true;
      header.fill.color = "#DDEBF7";
      for (const c of model.hiddenColumns ?? []) {
        ws.getRange(rangeA1(o.row, o.col + c, 1, 1)).getEntireColumn().columnHidden = true;
      }
      if (supports("ExcelApi", "1.7") && model.freeze.rows > 0) ws.freezePanes.freezeRows(model.freeze.rows);
    },
  });
  return ops;
}

/** Groups operations into requests of at most BATCH_CHARS (an operation larger stays alone). */
function batches(ops: Op[], limit = BATCH_CHARS): Op[][] {
  const out: Op[][] = [];
  let cur: Op[] = [];
  let size = 0;
  for (const op of ops) {
    if (cur.length && size + op.chars > limit) {
      out.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(op);
    size += op.chars;
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * Writes the summary and report sheets into the workbook of `context`, all or nothing: the
 * sheets are built first, then written — in a single sync unless they are too large for one
 * request — and deleted again if any write fails.
 */
export async function writeConsolidation(
  context: Excel.RequestContext,
  c: Consolidation,
  lang: Lang,
  batchChars = BATCH_CHARS,
): Promise<WrittenSheets> {
  // Build everything before touching the workbook: a model error leaves it untouched.
  const models = [summaryModel(c, lang), reportModel(c, lang)];
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const taken = sheets.items.map((s) => s.name);
  const names = models.map((m) => {
    const n = uniqueSheetName(m.sheetName, taken);
    taken.push(n);
    return n;
  });
  const created: Excel.Worksheet[] = [];
  const ops: Op[] = [
    {
      chars: 100,
      run() {
        for (const n of names) created.push(sheets.add(n));
      },
    },
    ...models.flatMap((m, i) => modelOps(() => created[i], m)),
    { chars: 10, run: () => created[0].activate() },
  ];
  try {
    for (const batch of batches(ops, batchChars)) {
      if (supports("ExcelApi", "1.6")) context.application.suspendApiCalculationUntilNextSync();
      for (const op of batch) op.run();
      await context.sync();
    }
  } catch (e) {
    let cleaned = true;
    try {
      for (const n of names) sheets.getItemOrNullObject(n).delete();
      await context.sync();
    } catch {
      cleaned = false;
    }
    const why = e instanceof Error ? e.message : String(e);
    throw new CollectWriteError(
      cleaned
        ? `写入汇总表失败,工作簿未改动(${why})`
        : `写入汇总表失败,请删除未完成的工作表“${names.join("”“")}”(${why})`,
      cleaned
        ? `writing the summary failed; the workbook is unchanged (${why})`
        : `writing the summary failed; delete the unfinished sheets ${names.join(", ")} (${why})`,
    );
  }
  return { summary: names[0], report: names[1] };
}

/** The host the Collect panel gets inside Excel. */
export function createOfficeCollectHost(): CollectHost {
  return {
    canCreateWorkbook: () => supports("ExcelApi", "1.8"),
    async openWorkbook(xlsx) {
      await Excel.createWorkbook(toBase64(xlsx));
    },
    writeConsolidation: (c, lang) => Excel.run((context) => writeConsolidation(context, c, lang)),
  };
}
