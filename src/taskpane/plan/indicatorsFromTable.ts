/**
 * "从选区读取": turns a selected range into indicator rows. Officials select an existing
 * table, usually with its header; columns are recognised by their header words, otherwise
 * taken in the usual order: name, unit, base, target.
 */
import type { Indicator } from "../../core/plan";
import type { CellValue } from "../../model/types";
import { findCatalogueEntry } from "./indicatorCatalogue";
import { parseNumber, parsePercent } from "./numberText";

type Column = "name" | "unit" | "base" | "target" | "growth" | "cagr" | "multiple";

// Order matters: "年均增长" must win over "增长", "目标" over "基".
const HEADER_WORDS: [Column, RegExp][] = [
  ["cagr", /年均|cagr|annual/i],
  ["growth", /增长|增幅|增速|growth/i],
  ["multiple", /倍|multiple/i],
  ["target", /目标|target/i],
  ["base", /基期|基数|基准|现状|base/i],
  ["unit", /单位|unit/i],
  ["name", /指标|名称|项目|name|indicator/i],
];

function text(v: CellValue): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

function headerColumns(row: CellValue[]): (Column | undefined)[] | undefined {
  const cols = row.map((v) => {
    const s = text(v);
    if (!s || parseNumber(s).ok) return undefined;
    return HEADER_WORDS.find(([, re]) => re.test(s))?.[0];
  });
  return cols.includes("name") && cols.filter(Boolean).length >= 2 ? cols : undefined;
}

const POSITIONAL: Column[] = ["name", "unit", "base", "target"];

function numberOf(v: CellValue): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  const r = parseNumber(text(v));
  return r.ok ? r.value : undefined;
}

function rateOf(v: CellValue): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined; // Excel holds 25% as 0.25
  const s = text(v);
  const r = /%\s*$/.test(s) ? parsePercent(s) : parseNumber(s);
  return r.ok ? r.value : undefined;
}

export function indicatorsFromTable(rows: CellValue[][]): Indicator[] {
  if (rows.length === 0) return [];
  const header = headerColumns(rows[0]);
  const columns = header ?? POSITIONAL;
  const out: Indicator[] = [];
  for (const row of header ? rows.slice(1) : rows) {
    const ind: Indicator = { name: "", unit: "" };
    row.forEach((v, c) => {
      const col = columns[c];
      if (!col) return;
      if (col === "name" || col === "unit") ind[col] = text(v);
      else if (col === "growth" || col === "cagr") {
        const r = rateOf(v);
        if (r !== undefined) ind[col] = r;
      } else {
        const n = numberOf(v);
        if (n !== undefined) ind[col] = n;
      }
    });
    if (!ind.name || parseNumber(ind.name).ok) continue;
    const known = findCatalogueEntry(ind.name);
    if (!ind.unit && known) ind.unit = known.unit;
    if (known?.lowerIsBetter) ind.lowerIsBetter = true;
    out.push(ind);
  }
  return out;
}
