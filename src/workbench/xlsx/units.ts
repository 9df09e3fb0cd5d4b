/**
 * Sizes: Excel stores column widths in characters of the default font's maximum digit width
 * (7 px for Calibri/等线 11) and row heights in points; Univer's snapshot holds both in screen
 * pixels at 96 DPI. The conversions are Excel's own (ECMA-376 §18.3.1.13), so a width survives
 * pixels → characters → pixels unchanged.
 */

/** Maximum digit width of the default font, in pixels. */
const MDW = 7;

export function pixelsFromWidth(chars: number): number {
  return Math.trunc(((256 * chars + Math.trunc(128 / MDW)) / 256) * MDW);
}

export function widthFromPixels(px: number): number {
  return Math.round((px / MDW) * 256) / 256;
}

export function pixelsFromPoints(pt: number): number {
  return Math.round((pt * 96) / 72);
}

export function pointsFromPixels(px: number): number {
  return Math.round(((px * 72) / 96) * 100) / 100;
}

/** Excel's defaults: columns 64 px wide (8.43 characters of text plus padding), rows 15 pt (20 px) high. */
export const DEFAULT_COLUMN_PIXELS = 64;
export const DEFAULT_ROW_POINTS = 15;
