/**
 * The plan as a custom XML part of the workbook: a single element in the project's namespace
 * holding the plan's JSON as text. JSON rather than an XML schema of our own keeps the plan file
 * format (docs/plan-format.md) the single definition; XML escaping keeps any text safe.
 */
import type { Plan } from "../core/plan";
import { planFromJson } from "../host/planJson";

export { planFromJson, PLAN_SETTINGS_KEY } from "../host/planJson";

export const PLAN_XML_NAMESPACE = "urn:indicator-planner:plan:v1";

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
