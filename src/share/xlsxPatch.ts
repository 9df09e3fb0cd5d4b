/**
 * "Prepare for sharing" on the .xlsx package itself: snapshot the formula cells from the sheet
 * XML, let planShare decide, and rewrite only the <c> elements that change (plus the cells a
 * spilled SERIES now fills, and the followers of a rewritten shared formula, which get their
 * own explicit formula). The calculation chain is dropped (Excel rebuilds it) and the workbook
 * is marked for a full recalculation on opening.
 */
import type { CellValue } from "../model/types";
import {
  nameResolver,
  planShare,
  type BookSnapshot,
  type CellChange,
  type RuleChange,
  type SheetSnapshot,
  type SnapshotCell,
  type ShareReport,
} from "./planShare";
import { address, parseArea, parseCell } from "./references";
import { shiftFormula } from "./shiftFormula";
import { hasPlanCall, rewriteFormula, type RewriteContext } from "./rewriteFormula";
import {
  attributeText,
  attributes,
  escapeXml,
  openPackage,
  parseCells,
  unescapeXml,
  type SheetPart,
  type WorkbookPackage,
  type XmlCell,
} from "./xlsxPackage";

interface SheetIndex {
  part: SheetPart;
  byRef: Map<string, XmlCell>;
  /** Formula text of every formula cell (shared followers expanded). */
  formulas: Map<string, string>;
  /** Members of each shared-formula group, by si. */
  groups: Map<string, XmlCell[]>;
}

function valueOf(cell: XmlCell, strings: string[]): CellValue {
  const t = cell.attrs.get("t") ?? "n";
  if (t === "inlineStr") return cell.is ?? "";
  if (cell.v === undefined) return null;
  if (t === "s") return strings[Number(cell.v)] ?? "";
  if (t === "str" || t === "e" || t === "d") return cell.v;
  if (t === "b") return cell.v === "1";
  const n = Number(cell.v);
  return Number.isFinite(n) ? n : cell.v;
}

function indexSheet(part: SheetPart): SheetIndex {
  const byRef = new Map<string, XmlCell>();
  const masters = new Map<string, XmlCell>();
  const groups = new Map<string, XmlCell[]>();
  for (const c of part.cells) {
    byRef.set(c.ref, c);
    const si = c.f?.attrs.get("si");
    if (c.f?.attrs.get("t") === "shared" && si !== undefined) {
      groups.set(si, [...(groups.get(si) ?? []), c]);
      if (c.f.text !== "") masters.set(si, c);
    }
  }
  const formulas = new Map<string, string>();
  for (const c of part.cells) {
    if (!c.f) continue;
    if (c.f.text !== "") formulas.set(c.ref, c.f.text);
    else if (c.f.attrs.get("t") === "shared") {
      const m = masters.get(c.f.attrs.get("si") ?? "");
      const a = parseCell(c.ref);
      const b = m && parseCell(m.ref);
      if (m && a && b) formulas.set(c.ref, shiftFormula(m.f!.text, a.row - b.row, a.col - b.col));
    }
  }
  return { part, byRef, formulas, groups };
}

function snapshot(pkg: WorkbookPackage, index: SheetIndex[]): BookSnapshot {
  const sheets: SheetSnapshot[] = index.map((ix) => {
    const at = (c: XmlCell): SnapshotCell => {
      const p = parseCell(c.ref)!;
      const sc: SnapshotCell = { row: p.row, col: p.col, value: valueOf(c, pkg.sharedStrings) };
      const f = ix.formulas.get(c.ref);
      if (f !== undefined) sc.formula = f;
      const ref = c.f?.attrs.get("t") === "array" ? c.f.attrs.get("ref") : undefined;
      const area = ref ? parseArea(ref) : undefined;
      if (area) sc.spill = { rows: area.bottom - area.top + 1, cols: area.right - area.left + 1 };
      return sc;
    };
    return {
      name: ix.part.name,
      formulas: ix.part.cells.filter((c) => ix.formulas.has(c.ref)).map(at),
      cellAt(row, col) {
        const c = ix.byRef.get(address(row, col));
        return c && (c.v !== undefined || c.is !== undefined || ix.formulas.has(c.ref)) ? at(c) : undefined;
      },
    };
  });
  return { sheets, names: pkg.names };
}

/** The <c> element for a cell with a formula, keeping its style and its cached value. */
function formulaCell(ref: string, old: XmlCell | undefined, formula: string, strings: string[]): string {
  const attrs = new Map(old?.attrs ?? []);
  attrs.set("r", ref);
  attrs.delete("cm"); // dynamic-array metadata belongs to the old spilled formula
  const t = attrs.get("t");
  let v = "";
  if (old && (old.v !== undefined || old.is !== undefined)) {
    if (t === "s" || t === "inlineStr") {
      attrs.set("t", "str");
      v = `<v>${escapeXml(String(valueOf(old, strings)))}</v>`;
    } else v = `<v>${escapeXml(old.v ?? "")}</v>`;
  } else attrs.delete("t");
  return `<c${attributeText(attrs)}><f>${escapeXml(formula)}</f>${v}</c>`;
}

/** The <c> element for a cell that keeps its last value instead of its formula. */
function valueCell(old: XmlCell, strings: string[]): string {
  const attrs = new Map(old.attrs);
  attrs.delete("cm");
  const t = attrs.get("t");
  if (t === "str" || t === "inlineStr" || t === "s") {
    attrs.set("t", "inlineStr");
    return `<c${attributeText(attrs)}><is><t xml:space="preserve">${escapeXml(String(valueOf(old, strings)))}</t></is></c>`;
  }
  return `<c${attributeText(attrs)}><v>${escapeXml(old.v ?? "")}</v></c>`;
}

/** The sheet index over a new text of the same sheet (cell offsets recomputed). */
function reindex(ix: SheetIndex, xml: string): Pick<SheetIndex, "part" | "byRef" | "groups"> {
  if (xml === ix.part.xml) return ix;
  const fresh = indexSheet({ ...ix.part, xml, cells: parseCells(xml) });
  return { part: fresh.part, byRef: fresh.byRef, groups: fresh.groups };
}

interface Edit {
  start: number;
  end: number;
  text: string;
  /** Column, for ordering cells inserted at the same place. */
  col: number;
}

function rowElements(
  xml: string,
): { r: number; start: number; end: number; selfClosing: boolean; open: string }[] {
  const out = [];
  const re = /<row\b([^>]*?)(\/>|>)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const r = Number(attributes(m[1]).get("r"));
    if (m[2] === "/>")
      out.push({ r, start: m.index, end: m.index + m[0].length, selfClosing: true, open: m[1] });
    else {
      const close = xml.indexOf("</row>", m.index);
      out.push({ r, start: m.index, end: close + 6, selfClosing: false, open: m[1] });
    }
  }
  return out;
}

function patchSheet(ix: SheetIndex, changes: CellChange[], strings: string[]): string {
  const xml = ix.part.xml;
  const edits: Edit[] = [];
  const changed = new Map(changes.map((c) => [c.address, c]));
  // Followers (and master) of a shared formula any member of which changes get explicit formulas.
  for (const members of ix.groups.values()) {
    if (!members.some((m) => changed.has(m.ref))) continue;
    for (const m of members) {
      if (changed.has(m.ref)) continue;
      const p = parseCell(m.ref)!;
      edits.push({
        start: m.start,
        end: m.end,
        text: formulaCell(m.ref, m, ix.formulas.get(m.ref)!, strings),
        col: p.col,
      });
    }
  }
  const missing: { row: number; col: number; text: string }[] = [];
  for (const c of changes) {
    const old = ix.byRef.get(c.address);
    const text =
      c.kind === "value" ? valueCell(old!, strings) : formulaCell(c.address, old, c.formula!, strings);
    if (old) edits.push({ start: old.start, end: old.end, text, col: c.col });
    else missing.push({ row: c.row + 1, col: c.col, text });
  }
  if (missing.length) {
    const rows = rowElements(xml);
    const cellsOfRow = new Map<number, XmlCell[]>();
    for (const cell of ix.part.cells) {
      const r = parseCell(cell.ref)!.row + 1;
      cellsOfRow.set(r, [...(cellsOfRow.get(r) ?? []), cell]);
    }
    const newRows = new Map<number, { row: number; col: number; text: string }[]>();
    for (const m of missing) {
      const row = rows.find((r) => r.r === m.row);
      if (!row) {
        newRows.set(m.row, [...(newRows.get(m.row) ?? []), m]);
        continue;
      }
      if (row.selfClosing) {
        newRows.set(m.row, [...(newRows.get(m.row) ?? []), m]);
        continue;
      }
      const after = (cellsOfRow.get(m.row) ?? []).find((c) => parseCell(c.ref)!.col > m.col);
      const at = after ? after.start : row.end - "</row>".length;
      edits.push({ start: at, end: at, text: m.text, col: m.col });
    }
    const sheetDataEnd = xml.indexOf("</sheetData>");
    for (const [r, cells] of newRows) {
      const body = cells
        .sort((a, b) => a.col - b.col)
        .map((c) => c.text)
        .join("");
      const existing = rows.find((x) => x.r === r);
      if (existing) {
        // <row r="5" …/> becomes <row r="5" …>cells</row>
        edits.push({
          start: existing.start,
          end: existing.end,
          text: `<row${existing.open}>${body}</row>`,
          col: -1,
        });
        continue;
      }
      const next = rows.find((x) => x.r > r);
      if (sheetDataEnd >= 0) {
        const at = next ? next.start : sheetDataEnd;
        edits.push({ start: at, end: at, text: `<row r="${r}">${body}</row>`, col: r });
      } else {
        const empty = xml.indexOf("<sheetData/>");
        edits.push({
          start: empty,
          end: empty + 12,
          text: `<sheetData><row r="${r}">${body}</row></sheetData>`,
          col: r,
        });
      }
    }
  }
  // Apply from the end so offsets stay valid; at one offset, replacements first, then inserts
  // in descending column order (each insert lands before the previous one).
  edits.sort((a, b) => b.start - a.start || b.end - b.start - (a.end - a.start) || b.col - a.col);
  let out = xml;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

function markFullCalc(workbookXml: string): string {
  const calc = /<calcPr\b([^>]*?)\/?>/.exec(workbookXml);
  if (calc) {
    const a = attributes(calc[1]);
    a.set("fullCalcOnLoad", "1");
    const closed = calc[0].endsWith("/>");
    return (
      workbookXml.slice(0, calc.index) +
      `<calcPr${attributeText(a)}${closed ? "/>" : ">"}` +
      workbookXml.slice(calc.index + calc[0].length)
    );
  }
  const after = workbookXml.includes("</definedNames>") ? "</definedNames>" : "</sheets>";
  const i = workbookXml.indexOf(after) + after.length;
  return `${workbookXml.slice(0, i)}<calcPr fullCalcOnLoad="1"/>${workbookXml.slice(i)}`;
}

async function dropCalcChain(pkg: WorkbookPackage): Promise<void> {
  if (!pkg.zip.file("xl/calcChain.xml")) return;
  pkg.zip.remove("xl/calcChain.xml");
  const relsPath = "xl/_rels/workbook.xml.rels";
  const rels = await pkg.zip.file(relsPath)!.async("string");
  pkg.zip.file(relsPath, rels.replace(/<Relationship\b[^>]*Target="[^"]*calcChain\.xml"[^>]*\/>/g, ""));
  const ct = pkg.zip.file("[Content_Types].xml");
  if (ct) {
    const xml = await ct.async("string");
    pkg.zip.file(
      "[Content_Types].xml",
      xml.replace(/<Override\b[^>]*PartName="\/xl\/calcChain\.xml"[^>]*\/>/g, ""),
    );
  }
}

const NO_SPILL_IN_RULE = {
  code: "nested-series" as const,
  zh: "名称或规则中的 PLAN.SERIES 无法逐格展开,原样保留",
  en: "PLAN.SERIES in a name or rule cannot be spilled per cell: left as it was",
};

/** Rewrites the PLAN calls in the text of the given XML elements, outside sheetData. */
function rewriteRules(
  xml: string,
  element: RegExp,
  place: RuleChange["place"] | ((tag: string) => RuleChange["place"]),
  where: (attrs: string) => string,
  ctx: RewriteContext,
  out: RuleChange[],
): string {
  const dataStart = xml.indexOf("<sheetData");
  const dataEnd = xml.indexOf("</sheetData>");
  return xml.replace(element, (whole: string, tag: string, attrs: string, text: string, offset: number) => {
    if (dataStart >= 0 && dataEnd >= 0 && offset > dataStart && offset < dataEnd) return whole;
    const before = unescapeXml(text);
    if (!hasPlanCall(before)) return whole;
    const p = typeof place === "function" ? place(tag) : place;
    const rw = rewriteFormula(before, ctx);
    if (rw.kind === "native") {
      out.push({ place: p, where: where(attrs), before, after: rw.formula });
      return `<${tag}${attrs}>${escapeXml(rw.formula)}</${tag}>`;
    }
    if (rw.kind !== "unchanged") {
      out.push({
        place: p,
        where: where(attrs),
        before,
        reason: rw.kind === "keep" ? rw.reason : NO_SPILL_IN_RULE,
      });
    }
    return whole;
  });
}

/** Shares a workbook package. Throws UnsupportedPackage for layouts it does not handle. */
export async function sharePackage(bytes: Uint8Array): Promise<{ output: Uint8Array; report: ShareReport }> {
  const pkg = await openPackage(bytes);
  const index = pkg.sheets.map(indexSheet);
  const book = snapshot(pkg, index);
  const report = planShare(book);
  const ctx = nameResolver(book.names);
  const rules: RuleChange[] = [];
  const workbookXml = rewriteRules(
    pkg.workbookXml,
    /<(definedName)(\s[^>]*)>([\s\S]*?)<\/definedName>/g,
    "name",
    (attrs) => attributes(attrs).get("name") ?? "",
    ctx,
    rules,
  );
  const sheetXml = index.map((ix) =>
    rewriteRules(
      ix.part.xml,
      /<(formula|formula1|formula2)(\s[^>]*|)>([\s\S]*?)<\/(?:formula|formula1|formula2)>/g,
      (tag: string) => (tag === "formula" ? "conditional-format" : "validation"),
      () => ix.part.name,
      ctx,
      rules,
    ),
  );
  if (rules.length) report.rules = rules;
  if (!rules.some((r) => r.after !== undefined) && report.changes.length === 0)
    return { output: bytes.slice(), report };
  index.forEach((ix, i) => {
    const changes = report.changes.filter((c) => c.sheet === ix.part.name);
    if (changes.length === 0 && sheetXml[i] === ix.part.xml) return;
    // Rule rewrites lie outside sheetData, cell patches inside it: apply the cells on the
    // rule-rewritten text, whose sheetData offsets are shifted by the edits before it.
    const patched = changes.length
      ? patchSheet({ ...ix, ...reindex(ix, sheetXml[i]) }, changes, pkg.sharedStrings)
      : sheetXml[i];
    pkg.zip.file(ix.part.path, patched);
  });
  pkg.zip.file("xl/workbook.xml", markFullCalc(workbookXml));
  await dropCalcChain(pkg);
  const output = await pkg.zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { output, report };
}
