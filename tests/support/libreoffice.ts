/**
 * LibreOffice as an independent spreadsheet engine for tests: a workbook is converted
 * headless (xlsx → xlsx) with a profile that forces recalculation of every formula on load,
 * then read back with exceljs so tests can compare each cell's computed value.
 *
 * One throwaway profile per test process; calls within a process are serialised because
 * one profile cannot be used by two soffice instances at once.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, basename } from "node:path";
import ExcelJS from "exceljs";

const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"].find((p) =>
  existsSync(p),
);

let profileDir: string | undefined;
let queue: Promise<unknown> = Promise.resolve();

function profile(): string {
  if (profileDir) return profileDir;
  profileDir = mkdtempSync(join(tmpdir(), "ip-lo-profile-"));
  const user = join(profileDir, "user");
  mkdirSync(user, { recursive: true });
  // OOXMLRecalcMode 0 = "always recalculate" when loading Excel 2007+ files.
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return profileDir;
}

export function libreOfficeAvailable(): boolean {
  return SOFFICE !== undefined;
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: 120_000 }, (err, _stdout, stderr) => {
      if (err) reject(new Error(`${cmd} failed: ${err.message}\n${stderr}`));
      else resolve();
    });
  });
}

/** Recalculates an .xlsx file in LibreOffice and returns the path of the recalculated copy. */
export async function recalculateFile(xlsxPath: string): Promise<string> {
  const [out] = await recalculateFiles([xlsxPath]);
  return out;
}

/** Recalculates several .xlsx files with one LibreOffice start (each start costs ~1.5 s) and
 * returns the paths of the recalculated copies, in order. Input names must differ. */
export function recalculateFiles(xlsxPaths: string[]): Promise<string[]> {
  if (!SOFFICE) {
    throw new Error(
      "LibreOffice (soffice) is not installed: run .ci/run or apt-get install libreoffice-calc-nogui",
    );
  }
  const job = queue.then(async () => {
    const outDir = mkdtempSync(join(tmpdir(), "ip-lo-out-"));
    const userInstallation = `file://${profile()}`;
    await run(SOFFICE, [
      `-env:UserInstallation=${userInstallation}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      outDir,
      ...xlsxPaths,
    ]);
    return xlsxPaths.map((p) => {
      const out = join(outDir, basename(p).replace(/\.[^.]+$/, "") + ".xlsx");
      if (!existsSync(out)) throw new Error(`LibreOffice produced no output for ${p}`);
      return out;
    });
  });
  queue = job.catch(() => undefined);
  return job;
}

/** Recalculates several workbooks (as buffers) with one LibreOffice start. */
export async function recalculateAll(
  books: (Buffer | ArrayBuffer | Uint8Array)[],
): Promise<ExcelJS.Workbook[]> {
  const dir = mkdtempSync(join(tmpdir(), "ip-lo-in-"));
  const inputs = books.map((b, i) => {
    const input = join(dir, `book${i}.xlsx`);
    writeFileSync(input, Buffer.from(b as ArrayBuffer));
    return input;
  });
  const outs = await recalculateFiles(inputs);
  const result: ExcelJS.Workbook[] = [];
  for (const out of outs) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    result.push(wb);
  }
  rmSync(dir, { recursive: true, force: true });
  return result;
}

/** Recalculates a workbook (as a buffer) and returns the recalculated workbook. */
export async function recalculate(xlsx: Buffer | ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const dir = mkdtempSync(join(tmpdir(), "ip-lo-in-"));
  const input = join(dir, "book.xlsx");
  writeFileSync(input, Buffer.from(xlsx as ArrayBuffer));
  const out = await recalculateFile(input);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
  rmSync(dir, { recursive: true, force: true });
  return wb;
}

/** The computed value of a cell after recalculation: the formula result, or the constant.
 * Error results come back as strings such as "#NUM!"; an empty-string formula result as "";
 * an empty cell as null. */
export function computed(cell: ExcelJS.Cell): string | number | boolean | null {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === "object") {
    const o = v as { result?: unknown; error?: string; richText?: { text: string }[] };
    if ("formula" in o || "sharedFormula" in o) {
      // cell.value drops falsy results (0, FALSE); the cell's model keeps them.
      const r = (o.result ?? (cell as unknown as { model?: { result?: unknown } }).model?.result) as unknown;
      // LibreOffice writes an empty string result as an empty <v/>, which exceljs reads as no result.
      if (r === undefined || r === null) return "";
      if (typeof r === "object" && r !== null && "error" in r) return (r as { error: string }).error;
      if (r instanceof Date) return r.getTime();
      return r as string | number | boolean;
    }
    if (o.error) return o.error;
    if (o.richText) return o.richText.map((t) => t.text).join("");
    if (v instanceof Date) return v.getTime();
  }
  return v as string | number | boolean;
}

/**
 * Converts a document (e.g. .docx) with LibreOffice Writer to another format (e.g. "pdf") and
 * returns the path of the result. Needs libreoffice-writer-nogui (Calc alone cannot open .docx).
 */
export async function convertDocument(path: string, format: string): Promise<string> {
  const [out] = await convertDocuments([path], format);
  return out;
}

/**
 * Converts several files with one LibreOffice start (e.g. every template to "pdf"); returns the
 * paths of the results, in order. Input base names must differ.
 */
export function convertDocuments(paths: string[], format: string): Promise<string[]> {
  if (!SOFFICE) throw new Error("LibreOffice (soffice) is not installed: run .ci/run");
  const job = queue.then(async () => {
    const outDir = mkdtempSync(join(tmpdir(), "ip-lo-doc-"));
    await run(SOFFICE, [
      `-env:UserInstallation=file://${profile()}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      format,
      "--outdir",
      outDir,
      ...paths,
    ]);
    return paths.map((path) => {
      const out = join(outDir, basename(path).replace(/\.[^.]+$/, "") + "." + format);
      if (!existsSync(out)) throw new Error(`LibreOffice produced no ${format} for ${path}`);
      return out;
    });
  });
  queue = job.catch(() => undefined);
  return job;
}
