/**
 * The CLI's only file access: a path (or "-" for stdin) → bytes → text. Everything after the
 * bytes is pure and shared with the pane.
 */
import { readFile, stat } from "node:fs/promises";
import { documentText } from "./docx";

/** Larger inputs are not plan documents; refusing them keeps memory bounded. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += b.length;
    if (size > MAX_DOCUMENT_BYTES)
      throw new Error(`输入超过 ${MAX_DOCUMENT_BYTES / 1048576} MB / input too large`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

/** Reads a plan document; throws Error with a one-line bilingual message when it cannot. */
export async function readDocument(path: string): Promise<string> {
  let bytes: Uint8Array;
  if (path === "-") bytes = await readStdin();
  else {
    let size: number;
    try {
      const s = await stat(path);
      if (!s.isFile()) throw new Error("not a file");
      size = s.size;
    } catch {
      throw new Error(`无法读取文件 cannot read file: ${path}`);
    }
    if (size > MAX_DOCUMENT_BYTES)
      throw new Error(`文件超过 ${MAX_DOCUMENT_BYTES / 1048576} MB / file too large: ${path}`);
    bytes = await readFile(path);
  }
  return documentText(bytes);
}
