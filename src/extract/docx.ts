/** The text of a .docx (Word) file through mammoth; paragraphs become lines. */
import mammoth from "mammoth";
import { decodeText, sniffFormat, UnreadableDocument } from "./decode";

export async function docxText(bytes: Uint8Array): Promise<string> {
  try {
    const input =
      typeof Buffer !== "undefined"
        ? { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }
        : { arrayBuffer: bytes.slice().buffer as ArrayBuffer };
    const result = await mammoth.extractRawText(input);
    return result.value;
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
