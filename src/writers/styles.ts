/**
 * How each named style of the sheet model looks, independent of the host. Both writers (and
 * the pane's preview) read colours and fonts from here, so an inserted template and a file
 * look the same.
 */
import type { StyleName } from "../model/types";

export interface StyleSpec {
  bold?: boolean;
  size?: number;
  color?: string; // #RRGGBB
  fill?: string; // #RRGGBB
  border: boolean;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "middle";
  wrap?: boolean;
}

export const FONT_NAME = "等线";
export const BORDER_COLOR = "#A6A6A6";

export const STYLES: Record<StyleName, StyleSpec> = {
  title: { bold: true, size: 16, border: false, hAlign: "center", vAlign: "middle" },
  subtitle: { size: 10, color: "#595959", border: false, hAlign: "left", vAlign: "middle" },
  header: {
    bold: true,
    size: 10,
    fill: "#D9E1F2",
    border: true,
    hAlign: "center",
    vAlign: "middle",
    wrap: true,
  },
  label: { size: 10, border: true, vAlign: "middle", wrap: true },
  input: { size: 10, fill: "#FFF2CC", color: "#1F3864", border: true, vAlign: "middle" },
  formula: { size: 10, border: true, vAlign: "middle" },
  total: { bold: true, size: 10, fill: "#EDEDED", border: true, vAlign: "middle" },
  note: { size: 9, color: "#595959", border: false, vAlign: "top", wrap: false },
  status: { size: 10, border: true, hAlign: "center", vAlign: "middle" },
  stamp: { size: 8, color: "#FFFFFF", border: false },
};
