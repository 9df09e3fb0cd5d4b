/** What the converter reports, in Chinese and English: one message per kind of loss. */
import type { Bilingual } from "../../host/port";

export type LossKind =
  | "richText"
  | "hyperlink"
  | "comment"
  | "image"
  | "gradient"
  | "pattern"
  | "validation"
  | "conditionalFormat"
  | "wholeColumnValidation"
  | "date1904"
  | "planFormulas"
  | "spill"
  | "autoFilter"
  | "tables"
  | "outline";

const TEXT: Record<LossKind, Bilingual> = {
  richText: {
    zh: "单元格内的多种字体格式(富文本)未保留,只保留文字",
    en: "mixed formatting inside a cell (rich text) is not kept, only its text",
  },
  hyperlink: { zh: "超链接未保留,只保留显示文字", en: "hyperlinks are not kept, only their text" },
  comment: { zh: "批注未保留", en: "cell comments are not kept" },
  image: { zh: "图片和图表未保留", en: "pictures and charts are not kept" },
  gradient: { zh: "渐变填充改为单色填充", en: "gradient fills become solid fills" },
  pattern: { zh: "图案填充改为单色填充", en: "pattern fills become solid fills" },
  validation: {
    zh: "部分数据验证(此类规则工作台不支持)未保留",
    en: "some data validation rules (of kinds the workbench does not support) are not kept",
  },
  wholeColumnValidation: {
    zh: "作用于整行或整列的数据验证未保留",
    en: "data validation on whole rows or columns is not kept",
  },
  conditionalFormat: {
    zh: "部分条件格式(色阶、数据条、图标集等)未保留",
    en: "some conditional formats (colour scales, data bars, icon sets …) are not kept",
  },
  date1904: {
    zh: "工作簿使用 1904 日期系统,日期已换算为 1900 日期系统",
    en: "the workbook uses the 1904 date system; dates were converted to the 1900 system",
  },
  planFormulas: {
    zh: "含 PLAN 函数的公式按加载项的存储形式保存:没有加载项的 Excel、WPS、LibreOffice 中显示 #NAME?;发给他人前请先用“共享准备”改写为原生公式",
    en: "formulas with PLAN functions are saved as the add-in stores them: without the add-in (Excel, WPS, LibreOffice) they show #NAME?; use Share (prepare for sharing) before sending the file",
  },
  spill: {
    zh: "溢出(动态数组)公式只保存左上角单元格:旧版 Excel、WPS、LibreOffice 只显示第一个值",
    en: "spilling (dynamic array) formulas are saved in their anchor cell only: older Excel, WPS and LibreOffice show the first value only",
  },
  autoFilter: { zh: "自动筛选未保留", en: "auto filters are not kept" },
  tables: { zh: "表格(列表对象)改为普通单元格", en: "tables (list objects) become plain cells" },
  outline: { zh: "分级显示(分组)未保留", en: "outline groups are not kept" },
};

export class Warnings {
  private readonly kinds = new Set<LossKind>();
  add(kind: LossKind): void {
    this.kinds.add(kind);
  }
  has(kind: LossKind): boolean {
    return this.kinds.has(kind);
  }
  list(): Bilingual[] {
    return [...this.kinds].map((k) => TEXT[k]);
  }
}
