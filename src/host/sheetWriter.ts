/**
 * The Office.js writer the host inserts through (src/writers/officejs, owned by the templates
 * work). Interim until it lands: inserting reports that the writer is unavailable.
 */
import type { SheetModel } from "../model/types";
import { HostError, type InsertResult } from "./types";

export interface WriteOptions {
  /** A new sheet with a unique name, or the model's origin on the active sheet (empty area only). */
  newSheet: boolean;
}

export async function writeSheetModel(_model: SheetModel, _options: WriteOptions): Promise<InsertResult> {
  throw new HostError(
    "unsupported",
    "此版本尚未包含写入 Excel 的组件。",
    "This build does not include the Excel writer yet.",
  );
}
