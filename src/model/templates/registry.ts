/**
 * The five standard templates: ids, titles and one-line descriptions in Chinese and English.
 * The pane's gallery and `npm run cli -- templates` list them from here.
 */
import type { TemplateId } from "../types";

export interface TemplateInfo {
  id: TemplateId;
  title: { zh: string; en: string };
  description: { zh: string; en: string };
  /** Default sheet name (writers make it unique). */
  sheetName: { zh: string; en: string };
  /** Version of the layout; bumped when cells move, so returned copies can be checked. */
  version: number;
}

export const TEMPLATES: readonly TemplateInfo[] = [
  {
    id: "annual-plan",
    title: { zh: "年度工作推进计划指标表", en: "Annual work plan indicators" },
    description: {
      zh: "每个指标的基数、增长率、底线、目标值、各季度累计目标、最新完成、完成率、序时进度、状态和责任单位",
      en: "Per indicator: base, growth, floor, target, cumulative quarterly targets, latest actual, completion, time progress, status, responsible unit",
    },
    sheetName: { zh: "年度计划", en: "Annual plan" },
    version: 1,
  },
  {
    id: "multi-year-plan",
    title: { zh: "多年规划指标分解表", en: "Multi-year plan breakdown" },
    description: {
      zh: "指标逐年分解:按年均增长率推算每年目标,末年达到规划目标",
      en: "Indicators by year: each year follows the annual rate and the last year meets the target",
    },
    sheetName: { zh: "逐年分解", en: "By year" },
    version: 1,
  },
  {
    id: "quarterly-report",
    title: { zh: "县(市)区季度进展通报表", en: "Quarterly progress by region" },
    description: {
      zh: "每个县(市)区一行:各指标的目标、累计完成、完成率、序时进度、状态和排名,附合计行",
      en: "One row per region: target, cumulative actual, completion, time progress, status and rank per indicator, with a total row",
    },
    sheetName: { zh: "季度通报", en: "Quarterly report" },
    version: 1,
  },
  {
    id: "gap-analysis",
    title: { zh: "目标差距分析表", en: "Gap to target" },
    description: {
      zh: "目标值、最新完成、差距、完成率、序时进度、剩余年数和所需年均增速",
      en: "Target, latest actual, gap, completion, time progress, years left and the annual growth still required",
    },
    sheetName: { zh: "差距分析", en: "Gap analysis" },
    version: 1,
  },
  {
    id: "task-breakdown",
    title: { zh: "重点任务分解表", en: "Key task breakdown" },
    description: {
      zh: "每项重点任务的牵头单位、配合单位、完成时限、进展情况和状态",
      en: "Per key task: lead unit, partner units, deadline, progress notes and status",
    },
    sheetName: { zh: "任务分解", en: "Tasks" },
    version: 1,
  },
];

export const TEMPLATE_IDS: readonly TemplateId[] = TEMPLATES.map((t) => t.id);

export function isTemplateId(x: string): x is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(x);
}

export function templateInfo(id: TemplateId): TemplateInfo {
  const t = TEMPLATES.find((x) => x.id === id);
  if (!t) throw new Error(`unknown template ${id}`);
  return t;
}
