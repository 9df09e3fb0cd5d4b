/**
 * Consolidating returned forms: read each file on its own (a bad file is reported and skipped,
 * never stops the others), then check across files: a region twice, a region missing.
 * Host-independent: bytes in (Node or browser), a Consolidation out.
 */
import type { Plan } from "../core/plan";
import { loadXlsx, WorkbookLoadError, MAX_WORKBOOK_BYTES } from "../share/loadXlsx";
import { readForm, type RegionRow } from "./readForm";
import type { Problem } from "./problems";

export interface ReturnedFile {
  name: string;
  bytes: Uint8Array | ArrayBuffer;
  /** The file's size when its bytes were not read because it is too large (pane). */
  size?: number;
}

export type RegionStatus = "submitted" | "missing";

export interface RegionResult {
  region: string;
  status: RegionStatus;
  row?: RegionRow;
  /** Problems found for this region (in its file). */
  problems: number;
}

export interface FileResult {
  name: string;
  /** Whether any of its data was used. */
  read: boolean;
  regions: string[];
}

export interface Consolidation {
  plan: Plan;
  regions: RegionResult[];
  files: FileResult[];
  problems: Problem[];
  /** Latest as-of date (Excel serial) among the forms. */
  asOf?: number;
}

export interface ConsolidateOptions {
  maxBytes?: number;
}

export async function consolidate(
  files: ReturnedFile[],
  plan: Plan,
  opts: ConsolidateOptions = {},
): Promise<Consolidation> {
  const problems: Problem[] = [];
  const fileResults: FileResult[] = [];
  const byRegion = new Map<string, RegionRow>();
  let asOf: number | undefined;
  for (const f of files) {
    const bytes = f.bytes instanceof Uint8Array ? f.bytes : new Uint8Array(f.bytes);
    let reading;
    try {
      const max = opts.maxBytes ?? MAX_WORKBOOK_BYTES;
      if (f.size !== undefined && f.size > max) {
        const mb = (f.size / 1024 / 1024).toFixed(1);
        throw new WorkbookLoadError(
          "too-large",
          `文件过大(${mb} MB,上限 ${max / 1024 / 1024} MB)`,
          `file too large (${mb} MB, limit ${max / 1024 / 1024} MB)`,
        );
      }
      const wb = await loadXlsx(bytes, max);
      reading = readForm(wb, plan, f.name);
    } catch (e) {
      const le =
        e instanceof WorkbookLoadError
          ? e
          : new WorkbookLoadError(
              "damaged",
              `无法读取(${e instanceof Error ? e.message : String(e)})`,
              `cannot be read (${e instanceof Error ? e.message : String(e)})`,
            );
      problems.push({
        file: f.name,
        code: le.problem,
        severity: "error",
        zh: `${le.zh},已跳过`,
        en: `${le.en}; skipped`,
      });
      fileResults.push({ name: f.name, read: false, regions: [] });
      continue;
    }
    problems.push(...reading.problems);
    if (reading.asOf !== undefined) asOf = asOf === undefined ? reading.asOf : Math.max(asOf, reading.asOf);
    const used: string[] = [];
    for (const row of reading.rows) {
      const first = byRegion.get(row.region);
      if (first) {
        problems.push({
          file: f.name,
          sheet: row.sheet,
          region: row.region,
          code: "duplicate-region",
          severity: "error",
          zh: `${row.region}重复报送(已采用文件“${first.file}”),本份未采用`,
          en: `${row.region} reported twice (using '${first.file}'); this copy not used`,
        });
        continue;
      }
      byRegion.set(row.region, row);
      used.push(row.region);
    }
    fileResults.push({ name: f.name, read: used.length > 0, regions: used });
  }
  const regions: RegionResult[] = (plan.regions ?? []).map((region) => {
    const row = byRegion.get(region);
    if (!row) {
      problems.push({
        file: "—",
        region,
        code: "missing-region",
        severity: "error",
        zh: `${region}未报送`,
        en: `no form from ${region}`,
      });
      return { region, status: "missing", problems: 0 };
    }
    // Problems of its rows, and of its file as a whole (stamp, headers, units).
    const n = problems.filter(
      (p) => p.file === row.file && (p.region === region || p.region === undefined),
    ).length;
    return { region, status: "submitted", row, problems: n };
  });
  return { plan, regions, files: fileResults, problems, asOf };
}
