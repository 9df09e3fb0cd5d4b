/**
 * The parts of the .xlsx package that exceljs does not carry: defined names exactly as the file
 * has them (sheet-scoped ones such as IP_STAMP, names of formulas and constants) and custom XML
 * parts (where the add-in keeps the plan). Read with JSZip beside exceljs; written by patching
 * the package exceljs produced.
 */
import JSZip from "jszip";
import { attributes, escapeXml, readColumnBreaks, unescapeXml } from "../../share/xlsxPackage";

export interface FileDefinedName {
  name: string;
  /** Formula text as the file has it, without "=" (e.g. `'季度通报'!$Z$1`). */
  formula: string;
  /** 0-based position of the sheet the name belongs to; undefined for workbook-wide names. */
  localSheetId?: number;
  hidden?: boolean;
}

export interface CustomXmlPart {
  /** The part's datastore item id ("{GUID}"), kept so Office sees the same part. */
  id?: string;
  xml: string;
}

export interface PackageExtras {
  definedNames: FileDefinedName[];
  customXmlParts: CustomXmlPart[];
  /** Each sheet's manual column page breaks (brk ids), in workbook order: exceljs does not read
   * them, and a county form relies on them to print each indicator block on its own pages. */
  colBreaks: number[][];
}

const DEFINED_NAME = /<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g;

export async function readPackageExtras(zip: JSZip): Promise<PackageExtras> {
  const definedNames: FileDefinedName[] = [];
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  if (workbook) {
    for (let m = DEFINED_NAME.exec(workbook); m; m = DEFINED_NAME.exec(workbook)) {
      const a = attributes(m[1]);
      const name = a.get("name");
      if (!name) continue;
      const local = a.get("localSheetId");
      definedNames.push({
        name,
        formula: unescapeXml(m[2]),
        localSheetId: local !== undefined ? Number(local) : undefined,
        hidden: a.get("hidden") === "1" || a.get("hidden") === "true" ? true : undefined,
      });
    }
  }
  const customXmlParts: CustomXmlPart[] = [];
  const items = zip
    .file(/^customXml\/item\d+\.xml$/)
    .sort((x, y) => x.name.localeCompare(y.name, "en", { numeric: true }));
  for (const item of items) {
    const xml = await item.async("string");
    const n = /item(\d+)\.xml$/.exec(item.name)?.[1];
    const props = await zip.file(`customXml/itemProps${n}.xml`)?.async("string");
    const id = props ? /itemID="([^"]+)"/.exec(props)?.[1] : undefined;
    customXmlParts.push({ id, xml: xml.replace(/^\uFEFF/, "") });
  }
  return { definedNames, customXmlParts, colBreaks: await readColumnBreaks(zip, workbook ?? "") };
}

function guid(): string {
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16))
      .join("")
      .toUpperCase();
  return `{${hex(8)}-${hex(4)}-4${hex(3)}-${["8", "9", "A", "B"][Math.floor(Math.random() * 4)]}${hex(3)}-${hex(12)}}`;
}

const CUSTOM_XML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const CUSTOM_XML_PROPS_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const CUSTOM_XML_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

/**
 * Replaces the workbook's defined names (keeping the print areas and titles exceljs wrote from
 * each sheet's page setup) and adds the custom XML parts.
 */
export async function writePackageExtras(
  bytes: Uint8Array,
  extras: Pick<PackageExtras, "definedNames" | "customXmlParts">,
): Promise<Uint8Array> {
  if (extras.definedNames.length === 0 && extras.customXmlParts.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  let workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const kept: string[] = [];
  workbook = workbook.replace(
    /<definedNames>([\s\S]*?)<\/definedNames>|<definedNames\/>/,
    (_all, inner?: string) => {
      for (const m of (inner ?? "").matchAll(/<definedName\b[^>]*>[\s\S]*?<\/definedName>/g)) {
        if (/name="_xlnm\./.test(m[0])) kept.push(m[0]);
      }
      return "";
    },
  );
  const ours = extras.definedNames
    .filter((n) => !n.name.startsWith("_xlnm."))
    .map((n) => {
      let attrs = ` name="${escapeXml(n.name).replace(/"/g, "&quot;")}"`;
      if (n.localSheetId !== undefined) attrs += ` localSheetId="${n.localSheetId}"`;
      if (n.hidden) attrs += ` hidden="1"`;
      return `<definedName${attrs}>${escapeXml(n.formula)}</definedName>`;
    });
  const all = [...ours, ...kept];
  if (all.length > 0) {
    // CT_Workbook order: … sheets, functionGroups?, externalReferences?, definedNames, calcPr …
    const block = `<definedNames>${all.join("")}</definedNames>`;
    const anchor = /<calcPr\b|<oleSize\b|<customWorkbookViews\b|<pivotCaches\b|<extLst\b|<\/workbook>/.exec(
      workbook,
    );
    const at = anchor ? anchor.index : workbook.length;
    workbook = workbook.slice(0, at) + block + workbook.slice(at);
  }
  zip.file("xl/workbook.xml", workbook);

  if (extras.customXmlParts.length > 0) {
    let rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
    let types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    const relIds = new Set([...rels.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
    extras.customXmlParts.forEach((part, i) => {
      const n = i + 1;
      const id = part.id ?? guid();
      zip.file(`customXml/item${n}.xml`, part.xml);
      zip.file(
        `customXml/itemProps${n}.xml`,
        `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${escapeXml(id)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
      );
      zip.file(
        `customXml/_rels/item${n}.xml.rels`,
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${CUSTOM_XML_PROPS_REL}" Target="itemProps${n}.xml"/></Relationships>`,
      );
      let rid = `rIdCx${n}`;
      while (relIds.has(rid)) rid += "x";
      relIds.add(rid);
      rels = rels.replace(
        "</Relationships>",
        `<Relationship Id="${rid}" Type="${CUSTOM_XML_REL}" Target="../customXml/item${n}.xml"/></Relationships>`,
      );
      types = types.replace(
        "</Types>",
        `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${CUSTOM_XML_PROPS_TYPE}"/></Types>`,
      );
    });
    if (!/<Default Extension="xml"/.test(types)) {
      types = types.replace("</Types>", `<Default Extension="xml" ContentType="application/xml"/></Types>`);
    }
    zip.file("xl/_rels/workbook.xml.rels", rels);
    zip.file("[Content_Types].xml", types);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
