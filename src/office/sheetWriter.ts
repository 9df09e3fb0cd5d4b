/**
 * Writing a sheet model through the Office.js writer (./writer): one Excel.run, at most two
 * syncs; the writer's refusals (area not empty, sheet protected), Excel's own failures (by
 * error code) and its skipped features (older Excel) come back in plain words.
 */
import type { SheetModel } from "../model/types";
import { insertSheetModel } from "./writer";
import { wordsForCode } from "./officeErrors";
import { HostError, type InsertResult } from "../host/port";

export interface WriteOptions {
  /** A new sheet with a unique name, or the model's origin on the active sheet (empty area only). */
  newSheet: boolean;
}

export async function writeSheetModel(model: SheetModel, options: WriteOptions): Promise<InsertResult> {
  const r = await Excel.run((context) =>
    insertSheetModel(context, model, { mode: options.newSheet ? "newSheet" : "at" }),
  );
  if (!r.ok) {
    if (r.error.code === "notEmpty" || r.error.code === "protected") {
      throw new HostError(r.error.code, r.error.zh, r.error.en);
    }
    const words = r.error.hostCode ? wordsForCode(r.error.hostCode) : undefined;
    if (words) throw new HostError(words.code, words.zh, words.en);
    throw new HostError(r.error.code === "sheetMissing" ? "notFound" : "unknown", r.error.zh, r.error.en);
  }
  return {
    sheetName: r.sheetName,
    address: r.address,
    skipped: r.skipped.map((s) => ({ zh: s.zh, en: s.en })),
  };
}
