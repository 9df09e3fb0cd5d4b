/**
 * task-breakdown 重点任务分解表: per task the lead and partner units, the deadline, progress
 * notes and a status chosen from a list, with the days left to the deadline.
 */
import type { Plan } from "../../core/plan";
import { serialFromIso } from "../../core/excelDate";
import type { SheetModel } from "../types";
import { GridBuilder } from "../grid";
import { DATE_FORMAT } from "../units";
import {
  TRAFFIC,
  asOfInput,
  asOfSerial,
  dateValidation,
  finishTemplate,
  footer,
  titleBlock,
  type TemplateOptions,
} from "./common";

export const TASK_STATUS = {
  zh: ["未启动", "推进中", "已完成", "滞后"],
  en: ["not started", "in progress", "done", "behind"],
} as const;

const HEADERS = {
  zh: ["序号", "重点任务", "牵头单位", "配合单位", "完成时限", "距时限(天)", "进展情况", "状态"],
  en: ["No.", "Key task", "Lead unit", "Partner units", "Deadline", "Days left", "Progress", "Status"],
};
const WIDTHS = [5, 40, 16, 28, 11, 9, 36, 10];
const HEADER_ROW = 3;

export function buildTaskBreakdown(plan: Plan, opts: TemplateOptions = {}): SheetModel {
  const lang = opts.lang ?? "zh";
  const zh = lang === "zh";
  const g = new GridBuilder(opts.origin ?? { row: 0, col: 0 });
  const headers = HEADERS[lang];
  const width = headers.length;
  g.columnWidths = [...WIDTHS];
  titleBlock(g, "task-breakdown", plan, opts, width, 3);
  const asOfCell = asOfInput(g, 4, lang, asOfSerial(plan, opts));
  const asOf = g.ref(asOfCell.row, asOfCell.col, true);
  headers.forEach((h, c) => g.set(HEADER_ROW, c, { value: h, style: "header" }));

  const tasks = plan.tasks ?? [];
  // A fresh form with no tasks still offers a few empty rows to fill in.
  const rows = Math.max(tasks.length, tasks.length === 0 ? 5 : 0);
  const first = HEADER_ROW + 1;
  const sep = zh ? "、" : ", ";
  for (let i = 0; i < rows; i++) {
    const t = tasks[i];
    const r = first + i;
    g.set(r, 0, { value: i + 1, style: "label", numFmt: "0" });
    g.set(r, 1, t ? { value: t.name, style: "label" } : { value: null, style: "input", input: true });
    g.set(r, 2, { value: t?.lead ?? null, style: "input", input: true });
    g.set(r, 3, { value: t?.partners?.join(sep) ?? null, style: "input", input: true });
    g.set(r, 4, {
      value: t?.deadline ? (serialFromIso(t.deadline) ?? null) : null,
      style: "input",
      input: true,
      numFmt: DATE_FORMAT,
    });
    const deadline = g.ref(r, 4);
    g.set(r, 5, {
      formula: `IF(OR(${deadline}="",${asOf}=""),"",${deadline}-${asOf})`,
      style: "formula",
      numFmt: "0",
    });
    g.set(r, 6, { value: null, style: "input", input: true });
    g.set(r, 7, { value: null, style: "input", input: true });
  }
  g.validate(first, 4, rows, 1, dateValidation(lang, zh ? "完成时限" : "Deadline"));
  g.validate(first, 7, rows, 1, {
    kind: "list",
    items: [...TASK_STATUS[lang]],
    allowBlank: true,
    prompt: zh ? "从列表中选择状态" : "Choose a status from the list",
    error: zh ? "请从列表中选择" : "Choose from the list",
  });
  const [, inProgress, done, behind] = TASK_STATUS[lang];
  g.highlight(first, 7, rows, 1, done, TRAFFIC.green.fill, TRAFFIC.green.font);
  g.highlight(first, 7, rows, 1, inProgress, TRAFFIC.yellow.fill, TRAFFIC.yellow.font);
  g.highlight(first, 7, rows, 1, behind, TRAFFIC.red.fill, TRAFFIC.red.font);
  const hint = zh
    ? "填表说明:浅黄色单元格为填报项;状态从下拉列表中选择;距时限按截至日期计算。"
    : "How to fill in: light-yellow cells are inputs; choose the status from the list; days left count from the as-of date.";
  footer(g, first + rows + 1, width, [hint]);
  return finishTemplate(g, {
    id: "task-breakdown",
    plan,
    opts,
    width,
    headerRows: { first: HEADER_ROW, last: HEADER_ROW },
    freezeCols: 2,
  });
}
