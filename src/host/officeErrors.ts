/**
 * Turns whatever Excel or the writer threw into a HostError in plain words. Officials should
 * read "the sheet is protected", never "AccessDenied" or a stack trace.
 */
import { HostError } from "./types";

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  zh?: unknown;
  en?: unknown;
}

export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const e = (error ?? {}) as ErrorLike;
  const code = typeof e.code === "string" ? e.code : "";
  const name = typeof e.name === "string" ? e.name : "";
  const message = typeof e.message === "string" ? e.message : String(error);
  const zh = typeof e.zh === "string" ? e.zh : "";
  const en = typeof e.en === "string" ? e.en : "";

  if (/not ?empty|nonEmpty|notEmpty/i.test(`${code} ${name} ${message}`)) {
    return new HostError(
      "notEmpty",
      zh || "目标区域不是空的:为避免覆盖已有数据,未写入任何内容。请选择一个空白区域,或改为插入到新工作表。",
      en ||
        "The target area is not empty: nothing was written so that no data is overwritten. Select an empty area or insert on a new sheet.",
    );
  }
  if (code === "AccessDenied" || /protect/i.test(message)) {
    return new HostError(
      "protected",
      "工作表受保护,无法写入。请先在“审阅”选项卡中撤销工作表保护,或插入到新工作表。",
      "The sheet is protected and cannot be written. Unprotect it (Review tab) or insert on a new sheet.",
    );
  }
  if (code === "ApiNotFound" || code === "unsupported" || /not supported|requirement set/i.test(message)) {
    return new HostError(
      "unsupported",
      zh || "当前 Excel 版本缺少所需功能。请使用 Excel 2016 或更高版本,或 Microsoft 365 / 网页版 Excel。",
      en ||
        "This version of Excel lacks a feature that is needed. Use Excel 2016 or later, or Excel for the web.",
    );
  }
  if (zh && en) return new HostError("unknown", zh, en);
  return new HostError("unknown", `操作未完成:${message}`, `The operation did not complete: ${message}`);
}
