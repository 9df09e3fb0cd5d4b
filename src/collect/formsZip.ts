/**
 * Every region's form in one .zip, for handing out all at once. The entries keep the forms' own
 * file names (formFileNames: sanitised, unique); the archive's name comes from the plan's title
 * through the same sanitiser. JSZip is imported when a zip is made, so neither the pane's
 * start-up nor the collect screen carries it until the button is pressed.
 */
import type { Lang } from "../core/errors";
import type { Plan } from "../core/plan";
import { templateInfo } from "../model/templates/registry";
import type { TemplateId } from "../model/types";
import { safeFileBase } from "./fileNames";

export interface NamedFile {
  fileName: string;
  bytes: Uint8Array;
}

/** The archive's name, e.g. "2025年专利工作_季度通报.zip". */
export function formsZipName(plan: Plan, templateId: TemplateId, lang: Lang): string {
  const kind = templateInfo(templateId).sheetName[lang];
  return `${safeFileBase(plan.title.trim() ? `${plan.title}_${kind}` : kind)}.zip`;
}

/** One zip of the given files. An .xlsx is already compressed: stored as it is, not deflated again. */
export async function zipFiles(files: readonly NamedFile[]): Promise<Uint8Array> {
  const { default: JSZip } = await import("jszip");
  const zip = new JSZip();
  for (const f of files) zip.file(f.fileName, f.bytes, { binary: true, compression: "STORE" });
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}
