/**
 * Writing a sheet model through the Office.js writer (src/writers/officejs): one Excel.run,
 * at most two syncs; the writer's refusals (area not empty, sheet protected) and its skipped
 * features (older Excel) come back in plain words.
 */
import type { SheetModel } from "../model/types";
import { insertSheetModel } from "../writers/officejs";
import { HostError, type InsertResult } from "./types";

export interface WriteOptions {
  /** A new sheet with a unique name, or the model's origin on the active sheet (empty area only). */
  newSheet: boolean;
}

export async function writeSheetModel(model: SheetModel, options: WriteOptions): Promise<InsertResult> {
  const r = await Excel.run((context) =>
    insertSheetModel(context, model, { mode: options.newSheet ? "newSheet" : "at" }),
  );
  if (!r.ok) {
    const code = r.error.code === "notEmpty" || r.error.code === "protected" ? r.error.code : "unknown";
    throw new HostError(code, r.error.zh, r.error.en);
  }
  return {
    sheetName: r.sheetName,
    address: r.address,
    skipped: r.skipped.map((s) => ({ zh: s.zh, en: s.en })),
  };
}
