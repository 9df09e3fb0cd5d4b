/**
 * The plan as a custom XML part of the workbook: a single element in the project's namespace
 * holding the plan's JSON as text. JSON rather than an XML schema of our own keeps the plan file
 * format (docs/plan-format.md) the single definition; XML escaping keeps any text safe.
 */
import type { Plan } from "../core/plan";

export const PLAN_XML_NAMESPACE = "urn:indicator-planner:plan:v1";
/** Key of the document-settings fallback (hosts without custom XML parts). */
export const PLAN_SETTINGS_KEY = "indicatorPlanner.plan";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}

export function planToXml(plan: Plan): string {
  return `<?xml version="1.0" encoding="UTF-8"?><plan xmlns="${PLAN_XML_NAMESPACE}">${escapeXml(
    JSON.stringify(plan),
  )}</plan>`;
}

/** The plan in a part written by planToXml; null for anything else (a damaged part loses
 * nothing: the pane simply starts without a saved plan). */
export function planFromXml(xml: string): Plan | null {
  const m = /<plan\b[^>]*>([\s\S]*)<\/plan>/.exec(xml);
  if (!m) return null;
  return planFromJson(unescapeXml(m[1]));
}

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
