/** The workbench's own words (toolbar, start-up, file messages), Chinese first. */
import { translator } from "../taskpane/translate";

export const wt = translator({
  title: { zh: "指标规划助手 · 工作台", en: "Indicator Planner · Workbench" },
  newWorkbook: { zh: "新建", en: "New" },
  open: { zh: "打开 .xlsx", en: "Open .xlsx" },
  saveAs: { zh: "另存为 .xlsx", en: "Save as .xlsx" },
  loadingScripts: { zh: "正在加载表格引擎…", en: "Loading the spreadsheet engine…" },
  loadingWorkbook: { zh: "正在打开工作簿…", en: "Opening the workbook…" },
  loadingPane: { zh: "正在启动任务窗格…", en: "Starting the task pane…" },
  loadFailed: {
    zh: "工作台无法启动:{message}。请刷新页面重试。",
    en: "The workbench could not start: {message}. Reload the page to try again.",
  },
  untitled: { zh: "未命名工作簿", en: "Untitled workbook" },
  sheetName: { zh: "工作表1", en: "Sheet1" },
  confirmNew: {
    zh: "新建工作簿将关闭当前工作簿,未另存的内容会丢失。继续吗?",
    en: "A new workbook closes the current one; anything not saved as .xlsx is lost. Continue?",
  },
  opening: { zh: "正在打开 {name}…", en: "Opening {name}…" },
  opened: { zh: "已打开 {name}", en: "Opened {name}" },
  openedWithWarnings: {
    zh: "已打开 {name};{count} 处内容未能完整读取:{first}",
    en: "Opened {name}; {count} item(s) could not be read in full: {first}",
  },
  openFailed: { zh: "无法打开 {name}:{message}", en: "Could not open {name}: {message}" },
  saving: { zh: "正在保存…", en: "Saving…" },
  saved: { zh: "已保存为 {name}", en: "Saved as {name}" },
  savedWithWarnings: {
    zh: "已保存为 {name};{count} 处内容无法写入 .xlsx:{first}",
    en: "Saved as {name}; {count} item(s) could not be written to .xlsx: {first}",
  },
  saveFailed: { zh: "保存失败:{message}", en: "Saving failed: {message}" },
  newWorkbookFile: { zh: "新工作簿{n}.xlsx", en: "New workbook {n}.xlsx" },
  lockedCell: {
    zh: "此单元格受保护:工作表已保护,只能在浅黄色的填报单元格中输入。",
    en: "This cell is protected: the sheet is protected; type only in the light-yellow entry cells.",
  },
  protectedSheet: {
    zh: "工作表已保护,不能插入、删除、移动或合并行列和单元格。",
    en: "The sheet is protected: rows, columns and cells cannot be inserted, deleted, moved or merged.",
  },
  restored: { zh: "已恢复上次打开的工作簿", en: "Restored the workbook open last time" },
});
