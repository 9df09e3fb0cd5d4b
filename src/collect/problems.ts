/**
 * Everything consolidation can find wrong with a returned form, each with where it is and a
 * sentence in Chinese and English. The report sheet lists them; nothing is silently fixed.
 */

export type ProblemCode =
  | "not-workbook"
  | "unreadable"
  | "encrypted"
  | "too-large"
  | "damaged"
  | "no-stamp"
  | "other-template"
  | "other-plan"
  | "other-version"
  | "no-region-column"
  | "no-region-row"
  | "region-mismatch"
  | "unknown-region"
  | "duplicate-region"
  | "missing-region"
  | "indicator-missing"
  | "text-number"
  | "unit-converted"
  | "not-a-number"
  | "formula-overwritten"
  | "empty-input"
  | "date-in-number"
  | "negative"
  | "absurd-number"
  | "as-of-outside"
  | "form-rejected";

/** error: data not used; warning: used, but check it; info: read as explained. */
export type Severity = "error" | "warning" | "info";

export interface Problem {
  file: string;
  sheet?: string;
  /** A1 address (the first of `cells` when the problem covers several). */
  cell?: string;
  /** Every cell a one-line problem covers (the blanks of a form row). */
  cells?: string[];
  region?: string;
  indicator?: string;
  code: ProblemCode;
  severity: Severity;
  zh: string;
  en: string;
}

export const SEVERITY_LABEL = {
  zh: { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
} as const;

export const CODE_LABEL: Record<ProblemCode, { zh: string; en: string }> = {
  "not-workbook": { zh: "不是工作簿", en: "not a workbook" },
  unreadable: { zh: "无法读取的文件", en: "unreadable file" },
  encrypted: { zh: "有密码保护", en: "password-protected" },
  "too-large": { zh: "文件过大", en: "file too large" },
  damaged: { zh: "文件损坏", en: "damaged file" },
  "no-stamp": { zh: "缺少模板标记", en: "no template stamp" },
  "other-template": { zh: "模板不符", en: "another template" },
  "other-plan": { zh: "规划不符", en: "another plan" },
  "other-version": { zh: "模板版本不同", en: "another template version" },
  "no-region-column": { zh: "找不到县(市)区列", en: "no region column" },
  "no-region-row": { zh: "没有县区数据行", en: "no region row" },
  "region-mismatch": { zh: "县区与标记不符", en: "region differs from stamp" },
  "unknown-region": { zh: "未知县区", en: "unknown region" },
  "duplicate-region": { zh: "重复报送", en: "region twice" },
  "missing-region": { zh: "未报送", en: "region missing" },
  "indicator-missing": { zh: "找不到指标", en: "indicator not found" },
  "text-number": { zh: "文字数字", en: "number typed as text" },
  "unit-converted": { zh: "单位换算", en: "unit converted" },
  "not-a-number": { zh: "非数字", en: "not a number" },
  "formula-overwritten": { zh: "公式被覆盖", en: "formula overwritten" },
  "empty-input": { zh: "未填写", en: "empty input" },
  "date-in-number": { zh: "日期填入数字格", en: "date in a number cell" },
  negative: { zh: "不应为负数", en: "negative" },
  "absurd-number": { zh: "数值不合常理", en: "implausible number" },
  "as-of-outside": { zh: "截至日期超出规划期", en: "as-of outside the period" },
  "form-rejected": { zh: "报表未采用", en: "form rejected" },
};
