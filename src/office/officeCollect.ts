/**
 * The pane's side of distribute and collect inside Excel:
 *  - a region's form opened as a new workbook (Excel.createWorkbook, ExcelApi 1.8) where supported;
 *  - the consolidation's summary and report sheets, written by the same sheet-model writer as the
 *    templates (./writer: same styles, conditional formats, validation, print setup), all or
 *    nothing: both models are built first, and if either sheet fails to write, the sheets already
 *    written are deleted again, so the workbook holds the whole summary or nothing of it.
 */
import type { Lang } from "../core/errors";
import type { CollectHost, WrittenSheets } from "../host/port";
import { toBase64 } from "../collect/base64";
import type { Consolidation } from "../collect/consolidate";
import { reportModel, summaryModel } from "../collect/summaryModel";
import { insertSheetModel } from "./writer";
import { hostSupports, type Supports } from "./writer/requirements";
import { toHostError } from "./officeErrors";

export class CollectWriteError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/**
 * Writes the summary and report sheets into the workbook of `context` as two new sheets (the
 * summary active), all or nothing. A summary is a report to read, not a form: no sheet protection.
 */
export async function writeConsolidation(
  context: Excel.RequestContext,
  c: Consolidation,
  lang: Lang,
  supports: Supports = hostSupports,
): Promise<WrittenSheets> {
  // Build everything before touching the workbook: a model error leaves it untouched.
  const models = [summaryModel(c, lang), reportModel(c, lang)];
  const written: string[] = [];
  let why = "";
  for (const model of models) {
    const r = await insertSheetModel(context, model, { mode: "newSheet", protect: false, supports });
    if (!r.ok) {
      // The writer has removed what it wrote of this sheet; the sheets before it go too.
      why = lang === "zh" ? r.error.zh : r.error.en;
      break;
    }
    written.push(r.sheetName);
  }
  if (written.length === models.length) {
    context.workbook.worksheets.getItem(written[0]).activate();
    await context.sync();
    return { summary: written[0], report: written[1] };
  }
  let cleaned = true;
  if (written.length > 0) {
    try {
      for (const n of written) context.workbook.worksheets.getItemOrNullObject(n).delete();
      await context.sync();
    } catch {
      cleaned = false;
    }
  }
  throw new CollectWriteError(
    cleaned
      ? `写入汇总表失败,工作簿未改动(${why})`
      : `写入汇总表失败,请删除未完成的工作表“${written.join("”“")}”(${why})`,
    cleaned
      ? `writing the summary failed; the workbook is unchanged (${why})`
      : `writing the summary failed; delete the unfinished sheets ${written.join(", ")} (${why})`,
  );
}

/** The host the Collect panel gets inside Excel. */
export function createOfficeCollectHost(): CollectHost {
  return {
    canCreateWorkbook: () => hostSupports("ExcelApi", "1.8"),
    async openWorkbook(xlsx) {
      await Excel.createWorkbook(toBase64(xlsx)).catch((e: unknown) => {
        throw toHostError(e);
      });
    },
    writeConsolidation: (c, lang) =>
      Excel.run((context) => writeConsolidation(context, c, lang)).catch((e: unknown) => {
        throw e instanceof CollectWriteError ? e : toHostError(e);
      }),
  };
}
