/**
 * Colours: exceljs gives ARGB hex, a theme index with a tint, or a legacy palette index;
 * Univer's styles hold "#RRGGBB". Theme colours resolve against the default Office theme, which
 * is what a workbook without a theme of its own uses.
 */

// Office 2013+ default theme in Excel's theme-index order (lt1, dk1, lt2, dk2, accent1…6, hlink, folHlink).
const THEME = [
  "FFFFFF",
  "000000",
  "E7E6E6",
  "44546A",
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "0563C1",
  "954F72",
];

// The legacy 56-colour palette (indexes 8…63); 0…7 repeat the first eight.
const INDEXED = [
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "800000",
  "008000",
  "000080",
  "808000",
  "800080",
  "008080",
  "C0C0C0",
  "808080",
  "9999FF",
  "993366",
  "FFFFCC",
  "CCFFFF",
  "660066",
  "FF8080",
  "0066CC",
  "CCCCFF",
  "000080",
  "FF00FF",
  "FFFF00",
  "00FFFF",
  "800080",
  "800000",
  "008080",
  "0000FF",
  "00CCFF",
  "CCFFFF",
  "CCFFCC",
  "FFFF99",
  "99CCFF",
  "FF99CC",
  "CC99FF",
  "FFCC99",
  "3366FF",
  "33CCCC",
  "99CC00",
  "FFCC00",
  "FF9900",
  "FF6600",
  "666699",
  "969696",
  "003366",
  "339966",
  "003300",
  "333300",
  "993300",
  "993366",
  "333399",
  "333333",
];

export interface XlsxColor {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

function tinted(hex: string, tint: number): string {
  // Excel applies tint in HSL lightness; per channel on RGB is close enough for fills and fonts.
  const ch = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const out = ch.map((c) => Math.round(tint < 0 ? c * (1 + tint) : c + (255 - c) * tint));
  return out
    .map((c) => Math.max(0, Math.min(255, c)).toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase();
}

/** "#RRGGBB" for an exceljs colour; undefined for "automatic" or anything unreadable. */
export function hexFromXlsx(color: Partial<XlsxColor> | undefined): string | undefined {
  if (!color) return undefined;
  if (typeof color.argb === "string" && /^[0-9A-Fa-f]{6,8}$/.test(color.argb)) {
    return "#" + color.argb.slice(-6).toUpperCase();
  }
  if (typeof color.theme === "number" && color.theme >= 0 && color.theme < THEME.length) {
    const base = THEME[color.theme];
    return "#" + (color.tint ? tinted(base, color.tint) : base);
  }
  if (typeof color.indexed === "number" && color.indexed >= 0 && color.indexed < INDEXED.length) {
    return "#" + INDEXED[color.indexed];
  }
  return undefined;
}

/** exceljs ARGB for a Univer colour ("#RRGGBB", "#RGB" or "rgb(r,g,b)"); undefined if unreadable. */
export function argbFromHex(color: unknown): string | undefined {
  if (typeof color !== "string" || !color) return undefined;
  const s = color.trim();
  let m = /^#?([0-9a-f]{6})$/i.exec(s);
  if (m) return "FF" + m[1].toUpperCase();
  m = /^#?([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(s);
  if (m) return ("FF" + m[1] + m[1] + m[2] + m[2] + m[3] + m[3]).toUpperCase();
  m = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)/i.exec(s);
  if (m)
    return (
      "FF" +
      [m[1], m[2], m[3]]
        .map((x) => Number(x).toString(16).padStart(2, "0"))
        .join("")
        .toUpperCase()
    );
  return undefined;
}
