/**
 * The words of the pane and its always-loaded screens, Chinese first; the panels loaded on
 * demand (import, share, collect) keep their own tables in their modules.
 */
import type { Lang } from "../core/errors";
import { translator, type Strings } from "./translate";

const STRINGS = {
  appTitle: { zh: "指标规划助手", en: "Indicator Planner" },
  switchLanguage: { zh: "English", en: "中文" },
  switchLanguageLabel: { zh: "切换到英文界面", en: "Switch to Chinese" },
  tabs: { zh: "功能", en: "Screens" },
  tabGallery: { zh: "模板", en: "Templates" },
  tabEditor: { zh: "规划", en: "Plan" },
  tabInsert: { zh: "插入", en: "Insert" },
  tabFunctions: { zh: "函数", en: "Functions" },
  tabImport: { zh: "导入", en: "Import" },
  tabShare: { zh: "分享", en: "Share" },
  tabCollect: { zh: "汇总", en: "Collect" },
  // Gallery
  galleryHint: {
    zh: "选择一个标准模板,预览将插入的内容。",
    en: "Pick a standard template and preview what will be inserted.",
  },
  templatesLabel: { zh: "模板", en: "Templates" },
  preview: { zh: "预览", en: "Preview" },
  previewOf: { zh: "预览:", en: "Preview: " },
  previewSample: {
    zh: "规划中还没有指标,预览使用示例数据。",
    en: "The plan has no indicators yet; the preview uses example data.",
  },
  previewIncomplete: {
    zh: "规划中还有需要修正的地方(见“规划”),预览暂用示例数据。",
    en: "The plan still has problems to fix (see Plan); the preview uses example data meanwhile.",
  },
  previewTruncated: {
    zh: "仅显示前 {rows} 行、{cols} 列,共 {allRows} 行 × {allCols} 列。",
    en: "Showing the first {rows} rows and {cols} columns of {allRows} × {allCols}.",
  },
  previewComputed: {
    zh: "浅灰底色为公式单元格,数值由将插入的公式算出;悬停可查看公式。",
    en: "Shaded cells hold formulas; their values come from the formulas that will be inserted (hover to see them).",
  },
  previewFormula: { zh: "公式(插入后在 Excel 中计算)", en: "Formula (calculated by Excel once inserted)" },
  previewUnavailable: { zh: "无法预览:", en: "No preview: " },
  // Editor
  planTitle: { zh: "规划名称", en: "Plan title" },
  baseYear: { zh: "基期年份", en: "Base year" },
  targetYear: { zh: "目标年份", en: "Target year" },
  indicators: { zh: "指标", en: "Indicators" },
  indicatorN: { zh: "指标 {n}", en: "Indicator {n}" },
  name: { zh: "名称", en: "Name" },
  unit: { zh: "单位", en: "Unit" },
  base: { zh: "基期值", en: "Base value" },
  growth: { zh: "增长率(%)", en: "Growth (%)" },
  cagr: { zh: "年均增长率(%)", en: "Annual growth (%)" },
  target: { zh: "目标值", en: "Target" },
  multiple: { zh: "倍数(增长两倍=3)", en: "Multiple (×base)" },
  comparator: { zh: "比较", en: "Comparison" },
  // 以上, 不低于, 达到 include the number; 超过 excludes it (突破 is the user's choice).
  cmpAtLeast: { zh: "不低于、以上、达到(含)", en: "at least (inclusive)" },
  cmpMoreThan: { zh: "超过(不含)", en: "more than (exclusive)" },
  cmpAtMost: { zh: "不高于、以下(含)", en: "at most (inclusive)" },
  cmpLessThan: { zh: "低于(不含)", en: "less than (exclusive)" },
  lowerIsBetter: { zh: "越低越好", en: "Lower is better" },
  // How the indicator moves through the year: decides quarterly targets, 序时进度 and region totals.
  nature: { zh: "性质", en: "Nature" },
  natureHint: {
    zh: "累计量:从零累计(申请量);存量:从基数增长(拥有量);比率:任何时候都按目标衡量(结案率、满意度)",
    en: "Flow: counted from zero (applications); stock: grows from its base (patents held); rate: judged against the target at any time (closure rate, satisfaction)",
  },
  natureInfo: { zh: "说明", en: "info" },
  natureAuto: { zh: "自动:{nature}", en: "Auto: {nature}" },
  natureFlow: { zh: "累计量", en: "Flow" },
  natureStock: { zh: "存量", en: "Stock" },
  natureRate: { zh: "比率", en: "Rate" },
  moveUp: { zh: "上移", en: "Move up" },
  moveDown: { zh: "下移", en: "Move down" },
  remove: { zh: "删除", en: "Remove" },
  addIndicator: { zh: "添加指标", en: "Add indicator" },
  unnamed: { zh: "(未命名)", en: "(no name)" },
  cagrRow: { zh: "年均 {v}%", en: "{v}%/yr" },
  rowProblems: { zh: "{n} 处问题", en: "{n} to fix" },
  closeIndicator: { zh: "完成", en: "Done" },
  addFromCatalogue: { zh: "从常用指标添加", en: "Add from the catalogue" },
  readSelection: { zh: "从选区读取", en: "Read from selection" },
  readSelectionHint: {
    zh: "选区每行一个指标:名称、单位、基期值、目标值(可含表头)。",
    en: "One indicator per row of the selection: name, unit, base, target (a header row is fine).",
  },
  readSelectionDone: { zh: "已从选区读取 {n} 个指标。", en: "Read {n} indicators from the selection." },
  readSelectionNone: { zh: "选区中没有可识别的指标行。", en: "No indicator rows found in the selection." },
  regions: { zh: "县(市)区", en: "Regions" },
  regionsHint: {
    zh: "每行一个;也可直接粘贴以制表符、逗号或顿号分隔的名单。",
    en: "One per line; pasting a tab-, comma- or 、-separated list works too.",
  },
  regionsCount: { zh: "共 {n} 个", en: "{n} in total" },
  tasks: { zh: "重点任务", en: "Tasks" },
  taskN: { zh: "任务 {n}", en: "Task {n}" },
  taskName: { zh: "任务", en: "Task" },
  taskLead: { zh: "牵头单位", en: "Lead unit" },
  taskPartners: { zh: "配合单位(逗号分隔)", en: "Partner units (comma separated)" },
  taskDeadline: { zh: "完成时限", en: "Deadline" },
  addTask: { zh: "添加任务", en: "Add task" },
  planValid: { zh: "规划填写完整,可以插入。", en: "The plan is complete and can be inserted." },
  savedInWorkbook: {
    zh: "规划随编辑自动保存在本工作簿中。",
    en: "The plan is saved in this workbook as you edit.",
  },
  savedInBrowser: {
    zh: "规划随编辑自动保存在此浏览器中。",
    en: "The plan is saved in this browser as you edit.",
  },
  imported: {
    zh: "已导入 {n} 个指标,请核对后插入。",
    en: "Imported {n} indicators; check them before inserting.",
  },
  saveFailed: {
    zh: "规划未能保存到工作簿(编辑内容仍在):",
    en: "The plan could not be saved in the workbook (your edits are kept): ",
  },
  saveFailedBrowser: {
    zh: "规划未能保存到此浏览器(编辑内容仍在):",
    en: "The plan could not be saved in this browser (your edits are kept): ",
  },
  restored: { zh: "已从工作簿恢复规划“{title}”。", en: "Restored the plan “{title}” from the workbook." },
  restoredBrowser: {
    zh: "已从此浏览器恢复规划“{title}”。",
    en: "Restored the plan “{title}” from this browser.",
  },
  // Insert
  insertTemplate: { zh: "模板", en: "Template" },
  insertWhere: { zh: "插入位置", en: "Insert at" },
  insertNewSheet: { zh: "新工作表", en: "A new sheet" },
  insertSelection: { zh: "所选单元格(须为空白区域)", en: "The selected cell (empty area only)" },
  insertButton: { zh: "插入", en: "Insert" },
  inserting: { zh: "正在插入…", en: "Inserting…" },
  stepLocating: { zh: "正在确定插入位置…", en: "Finding where to insert…" },
  stepBuilding: { zh: "正在生成表格…", en: "Building the table…" },
  stepWriting: { zh: "正在写入工作簿…", en: "Writing to the workbook…" },
  stepDone: { zh: "完成", en: "Done" },
  inserted: { zh: "已插入 工作表 '{sheet}' {address}", en: "Inserted on sheet '{sheet}' at {address}" },
  skippedFeatures: {
    zh: "此 Excel 版本缺少以下功能,已省略(表格照常计算):",
    en: "This version of Excel lacks these features, so they were left out (the sheet still calculates):",
  },
  fixFirst: {
    zh: "规划中有 {n} 处需要修正,修正后才能插入。",
    en: "{n} problems in the plan must be fixed before inserting.",
  },
  noRegionsWholeCity: {
    zh: "规划中没有县(市)区,季度通报表将只有一行“{name}”。",
    en: "The plan has no regions, so the quarterly report will have one row, “{name}”.",
  },
  addRegions: { zh: "填写县(市)区", en: "Add regions" },
  noTasks: {
    zh: "规划中还没有重点任务,插入后可直接在表中填写。",
    en: "The plan has no tasks yet; you can fill them in on the sheet after inserting.",
  },
  goToEditor: { zh: "去修改", en: "Edit the plan" },
  notInOffice: { zh: "插入不可用", en: "Inserting unavailable" },
  // Functions
  functionsHint: {
    zh: "PLAN 函数可直接在单元格中输入;发给没有加载项的人之前,请用“分享”转换为原生公式。",
    en: "Type PLAN functions into cells; before sending to people without the add-in, convert them with Share.",
  },
  parameters: { zh: "参数", en: "Parameters" },
  optional: { zh: "可选", en: "optional" },
  example: { zh: "示例", en: "Example" },
  insertIntoCell: { zh: "插入到所选单元格", en: "Insert into the selected cell" },
  insertedFormula: { zh: "已在 {address} 插入公式。", en: "Formula inserted in {address}." },
  noFunctions: { zh: "函数目录暂不可用。", en: "The function catalogue is not available." },
  // Validation of typed text
} as const satisfies Strings;

export type StringKey = keyof typeof STRINGS;

/** The text of `key` in `lang`, with {placeholders} filled in. */
export const t = translator(STRINGS);

/** Office's display language → the pane's language: Chinese for zh-*, English otherwise. */
export function langFromDisplayLanguage(displayLanguage: string | undefined | null): Lang {
  return /^zh\b/i.test(displayLanguage ?? "") ? "zh" : "en";
}
