/**
 * Opening an .xlsx with exceljs, classifying what goes wrong so the user gets a clear reason:
 * not a workbook, password-protected (Excel encrypts into an OLE compound file), far too large,
 * or damaged. Works in Node and in the browser (ArrayBuffer in, no file system).
 */
import ExcelJS from "exceljs";
import { zipLimitProblem } from "./zipLimits";

export type LoadProblem = "not-workbook" | "encrypted" | "too-large" | "damaged";

export class WorkbookLoadError extends Error {
  constructor(
    readonly problem: LoadProblem,
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** A library's failure to read the package, as the one "damaged" answer with its first line. */
export function damagedFile(e: unknown): WorkbookLoadError {
  const why = e instanceof Error ? e.message.split("\n")[0] : String(e);
  return new WorkbookLoadError(
    "damaged",
    `文件已损坏,无法打开(${why})`,
    `file is damaged and cannot be opened (${why})`,
  );
}

/** Default size limit: returned county forms are tens of kilobytes; 50 MB is far beyond any. */
export const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

export function classifyBytes(
  bytes: Uint8Array,
  maxBytes = MAX_WORKBOOK_BYTES,
): WorkbookLoadError | undefined {
  if (bytes.length > maxBytes) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return new WorkbookLoadError(
      "too-large",
      `文件过大(${mb} MB,上限 ${maxBytes / 1024 / 1024} MB)`,
      `file too large (${mb} MB, limit ${maxBytes / 1024 / 1024} MB)`,
    );
  }
  if (startsWith(bytes, OLE)) {
    return new WorkbookLoadError(
      "encrypted",
      "文件设有打开密码(加密),或是旧版 .xls 格式,无法读取;请去掉密码并另存为 .xlsx",
      "file is password-protected (encrypted) or an old .xls: remove the password and save as .xlsx",
    );
  }
  if (!startsWith(bytes, ZIP)) {
    return new WorkbookLoadError("not-workbook", "不是 Excel 工作簿(.xlsx)", "not an Excel workbook (.xlsx)");
  }
  // Before anything is inflated: what the package declares it will inflate to.
  const zip = zipLimitProblem(bytes);
  if (zip?.kind === "too-large") {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
    return new WorkbookLoadError(
      "too-large",
      `解压后过大(${mb(zip.total)} MB,上限 ${mb(zip.limit)} MB),可能是压缩炸弹,未解压`,
      `would inflate to ${mb(zip.total)} MB (limit ${mb(zip.limit)} MB), possibly a zip bomb; not inflated`,
    );
  }
  if (zip?.kind === "too-many") {
    return new WorkbookLoadError(
      "too-large",
      `压缩包内文件过多(${zip.entries} 个,上限 ${zip.limit} 个),未解压`,
      `too many parts in the package (${zip.entries}, limit ${zip.limit}); not inflated`,
    );
  }
  if (zip?.kind === "lying" || zip?.kind === "zip64") {
    const what = zip.kind === "lying" ? `“${zip.name}”声明的大小与压缩数据不符` : "ZIP64 格式";
    const whatEn =
      zip.kind === "lying" ? `'${zip.name}' declares a size its data contradicts` : "a ZIP64 package";
    return new WorkbookLoadError("damaged", `${what},未解压`, `${whatEn}; not inflated`);
  }
  return undefined;
}

export async function loadXlsx(
  data: ArrayBuffer | Uint8Array,
  maxBytes = MAX_WORKBOOK_BYTES,
): Promise<ExcelJS.Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const problem = classifyBytes(bytes, maxBytes);
  if (problem) throw problem;
  const wb = new ExcelJS.Workbook();
  try {
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    await wb.xlsx.load(ab);
  } catch (e) {
    throw damagedFile(e);
  }
  if (wb.worksheets.length === 0) {
    throw new WorkbookLoadError("damaged", "文件中没有工作表", "the file has no worksheets");
  }
  return wb;
}
