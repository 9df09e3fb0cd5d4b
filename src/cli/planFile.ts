/** The plan file every command that builds sheets reads. */
import { existsSync, readFileSync, statSync } from "node:fs";
import type { Lang } from "../core/errors";
import type { Plan } from "../core/plan";
import { validatePlan, formatIssue } from "../core/planValidation";
import { UserError } from "./command";

/** Reads and validates a plan file; a bad plan is one UserError line naming the field. */
export function readPlanFile(path: string, lang: Lang = "zh"): Plan {
  if (!existsSync(path) || !statSync(path).isFile())
    throw new UserError(`找不到计划文件 plan file not found: ${path}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8").replace(/^\uFEFF/, ""));
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
  return plan;
}
