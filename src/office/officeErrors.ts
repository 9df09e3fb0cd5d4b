/**
 * Turns whatever Excel or the writer threw into a HostError in plain words. Officials should
 * read "the sheet is protected", never "AccessDenied" or a stack trace.
 *
 * Classification is by `error.code` only: Office.js error codes (OfficeExtension.ErrorCodes,
 * Excel.ErrorCodes) are not localized, while `error.message` is (zh-CN Excel says it in Chinese),
 * so matching message text would work in English Excel only.
 */
import { HostError, type HostErrorCode } from "../host/port";

/** The Office.js error code of `error` ("AccessDenied", "ItemNotFound" …), or "". */
export function officeErrorCode(error: unknown): string {
  if (!error || typeof error !== "object") return "";
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : "";
}

interface Words {
  code: HostErrorCode;
  zh: string;
  en: string;
}

/** Plain words for the Office.js error codes this add-in can meet. */
const BY_CODE: Record<string, Words> = {
  AccessDenied: {
    code: "protected",
    zh: "工作表受保护或工作簿为只读,无法写入。请先在“审阅”选项卡中撤销工作表保护(或取得编辑权限),或插入到新工作表。",
    en: "The sheet is protected or the workbook is read-only, so it cannot be written. Unprotect it (Review tab), get edit access, or insert on a new sheet.",
  },
  ItemNotFound: {
    code: "notFound",
    zh: "找不到所需的工作表或区域(可能已被删除或重命名)。请重试。",
    en: "A sheet or range that is needed was not found (it may have been deleted or renamed). Try again.",
  },
  InvalidArgument: {
    code: "unknown",
    zh: "Excel 拒绝了要写入的内容(参数无效),未完成操作。",
    en: "Excel rejected what was to be written (invalid argument); the operation did not complete.",
  },
  ApiNotFound: {
    code: "unsupported",
    zh: "当前 Excel 版本缺少所需功能。请使用 Microsoft 365、Excel 2021 或更高版本,或网页版 Excel。",
    en: "This version of Excel lacks a feature that is needed. Use Microsoft 365, Excel 2021 or later, or Excel for the web.",
  },
  RequestPayloadSizeLimitExceeded: {
    code: "tooLarge",
    zh: "一次请求的数据超过了 Excel 的上限(网页版为 5 MB),操作未完成。",
    en: "One request carried more data than Excel accepts (5 MB on the web); the operation did not complete.",
  },
  ResponsePayloadSizeLimitExceeded: {
    code: "tooLarge",
    zh: "一次读取的数据超过了 Excel 的单次请求上限(网页版为 5 MB)。",
    en: "One read returned more data than Excel allows (5 MB on the web).",
  },
  InvalidOperationInCellEditMode: {
    code: "busy",
    zh: "Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑,再重试。",
    en: "Excel is editing a cell. Press Enter or Esc to finish editing, then try again.",
  },
  ItemAlreadyExists: {
    code: "unknown",
    zh: "同名的工作表或名称已存在,未完成操作。请重试。",
    en: "A sheet or name with that name already exists; the operation did not complete. Try again.",
  },
};
BY_CODE.NotImplemented = BY_CODE.ApiNotFound;
BY_CODE.UnsupportedOperation = BY_CODE.ApiNotFound;
BY_CODE.unsupported = BY_CODE.ApiNotFound;

/** The plain words for an Office.js error code, or undefined for codes without their own. */
export function wordsForCode(code: string): Words | undefined {
  return BY_CODE[code];
}

export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const e = (error ?? {}) as { message?: unknown; zh?: unknown; en?: unknown };
  const code = officeErrorCode(error);
  const zh = typeof e.zh === "string" ? e.zh : "";
  const en = typeof e.en === "string" ? e.en : "";
  // The writer's and adapters' own refusals carry their words already.
  if (code === "notEmpty") {
    return new HostError(
      "notEmpty",
      zh || "目标区域不是空的:为避免覆盖已有数据,未写入任何内容。请选择一个空白区域,或改为插入到新工作表。",
      en ||
        "The target area is not empty: nothing was written so that no data is overwritten. Select an empty area or insert on a new sheet.",
    );
  }
  const words = BY_CODE[code];
  if (words) return new HostError(words.code, words.zh, words.en);
  if (zh && en) return new HostError("unknown", zh, en);
  const message = typeof e.message === "string" ? e.message : String(error);
  const detail = code ? `${code}: ${message}` : message;
  return new HostError("unknown", `操作未完成:${detail}`, `The operation did not complete: ${detail}`);
}
