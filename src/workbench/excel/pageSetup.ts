/**
 * Excel.PageLayout properties ↔ the converter's SheetPrint (exceljs pageSetup fields), so a
 * print setup written through the API goes into the saved .xlsx and one read from a file reads
 * back through the API. Univer itself has no print model; the workbench prints from this.
 */
import type { SheetPrint } from "./session";

const PAPER: Record<string, number> = { Letter: 1, Legal: 5, A3: 8, A4: 9, A5: 11, B4: 12, B5: 13 };
const ORDER: Record<string, string> = { DownThenOver: "downThenOver", OverThenDown: "overThenDown" };
const COMMENTS: Record<string, string> = { NoComments: "None", EndSheet: "atEnd", InPlace: "asDisplayed" };
const ERRORS: Record<string, string> = {
  AsDisplayed: "displayed",
  Blank: "blank",
  Dash: "dash",
  NotAvailable: "NA",
};
const MARGINS: Record<string, string> = {
  leftMargin: "left",
  rightMargin: "right",
  topMargin: "top",
  bottomMargin: "bottom",
  headerMargin: "header",
  footerMargin: "footer",
};
const FLAGS: Record<string, string> = {
  centerHorizontally: "horizontalCentered",
  centerVertically: "verticalCentered",
  printGridlines: "showGridLines",
  printHeadings: "showRowColHeaders",
  blackAndWhite: "blackAndWhite",
  draftMode: "draft",
  firstPageNumber: "firstPageNumber",
};

function invert(map: Record<string, string | number>, v: unknown): string | null {
  const hit = Object.entries(map).find(([, x]) => x === v);
  return hit ? hit[0] : null;
}

/** "$3:$4" or a Range's local address → "3:4" / "A:B" / "A1:G20" as exceljs takes it. */
function plainAddress(v: unknown): string {
  return String(v).replace(/^.*!/, "").replace(/\$/g, "");
}

/** Office.js header/footer properties → the file's &L/&C/&R section of oddHeader/oddFooter. */
const HEADER_FOOTER: Record<string, [string, "L" | "C" | "R"]> = {
  leftHeader: ["oddHeader", "L"],
  centerHeader: ["oddHeader", "C"],
  rightHeader: ["oddHeader", "R"],
  leftFooter: ["oddFooter", "L"],
  centerFooter: ["oddFooter", "C"],
  rightFooter: ["oddFooter", "R"],
};

/** Splits a header or footer string into its left, centre and right sections ("&&" is a
 * literal ampersand, so it never starts a section). */
function hfSections(text: string): Record<"L" | "C" | "R", string> {
  const out = { L: "", C: "", R: "" };
  let at: "L" | "C" | "R" = "C";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const next = text[i + 1];
    if (ch === "&" && next === "&") {
      out[at] += "&&";
      i++;
    } else if (ch === "&" && (next === "L" || next === "C" || next === "R")) {
      at = next;
      i++;
    } else out[at] += ch;
  }
  return out;
}

function hfText(sections: Record<"L" | "C" | "R", string>): string {
  return (["L", "C", "R"] as const).map((k) => (sections[k] ? `&${k}${sections[k]}` : "")).join("");
}

/** Applies one PageLayout property write to a SheetPrint (returns the new one). */
export function writePrint(print: SheetPrint, prop: string, value: unknown): SheetPrint {
  const out: SheetPrint = { ...print };
  if (prop === "orientation") out.orientation = value === "Landscape" ? "landscape" : "portrait";
  else if (prop === "paperSize") out.paperSize = PAPER[String(value)] ?? out.paperSize;
  else if (prop in FLAGS) out[FLAGS[prop]] = value;
  else if (prop === "printOrder") out.pageOrder = ORDER[String(value)];
  else if (prop === "printComments") out.cellComments = COMMENTS[String(value)];
  else if (prop === "printErrors") out.errors = ERRORS[String(value)];
  else if (prop in MARGINS) {
    // Office.js margins are in points, the file's in inches.
    out.margins = { ...((out.margins as object) ?? {}), [MARGINS[prop]]: Number(value) / 72 };
  } else if (prop === "zoom") {
    const z = (value ?? {}) as { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
    if (z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined) {
      out.fitToPage = true;
      out.fitToWidth = z.horizontalFitToPages ?? 0;
      out.fitToHeight = z.verticalFitToPages ?? 0;
      delete out.scale;
    } else if (z.scale !== undefined) {
      out.fitToPage = false;
      out.scale = z.scale;
    }
  } else if (prop === "printTitleRows") out.printTitlesRow = plainAddress(value);
  else if (prop === "printTitleColumns") out.printTitlesColumn = plainAddress(value);
  else if (prop === "printArea") out.printArea = plainAddress(value);
  else if (prop in HEADER_FOOTER) {
    const [key, section] = HEADER_FOOTER[prop];
    const sections = hfSections(typeof out[key] === "string" ? (out[key] as string) : "");
    sections[section] = String(value ?? "");
    out[key] = hfText(sections);
  } else if (prop === "colBreak") {
    const cols = Array.isArray(out.colBreaks) ? (out.colBreaks as number[]) : [];
    if (!cols.includes(Number(value))) out.colBreaks = [...cols, Number(value)].sort((a, b) => a - b);
  }
  return out;
}

/** One PageLayout property as Office.js reports it, from a SheetPrint. */
export function readPrint(print: SheetPrint, prop: string): unknown {
  if (prop === "orientation") return print.orientation === "landscape" ? "Landscape" : "Portrait";
  if (prop === "paperSize")
    return invert(PAPER, print.paperSize) ?? (print.paperSize === undefined ? "Letter" : null);
  if (prop in FLAGS) return print[FLAGS[prop]] ?? (prop === "firstPageNumber" ? "" : false);
  if (prop === "printOrder") return invert(ORDER, print.pageOrder) ?? "DownThenOver";
  if (prop === "printComments") return invert(COMMENTS, print.cellComments) ?? "NoComments";
  if (prop === "printErrors") return invert(ERRORS, print.errors) ?? "AsDisplayed";
  if (prop in MARGINS) {
    const inches = (print.margins as Record<string, number> | undefined)?.[MARGINS[prop]];
    return inches === undefined ? null : Math.round(inches * 72 * 100) / 100;
  }
  if (prop === "zoom") {
    if (print.fitToPage) {
      return { horizontalFitToPages: print.fitToWidth ?? 1, verticalFitToPages: print.fitToHeight ?? 1 };
    }
    return { scale: print.scale ?? 100 };
  }
  if (prop === "printTitleRows") return print.printTitlesRow ?? null;
  if (prop === "printTitleColumns") return print.printTitlesColumn ?? null;
  if (prop === "printArea") return print.printArea ?? null;
  if (prop in HEADER_FOOTER) {
    const [key, section] = HEADER_FOOTER[prop];
    return hfSections(typeof print[key] === "string" ? (print[key] as string) : "")[section];
  }
  return undefined;
}

export const HEADER_FOOTER_PROPS = Object.keys(HEADER_FOOTER);

export const PAGE_PROPS = [
  "orientation",
  "paperSize",
  "centerHorizontally",
  "centerVertically",
  "zoom",
  "printGridlines",
  "printHeadings",
  "printComments",
  "printErrors",
  "printOrder",
  "blackAndWhite",
  "draftMode",
  "firstPageNumber",
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
] as const;
