/**
 * Bytes → text for plan documents: UTF-8 (with or without BOM), UTF-16 with BOM, and the
 * GB18030/GBK files that Chinese office PCs still save. Binary files are refused with a reason.
 * Pure (TextDecoder exists in Node and in browsers), so the pane and the CLI share it.
 */

export type DocumentFormat = "text" | "docx";

/** A reason the bytes are not a readable plan document, in Chinese and English. */
export class UnreadableDocument extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
  }
}

function startsWith(b: Uint8Array, sig: number[]): boolean {
  return sig.every((x, k) => b[k] === x);
}

/** What the bytes are: a .docx (zip) or text; throws UnreadableDocument for other binaries. */
export function sniffFormat(bytes: Uint8Array): DocumentFormat {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "docx";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
    throw new UnreadableDocument(
      "不支持 PDF,请复制其中文字或另存为 .docx",
      "PDF is not supported: paste its text or save as .docx",
    );
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    throw new UnreadableDocument(
      "不支持旧版 .doc,请另存为 .docx",
      "old .doc files are not supported: save as .docx",
    );
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return "text";
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) throw new UnreadableDocument("不是文本文件(二进制内容)", "not a text file (binary content)");
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (n > 0 && control / n > 0.05)
    throw new UnreadableDocument("不是文本文件(二进制内容)", "not a text file (binary content)");
  return "text";
}

/** Decodes text bytes: BOM first, then strict UTF-8, then GB18030 (a superset of GBK). */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}
