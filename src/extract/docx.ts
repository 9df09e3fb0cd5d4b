/**
 * The text of a .docx (Word) file through mammoth: paragraphs become lines and table rows
 * become tab-separated lines, so indicator tables (专栏) read like pasted ones.
 */
import mammoth from "mammoth";
import { decodeText, sniffFormat, UnreadableDocument } from "./decode";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

function inline(html: string): string {
  return decodeEntities(html.replace(/<\/p>|<br\s*\/?>/gi, " ").replace(/<[^>]*>/g, ""))
    .replace(/\s+/g, " ")
    .trim();
}

/** mammoth's HTML → lines; each table row becomes one line of tab-separated cells. */
export function htmlToText(html: string): string {
  const withTables = html.replace(/<table\b[^>]*>([\s\S]*?)<\/table>/gi, (_t, body: string) => {
    const rows: string[] = [];
    body.replace(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi, (_r, row: string) => {
      const cells: string[] = [];
      row.replace(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi, (_c, cell: string) => {
        cells.push(inline(cell));
        return "";
      });
      rows.push(cells.join("\t"));
      return "";
    });
    return `\n${rows.join("\n")}\n`;
  });
  return decodeEntities(withTables.replace(/<\/(?:p|h[1-6]|li)>|<br\s*\/?>/gi, "\n").replace(/<[^>]*>/g, ""));
}

export async function docxText(bytes: Uint8Array): Promise<string> {
  try {
    const input =
      typeof Buffer !== "undefined"
        ? { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }
        : { arrayBuffer: bytes.slice().buffer as ArrayBuffer };
    const result = await mammoth.convertToHtml(input);
    return htmlToText(result.value);
  } catch {
    throw new UnreadableDocument(
      "无法读取 .docx 文件(文件已损坏或不是 Word 文档)",
      "cannot read the .docx file (damaged or not a Word document)",
    );
  }
}

/** Text of any supported document given as bytes (.txt in UTF-8/GB18030, .docx). */
export async function documentText(bytes: Uint8Array): Promise<string> {
  return sniffFormat(bytes) === "docx" ? docxText(bytes) : decodeText(bytes);
}
