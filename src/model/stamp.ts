/**
 * The stamp that marks a sheet as produced by a template, so that copies returned by email can
 * be recognised even when the sheet was renamed, rows were inserted or columns moved.
 *
 * A stamp is carried twice (see docs/templates.md):
 *  1. as text in one cell of the template (its top-right cell, hidden by the number format
 *     ";;;", in a hidden column on a new sheet): "IPSTAMP1 " followed by a JSON object
 *     {"t": templateId, "v": version, "p": planTitle, "r": region?}. Cell text moves with the
 *     sheet's edits, and a reader finds it by scanning for the prefix;
 *  2. as a sheet-scoped defined name STAMP_NAME that refers to that cell, which Excel keeps
 *     pointing at it through row and column insertions.
 */
import type { Stamp, TemplateId } from "./types";
import { isTemplateId } from "./templates/registry";

export const STAMP_PREFIX = "IPSTAMP1 ";
/** Sheet-scoped defined name referring to the stamp cell. */
export const STAMP_NAME = "IP_STAMP";
/** Number format that hides a cell's content in every host. */
export const HIDDEN_FORMAT = ";;;";

export function stampText(stamp: Stamp): string {
  const o: { t: TemplateId; v: number; p: string; r?: string } = {
    t: stamp.templateId,
    v: stamp.version,
    p: stamp.planTitle,
  };
  if (stamp.region !== undefined) o.r = stamp.region;
  return STAMP_PREFIX + JSON.stringify(o);
}

/** Reads a stamp text; undefined when the text is not a (well-formed) stamp. */
export function parseStamp(text: unknown): Stamp | undefined {
  if (typeof text !== "string") return undefined;
  const s = text.trim();
  if (!s.startsWith(STAMP_PREFIX.trim())) return undefined;
  let o: unknown;
  try {
    o = JSON.parse(s.slice(STAMP_PREFIX.trim().length).trim());
  } catch {
    return undefined;
  }
  if (typeof o !== "object" || o === null) return undefined;
  const r = o as Record<string, unknown>;
  if (typeof r.t !== "string" || !isTemplateId(r.t)) return undefined;
  if (typeof r.v !== "number" || !Number.isInteger(r.v)) return undefined;
  if (typeof r.p !== "string") return undefined;
  const stamp: Stamp = { templateId: r.t, version: r.v, planTitle: r.p };
  if (typeof r.r === "string") stamp.region = r.r;
  return stamp;
}

export interface FoundStamp {
  stamp: Stamp;
  /** 0-based position of the stamp cell in the scanned grid. */
  row: number;
  col: number;
}

/**
 * Finds a stamp in a sheet's values, given as a function of (row, col) over a bounded area
 * (or as a 2D array): the first cell whose text is a stamp, scanning row by row.
 */
export function findStamp(values: readonly (readonly unknown[])[]): FoundStamp | undefined {
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "string" && v.startsWith(STAMP_PREFIX.trim())) {
        const stamp = parseStamp(v);
        if (stamp) return { stamp, row: r, col: c };
      }
    }
  }
  return undefined;
}
