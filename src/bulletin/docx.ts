/**
 * The bulletin as a Word document in the national format for official documents, GB/T 9704-2012:
 * A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (type area 156 × 225 mm); title in
 * 方正小标宋简体 2号; body in 仿宋_GB2312 3号, 22 lines of 28 characters (exact line pitch and a
 * character grid); first-level headings 黑体, second-level 楷体_GB2312; page numbers "— N —" in
 * 4号 宋体 7 mm below the type area, odd pages right and even pages left, one character in.
 * The official fonts are named as such, and the font table gives each one a substitute that
 * ordinary Windows machines have (仿宋, 楷体, 宋体), which Word uses when the official one is absent.
 * Tables and charts are sized to the type area's width. Runs in Node and in the browser.
 */
import {
  AlignmentType,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  DocumentGridType,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from "docx";
import JSZip from "jszip";
import type { Bulletin, IndicatorSection } from "./model";

/** Millimetres to twentieths of a point (twips). */
export const twips = (mm: number): number => Math.round((mm / 25.4) * 1440);

export const PAGE = {
  width: twips(210),
  height: twips(297),
  top: twips(37),
  bottom: twips(35),
  left: twips(28),
  right: twips(26),
  /** The type area: 156 mm × 225 mm. */
  areaWidth: twips(156),
  areaHeight: twips(225),
  /** The page number's baseline area: 7 mm below the type area, 4号 high. */
  footer: twips(35 - 7) - 280,
};

/** Font sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
export const SIZE = { er: 44, san: 32, si: 28 } as const;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** 225 mm / 22 lines = 28.95 pt per line. */
export const LINE_PITCH = Math.floor(PAGE.areaHeight / LINES_PER_PAGE);
/**
 * The character grid: w:charSpace is the extra pitch over the body font size in 1/4096 pt, so
 * that exactly 28 characters of 3号 fill the 156 mm line (16 pt each would need 158 mm).
 */
export const CHAR_SPACE = Math.floor(
  ((PAGE.areaWidth / 20 / CHARS_PER_LINE - SIZE.san / 2) * 4096) as number,
);

export const FONTS = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  h1: "黑体",
  h2: "楷体_GB2312",
  pageNumber: "宋体",
  latin: "Times New Roman",
} as const;

/** Substitutes Word takes from the font table when a font is missing (w:altName). */
export const FONT_SUBSTITUTES: Record<string, string> = {
  方正小标宋简体: "宋体",
  仿宋_GB2312: "仿宋",
  楷体_GB2312: "楷体",
};

/** The paragraph style of everything set off the character grid. */
export const OFF_GRID = "OffGrid";

export interface ChartImage {
  png: Uint8Array;
  /** Size in px at 96 dpi as it appears on the page. */
  width: number;
  height: number;
}

/** Two characters of first-line indent: in grid characters for Word, in twips for others. */
const INDENT2 = { firstLineChars: 200, firstLine: Math.round((2 * PAGE.areaWidth) / CHARS_PER_LINE) };

const font = (eastAsia: string) => ({ eastAsia, ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin });
const exact = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

/**
 * Body runs are condensed by 0.25 pt. With the grid alone, Word fits 28 characters of 3号 into
 * the 156 mm line (a pitch of 15.76 pt), but LibreOffice gives a 16 pt glyph two grid cells when
 * it is wider than one, which halves the line to 14 characters. 15.75 pt fits one cell in both.
 */
export const CONDENSE = -5;

function run(text: string, o: Partial<IRunOptions> = {}): TextRun {
  const size = o.size ?? SIZE.san;
  return new TextRun({
    text,
    font: font(FONTS.body),
    size,
    ...(size === SIZE.san ? { characterSpacing: CONDENSE } : {}),
    ...o,
  });
}

function body(text: string): Paragraph {
  return new Paragraph({
    children: [run(text)],
    alignment: AlignmentType.JUSTIFIED,
    indent: INDENT2,
    spacing: exact,
  });
}

function blank(): Paragraph {
  return new Paragraph({ children: [run("")], spacing: exact });
}

function heading1(text: string): Paragraph {
  return new Paragraph({
    children: [run(text, { font: font(FONTS.h1) })],
    indent: INDENT2,
    spacing: exact,
    keepNext: true,
  });
}

function heading2(text: string): Paragraph {
  return new Paragraph({
    children: [run(text, { font: font(FONTS.h2) })],
    indent: INDENT2,
    spacing: exact,
    keepNext: true,
  });
}

function caption(text: string): Paragraph {
  return new Paragraph({
    style: OFF_GRID,
    children: [run(text, { font: font(FONTS.h1), size: SIZE.si })],
    alignment: AlignmentType.CENTER,
    spacing: exact,
    keepNext: true,
  });
}

const TABLE_WIDTHS_MM = [28, 20, 22, 20, 26, 12, 28];

function table(s: IndicatorSection): Table {
  const widths = TABLE_WIDTHS_MM.map(twips);
  // The last column takes the rounding remainder so the table is exactly the type area's width.
  widths[widths.length - 1] += PAGE.areaWidth - widths.reduce((a, b) => a + b, 0);
  const line = { style: BorderStyle.SINGLE, size: 6, color: "000000" };
  const cell = (text: string, k: number, header: boolean) =>
    new TableCell({
      width: { size: widths[k], type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
      children: [
        new Paragraph({
          style: OFF_GRID,
          alignment: k === 0 && !header ? AlignmentType.LEFT : AlignmentType.CENTER,
          spacing: { line: 360, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
          children: [run(text, { size: SIZE.si, ...(header ? { font: font(FONTS.h1) } : {}) })],
        }),
      ],
    });
  return new Table({
    width: { size: PAGE.areaWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: s.table.header.map((h, k) => cell(h, k, true)),
      }),
      ...s.table.rows.map(
        (r) => new TableRow({ cantSplit: true, children: r.map((t, k) => cell(t, k, false)) }),
      ),
    ],
  });
}

function chart(img: ChartImage, alt: string): Paragraph {
  // An exact line pitch would clip the picture to one line: this paragraph sizes to it.
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    keepNext: true,
    children: [
      new ImageRun({
        type: "png",
        data: img.png,
        transformation: { width: img.width, height: img.height },
        altText: { name: alt, description: alt, title: alt },
      }),
    ],
  });
}

function pageNumberFooter(even: boolean): Footer {
  const oneChar = SIZE.si * 10; // one 4号 character in twips
  return new Footer({
    children: [
      new Paragraph({
        style: OFF_GRID,
        alignment: even ? AlignmentType.LEFT : AlignmentType.RIGHT,
        indent: even ? { left: oneChar } : { right: oneChar },
        spacing: { line: SIZE.si * 10, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [
          new TextRun({
            children: ["— ", PageNumber.CURRENT, " —"],
            font: { eastAsia: FONTS.pageNumber, ascii: FONTS.pageNumber, hAnsi: FONTS.pageNumber },
            size: SIZE.si,
          }),
        ],
      }),
    ],
  });
}

/** The font table: each font named in the document, with its substitute where it has one. */
export function fontTableXml(): string {
  const names = [...new Set<string>(Object.values(FONTS))];
  const entries = names.map((n) => {
    const alt = FONT_SUBSTITUTES[n];
    const latin = n === FONTS.latin;
    return (
      `<w:font w:name="${n}">` +
      (alt ? `<w:altName w:val="${alt}"/>` : "") +
      `<w:charset w:val="${latin ? "00" : "86"}"/>` +
      `<w:family w:val="${latin ? "roman" : "modern"}"/>` +
      `<w:pitch w:val="${latin ? "variable" : "fixed"}"/>` +
      `</w:font>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries.join("")}</w:fonts>`
  );
}

/** The .docx bytes. `charts[i]` is the picture of sections[i], when it has one. */
export async function bulletinDocx(
  b: Bulletin,
  charts: readonly (ChartImage | undefined)[],
): Promise<Uint8Array> {
  const zh = b.lang === "zh";
  const children: (Paragraph | Table)[] = [];
  children.push(
    new Paragraph({
      // 2号 is wider than a grid cell: off the grid, or each character would take two cells.
      style: OFF_GRID,
      alignment: AlignmentType.CENTER,
      spacing: exact,
      children: b.titleLines.map(
        (text, k) =>
          // 2号 is wider than a grid cell: off the grid, or every character would take two cells.
          new TextRun({ text, font: font(FONTS.title), size: SIZE.er, ...(k > 0 ? { break: 1 } : {}) }),
      ),
    }),
    blank(),
    new Paragraph({ children: [run(b.addressee)], spacing: exact }),
    body(b.opening),
    heading1(b.headings.overall),
    body(b.intro),
    ...b.sections.map((s) => body(s.overall)),
    heading1(b.headings.regions),
  );
  for (const s of b.sections) {
    children.push(heading2(s.heading), body(s.paragraph), caption(s.table.caption), table(s));
    if (s.table.note)
      children.push(new Paragraph({ children: [run(s.table.note, { size: SIZE.si })], spacing: exact }));
    const img = charts[s.index];
    if (s.chart && img) children.push(chart(img, s.chart.caption), caption(s.chart.caption));
  }
  // The requirements paragraph is the official's to edit: a comment says so (comments do not print).
  const editNote = zh
    ? "本段为工作要求,请根据实际修改后印发。"
    : "This paragraph states the requirements: edit it before issuing.";
  const reqChildren: ParagraphChild[] = [
    new CommentRangeStart(0),
    run(b.requirements),
    new CommentRangeEnd(0),
    new TextRun({ children: [new CommentReference(0)] }),
  ];
  children.push(
    heading1(b.headings.requirements),
    new Paragraph({
      children: reqChildren,
      alignment: AlignmentType.JUSTIFIED,
      indent: INDENT2,
      spacing: exact,
    }),
    blank(),
    blank(),
  );
  // GB/T 9704-2012 7.3.5.2 (no seal): 成文日期 four characters in from the right, the issuer
  // centred above it.
  const charTwips = Math.round(PAGE.areaWidth / CHARS_PER_LINE);
  const dateRight = 4 * charTwips;
  const len = (s: string) => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 1 : 0.5), 0);
  const issuerRight = Math.max(
    0,
    Math.round(dateRight + ((len(b.dateText) - len(b.issuer)) / 2) * charTwips),
  );
  children.push(
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: issuerRight },
      spacing: exact,
      children: [run(b.issuer)],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: dateRight },
      spacing: exact,
      children: [run(b.dateText)],
    }),
  );

  const doc = new Document({
    title: b.title,
    creator: zh ? "指标规划助手" : "Indicator Planner",
    evenAndOddHeaderAndFooters: true,
    comments: {
      children: [
        {
          id: 0,
          author: zh ? "指标规划助手" : "Indicator Planner",
          initials: "IP",
          children: [new Paragraph({ children: [new TextRun(editNote)] })],
        },
      ],
    },
    styles: {
      default: {
        document: {
          run: {
            font: font(FONTS.body),
            size: SIZE.san,
            language: { eastAsia: "zh-CN", value: zh ? "zh-CN" : "en-US" },
          },
          paragraph: { spacing: exact },
        },
      },
      // The Normal style repeats the body font and size: LibreOffice sizes the character grid
      // from Normal's font size (12 pt when Normal has none, which spreads 3号 text over two cells).
      paragraphStyles: [
        {
          id: "Normal",
          name: "Normal",
          run: { font: font(FONTS.body), size: SIZE.san },
          paragraph: { spacing: exact },
        },
        { id: OFF_GRID, name: OFF_GRID, basedOn: "Normal", paragraph: { spacing: exact } },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              header: twips(15),
              footer: PAGE.footer,
            },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
        },
        footers: { default: pageNumberFooter(false), even: pageNumberFooter(true) },
        children,
      },
    ],
  });
  const packed = await Packer.pack(doc, "uint8array", false, [
    { path: "word/fontTable.xml", data: fontTableXml() },
  ]);
  return offGridStyle(packed);
}

/**
 * The title, tables, captions and page numbers are set off the character grid (w:snapToGrid 0 in
 * their paragraph style), as 公文 templates do: their sizes differ from the body's 3号. The docx
 * library has no paragraph-level snapToGrid (LibreOffice ignores the run-level one), so the style
 * is patched: snapToGrid comes before spacing in w:pPr, and this style's pPr holds only spacing.
 */
async function offGridStyle(docx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const path = "word/styles.xml";
  const xml = await zip.file(path)!.async("string");
  const at = xml.indexOf(`w:styleId="${OFF_GRID}"`);
  const pPr = at < 0 ? -1 : xml.indexOf("<w:pPr>", at);
  if (pPr < 0) throw new Error("bulletin: the off-grid paragraph style was not written");
  const patched = `${xml.slice(0, pPr)}<w:pPr><w:snapToGrid w:val="0"/>${xml.slice(pPr + "<w:pPr>".length)}`;
  zip.file(path, patched);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
