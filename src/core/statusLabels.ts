import type { Lang } from "./errors";

/** Status labels, in order: achieved, on track, behind, far behind. Shared by PLAN.STATUS,
 * its native formula, the templates' conditional formats and the consolidation summary. */
export const STATUS_LABELS: Record<Lang, readonly [string, string, string, string]> = {
  zh: ["已完成", "正常", "滞后", "严重滞后"],
  en: ["achieved", "on track", "behind", "far behind"],
};

export const DEFAULT_YELLOW = 0.1;
export const DEFAULT_RED = 0.3;
