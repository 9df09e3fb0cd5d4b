/**
 * Just enough of the .xlsx package (a zip of SpreadsheetML parts) to read formula cells and
 * rewrite individual <c> elements in place. Everything the share does not change — styles,
 * names (sheet-scoped ones too), validations, conditional formats, charts, images, pivot
 * tables — stays byte for byte as it was, which a load-and-save through a workbook library
 * cannot promise.
 */
import JSZip from "jszip";

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Attributes of a start tag's attribute text, names with their prefix ("r:id"). */
export function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.set(m[1], unescapeXml(m[3] ?? m[4] ?? ""));
  return out;
}

export function attributeText(attrs: Map<string, string>): string {
  let s = "";
  for (const [k, v] of attrs) s += ` ${k}="${escapeXml(v).replace(/"/g, "&quot;")}"`;
  return s;
}

export interface XmlCell {
  /** Offsets of the whole <c …>…</c> element in the sheet XML. */
  start: number;
  end: number;
  ref: string;
  attrs: Map<string, string>;
  /** The <f> element's attributes and text, when present. */
  f?: { attrs: Map<string, string>; text: string };
  /** Raw <v> text (unescaped). */
  v?: string;
  /** Inline string text. */
  is?: string;
}

export interface SheetPart {
  name: string;
  path: string;
  xml: string;
  cells: XmlCell[];
}

export class UnsupportedPackage extends Error {}

const CELL_RE = /<c(?=[\s>/])([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

function innerText(xml: string): string {
  // Rich text: the concatenation of every <t> run.
  let out = "";
  const re = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out += unescapeXml(m[1]);
  return out;
}

export function parseCells(xml: string): XmlCell[] {
  // Some generators write prefixed elements (<x:c>); the patcher reads the default namespace only.
  if (/<[A-Za-z][\w.-]*:sheetData[\s>/]/.test(xml))
    throw new UnsupportedPackage("prefixed SpreadsheetML elements");
  const open = xml.indexOf("<sheetData");
  if (open < 0) return [];
  const close = xml.indexOf("</sheetData>", open);
  const from = xml.indexOf(">", open) + 1;
  if (close < 0) return []; // <sheetData/>: an empty sheet
  const cells: XmlCell[] = [];
  CELL_RE.lastIndex = from;
  for (let m = CELL_RE.exec(xml); m && m.index < close; m = CELL_RE.exec(xml)) {
    const attrs = attributes(m[1]);
    const ref = attrs.get("r");
    if (!ref) throw new UnsupportedPackage("a cell without its r attribute");
    const inner = m[2] ?? "";
    const cell: XmlCell = { start: m.index, end: m.index + m[0].length, ref, attrs };
    const f = /<f(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner);
    if (f) cell.f = { attrs: attributes(f[1] ?? ""), text: unescapeXml(f[2] ?? "") };
    const v = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>/.exec(inner);
    if (v) cell.v = unescapeXml(v[1]);
    const is = /<is>([\s\S]*?)<\/is>/.exec(inner);
    if (is) cell.is = innerText(is[1]);
    cells.push(cell);
  }
  return cells;
}

export interface WorkbookPackage {
  zip: JSZip;
  workbookXml: string;
  sheets: SheetPart[];
  sharedStrings: string[];
  /** Defined names: name → refers-to text. */
  names: Record<string, string>;
}

function resolveTarget(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = `xl/${target}`.split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== ".") out.push(p);
  }
  return out.join("/");
}

/** Each `<sheet>` of workbook.xml, in order: its attributes and the package path of its part
 * (undefined when the relationship is missing). */
export async function sheetEntries(
  zip: JSZip,
  workbookXml: string,
): Promise<{ attrs: Map<string, string>; path?: string }[]> {
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const a = attributes(m[1]);
    if (a.get("Id") && a.get("Target")) targets.set(a.get("Id")!, a.get("Target")!);
  }
  return [...workbookXml.matchAll(/<sheet\b([^>]*)\/?>/g)].map((m) => {
    const attrs = attributes(m[1]);
    const id = attrs.get("r:id") ?? [...attrs.entries()].find(([k]) => k.endsWith(":id"))?.[1];
    const target = id ? targets.get(id) : undefined;
    return { attrs, path: target ? resolveTarget(target) : undefined };
  });
}

/**
 * Each sheet's manual column page breaks (brk ids), in workbook order. exceljs neither reads nor
 * writes them, and a county form relies on them to print each indicator block on its own pages.
 */
export async function readColumnBreaks(zip: JSZip, workbookXml: string): Promise<number[][]> {
  const out: number[][] = [];
  for (const { path } of await sheetEntries(zip, workbookXml)) {
    const xml = path ? await zip.file(path)?.async("string") : undefined;
    // Prefixed (x:colBreaks) as some writers produce it, as well as plain.
    const block = xml ? /<(?:\w+:)?colBreaks\b[^>]*>([\s\S]*?)<\/(?:\w+:)?colBreaks>/.exec(xml) : null;
    const ids = block
      ? [...block[1].matchAll(/<(?:\w+:)?brk\b([^>]*)>/g)].map((b) => Number(attributes(b[1]).get("id")))
      : [];
    out.push(ids.filter((n) => Number.isInteger(n) && n > 0));
  }
  return out;
}

export async function openPackage(bytes: Uint8Array): Promise<WorkbookPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const wbFile = zip.file("xl/workbook.xml");
  if (!wbFile || !zip.file("xl/_rels/workbook.xml.rels")) throw new UnsupportedPackage("no xl/workbook.xml");
  const workbookXml = await wbFile.async("string");
  const sheets: SheetPart[] = [];
  for (const { attrs: a, path } of await sheetEntries(zip, workbookXml)) {
    if (!path) continue;
    const file = zip.file(path);
    if (!file) continue; // chart sheets and the like have no cells
    const xml = await file.async("string");
    if (!xml.includes("<worksheet")) continue;
    sheets.push({ name: a.get("name") ?? path, path, xml, cells: parseCells(xml) });
  }
  const sharedStrings: string[] = [];
  const ss = zip.file("xl/sharedStrings.xml");
  if (ss) {
    const xml = await ss.async("string");
    for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>/g)) sharedStrings.push(innerText(m[1]));
  }
  const names: Record<string, string> = {};
  for (const m of workbookXml.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
    const a = attributes(m[1]);
    if (a.get("name")) names[a.get("name")!] = unescapeXml(m[2]);
  }
  return { zip, workbookXml, sheets, sharedStrings, names };
}
