/**
 * The plan as the hosts store it: JSON text, checked on the way back in. Shared by the Office
 * host (document settings, custom XML part) and the browser host (local storage).
 */
import type { Plan } from "../core/plan";

/** Key under which the plan is stored (document settings, local storage). */
export const PLAN_SETTINGS_KEY = "indicatorPlanner.plan";

/** The plan in `json`, or null when it is not one (a damaged copy loses nothing: the pane
 * simply starts without a saved plan). */
export function planFromJson(json: string): Plan | null {
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== "object") return null;
    const p = value as Partial<Plan>;
    if (typeof p.title !== "string" || !Array.isArray(p.indicators)) return null;
    return value as Plan;
  } catch {
    return null;
  }
}
