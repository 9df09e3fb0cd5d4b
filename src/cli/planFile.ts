/** The plan file every command that builds sheets reads. */
import type { Lang } from "../core/errors";
import type { Plan } from "../core/plan";
import { validatePlan, formatIssue } from "../core/planValidation";
import { UserError } from "./command";
import { readRequiredInput } from "./files";
import { planLimitProblem } from "../model/limits";

/** A plan file is a few kilobytes; 16 MB is far beyond any, and bounds what is read. */
export const MAX_PLAN_BYTES = 16 * 1024 * 1024;

/** Reads and validates a plan file; a bad plan is one UserError line naming the field. */
export function readPlanFile(path: string, lang: Lang = "zh"): Plan {
  const bytes = readRequiredInput(path, MAX_PLAN_BYTES, { zh: "计划文件", en: "plan file" });
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new UserError(
      `${path}: 不是有效的 JSON / not valid JSON (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  const { plan, issues } = validatePlan(json);
  const firstError = issues.find((i) => i.severity === "error");
  if (!plan || firstError) {
    const more = issues.filter((i) => i.severity === "error").length - 1;
    const tail = more > 0 ? (lang === "zh" ? `(另有 ${more} 处错误)` : ` (and ${more} more)`) : "";
    throw new UserError(`${path}: ${firstError ? formatIssue(firstError, lang) : "invalid plan"}${tail}`);
  }
  // Limits of a sheet, checked before any model is built.
  const limit = planLimitProblem(plan);
  if (limit) throw new UserError(`${path}: ${limit.zh} / ${limit.en}`);
  return plan;
}
