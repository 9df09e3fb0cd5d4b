/**
 * Everything wrong with the draft, by field: typing errors first (a field that is not a number
 * cannot be judged further), then the domain's own rules (src/core/planValidation).
 */
import { validatePlan } from "../../core/planValidation";
import type { Plan } from "../../core/plan";
import { draftPath, draftToPlan, type PlanDraft } from "./planDraft";

export interface FieldIssue {
  path: string;
  severity: "error" | "warning";
  zh: string;
  en: string;
}

export interface DraftCheck {
  plan: Plan;
  /** Worst issue per draft path ("indicators.2.base", "title", "indicators"). */
  byPath: Record<string, FieldIssue>;
  errors: FieldIssue[];
  warnings: FieldIssue[];
}

// The domain phrases rates as fractions (plan files); the editor takes percentages.
const PERCENT_MESSAGES: Record<string, { zh: string; en: string }> = {
  growth: { zh: "增长率应大于 -100%", en: "Growth must be above -100%" },
  cagr: { zh: "年均增长率应大于 -100%", en: "Annual growth must be above -100%" },
};

export function checkDraft(draft: PlanDraft): DraftCheck {
  const { plan, errors: typing, indexMap } = draftToPlan(draft);
  const byPath: Record<string, FieldIssue> = {};
  for (const [path, m] of Object.entries(typing)) byPath[path] = { path, severity: "error", ...m };
  const taskMap: number[] = [];
  draft.tasks.forEach((t, i) => {
    if ([t.name, t.lead, t.partners, t.deadline].some((s) => s.trim() !== "")) taskMap.push(i);
  });
  for (const issue of validatePlan(plan).issues) {
    let path = draftPath(issue.path, indexMap);
    path = path.replace(/^tasks\.(\d+)/, (_m, i: string) => `tasks.${taskMap[Number(i)] ?? i}`);
    // A partner's own issue shows on the partners field; region issues on the region list.
    path = path.replace(/\.partners\.\d+$/, ".partners").replace(/^regions\.\d+$/, "regions");
    if (byPath[path]?.severity === "error") continue;
    if (byPath[path] && issue.severity === "warning") continue;
    const field = path.split(".").pop() ?? "";
    const message = PERCENT_MESSAGES[field] && issue.severity === "error" ? PERCENT_MESSAGES[field] : issue;
    byPath[path] = { path, severity: issue.severity, zh: message.zh, en: message.en };
  }
  const all = Object.values(byPath);
  return {
    plan,
    byPath,
    errors: all.filter((i) => i.severity === "error"),
    warnings: all.filter((i) => i.severity === "warning"),
  };
}
