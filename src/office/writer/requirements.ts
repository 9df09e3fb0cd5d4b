/**
 * Which Office.js features the host has. Everything beyond ExcelApi 1.1 is asked for first, so the
 * writer degrades on older Excel builds instead of failing.
 */
export type Supports = (set: string, version: string) => boolean;

/** The host's answer via Office.context.requirements.isSetSupported; false outside Office. */
export const hostSupports: Supports = (set, version) => {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return office?.context?.requirements?.isSetSupported(set, version) === true;
  } catch {
    return false;
  }
};

/** Features the writer uses, with the ExcelApi version each needs and how to describe a skip. */
export const FEATURES = {
  protection: { version: "1.2", zh: "单元格锁定与工作表保护", en: "cell locking and sheet protection" },
  merge: { version: "1.2", zh: "合并单元格", en: "merged cells" },
  columnWidth: { version: "1.2", zh: "列宽与隐藏列", en: "column widths and hidden columns" },
  names: { version: "1.4", zh: "模板标记名称", en: "the stamp's defined name" },
  suspendCalc: { version: "1.6", zh: "写入期间暂停计算", en: "suspending calculation while writing" },
  conditionalFormats: { version: "1.6", zh: "状态红黄绿条件格式", en: "traffic-light conditional formats" },
  freeze: { version: "1.7", zh: "冻结表头", en: "frozen header" },
  validation: { version: "1.8", zh: "数据有效性", en: "data validation" },
  pageLayout: {
    version: "1.9",
    zh: "打印设置(A4横向、重复表头)",
    en: "print setup (A4 landscape, repeated header)",
  },
  rangeAreas: { version: "1.9", zh: "多区域格式", en: "multi-area formatting" },
} as const;

export type Feature = keyof typeof FEATURES;
