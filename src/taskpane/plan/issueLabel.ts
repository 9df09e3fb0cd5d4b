import type { Lang } from "../../core/errors";
import { t, type StringKey } from "../i18n";

const FIELD_KEYS: Record<string, StringKey> = {
  title: "planTitle",
  baseYear: "baseYear",
  targetYear: "targetYear",
  indicators: "indicators",
  regions: "regions",
  tasks: "tasks",
  name: "name",
  unit: "unit",
  base: "base",
  growth: "growth",
  cagr: "cagr",
  target: "target",
  multiple: "multiple",
  comparator: "comparator",
  lowerIsBetter: "lowerIsBetter",
  lead: "taskLead",
  partners: "taskPartners",
  deadline: "taskDeadline",
};

/** "indicators.2.base" → "指标 3 基期值": where a listed problem is, in the editor's words. */
export function issueLabel(path: string, lang: Lang): string {
  const parts = path.split(".");
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const next = parts[i + 1];
    if ((p === "indicators" || p === "tasks") && next !== undefined && /^\d+$/.test(next)) {
      out.push(t(lang, p === "indicators" ? "indicatorN" : "taskN", { n: Number(next) + 1 }));
      i++;
    } else if (p === "name" && parts[0] === "tasks") out.push(t(lang, "taskName"));
    else out.push(FIELD_KEYS[p] ? t(lang, FIELD_KEYS[p]) : p);
  }
  return out.join(" ");
}
