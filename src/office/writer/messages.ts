/** Messages of the Office.js writer, Chinese first. */
export type InsertErrorCode = "notEmpty" | "protected" | "sheetMissing" | "failed";

export interface InsertError {
  code: InsertErrorCode;
  zh: string;
  en: string;
  /** The host's own message, for a details line. */
  detail?: string;
  /** The Office.js error code behind a host failure ("AccessDenied", "ItemNotFound" …). */
  hostCode?: string;
}

export function notEmpty(address: string, count: number, first: string): InsertError {
  return {
    code: "notEmpty",
    zh: `目标区域 ${address} 中有 ${count} 个非空单元格(如 ${first}),未写入任何内容。请选择空白区域,或插入到新工作表。`,
    en: `The target area ${address} has ${count} non-empty cell(s) (e.g. ${first}); nothing was written. Choose an empty area or insert on a new sheet.`,
  };
}

export function sheetProtected(sheet: string): InsertError {
  return {
    code: "protected",
    zh: `工作表“${sheet}”受保护,未写入任何内容。请先撤销保护,或插入到新工作表。`,
    en: `Sheet '${sheet}' is protected; nothing was written. Unprotect it or insert on a new sheet.`,
  };
}

export function sheetMissing(sheet: string | undefined, detail?: string): InsertError {
  return {
    code: "sheetMissing",
    zh: sheet ? `找不到工作表“${sheet}”。` : "找不到当前工作表。",
    en: sheet ? `Sheet '${sheet}' was not found.` : "The active sheet was not found.",
    detail,
  };
}

export function failed(detail: string, cleaned: boolean, hostCode?: string): InsertError {
  return {
    code: "failed",
    zh: `写入失败${cleaned ? ",已撤销已写入的部分" : ""}:${detail}`,
    en: `Writing failed${cleaned ? "; what had been written was removed" : ""}: ${detail}`,
    detail,
    hostCode,
  };
}

/** The first round trip (reading the target) failed for another reason than a missing sheet. */
export function readFailed(detail: string, hostCode?: string): InsertError {
  return {
    code: "failed",
    zh: `读取目标位置失败,未写入任何内容:${detail}`,
    en: `Reading the target failed; nothing was written: ${detail}`,
    detail,
    hostCode,
  };
}
