/**
 * Consolidating returned forms: read each file on its own (a bad file is reported and skipped,
 * never stops the others), then check across files: a region twice, a region missing.
 * Host-independent: bytes in (Node or browser), a Consolidation out.
 */
import type { Plan } from "../core/plan";
import { loadXlsx, WorkbookLoadError, MAX_WORKBOOK_BYTES } from "../share/loadXlsx";
import { readForm, type RegionRow } from "./readForm";
import type { Problem, ProblemCode } from "./problems";

export interface ReturnedFile {
  name: string;
  bytes: Uint8Array | ArrayBuffer;
  /** The file's size when its bytes were not read because it is too large (pane). */
  size?: number;
  /** Why the caller did not read it (not a regular file, a dangling link, a zip bomb): reported. */
  refused?: { code: ProblemCode; zh: string; en: string };
}

/** rejected: a form from the region arrived but none of it could be used (see `reason`). */
export type RegionStatus = "submitted" | "missing" | "rejected";

export interface RegionResult {
  region: string;
  status: RegionStatus;
  row?: RegionRow;
  /** Why a received form was not used (status "rejected"): its first error, and the file. */
  reason?: { code: ProblemCode; zh: string; en: string; file: string };
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
  // Region of each file that came back, from its stamp or else its name: a form that arrived
  // but could not be used is "rejected, because…", never "missing".
  const fileRegion = new Map<string, string>();
  const rejected = new Map<string, NonNullable<RegionResult["reason"]>>();
  const reject = (file: string, region: string | undefined, from: Problem[]) => {
    if (region === undefined || rejected.has(region)) return;
    const why = from.find((p) => p.file === file && p.severity === "error");
    rejected.set(region, {
      code: why?.code ?? "damaged",
      zh: why?.zh ?? "未能读取",
      en: why?.en ?? "could not be read",
      file,
    });
  };
  let asOf: number | undefined;
  for (const f of files) {
    const bytes = f.bytes instanceof Uint8Array ? f.bytes : new Uint8Array(f.bytes);
    if (f.refused) {
      problems.push({
        file: f.name,
        code: f.refused.code,
        severity: "error",
        zh: `${f.refused.zh},已跳过`,
        en: `${f.refused.en}; skipped`,
      });
      fileResults.push({ name: f.name, read: false, regions: [] });
      const guess = regionOfName(f.name, plan);
      if (guess !== undefined) fileRegion.set(f.name, guess);
      reject(f.name, guess, problems);
      continue;
    }
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
      const guess = regionOfName(f.name, plan);
      if (guess !== undefined) fileRegion.set(f.name, guess);
      reject(f.name, guess, problems);
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
    const stamped = reading.stamp?.region;
    const known =
      stamped !== undefined && plan.regions?.includes(stamped) ? stamped : regionOfName(f.name, plan);
    const home = used.length === 1 ? used[0] : known;
    if (home !== undefined) fileRegion.set(f.name, home);
    if (reading.rows.length === 0) reject(f.name, known, reading.problems);
  }
  const regions: RegionResult[] = (plan.regions ?? []).map((region) => {
    const row = byRegion.get(region);
    const why = rejected.get(region);
    if (!row && why) {
      problems.push({
        file: why.file,
        region,
        code: "form-rejected",
        severity: "error",
        zh: `${region}的报表已收到,但未能采用:${why.zh}`,
        en: `${region}'s form arrived but could not be used: ${why.en}`,
      });
      const n = problems.filter((p) => p.file === why.file).length;
      return { region, status: "rejected", reason: why, problems: n };
    }
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
  return { plan, regions, files: fileResults, problems: reportOrder(problems, plan, fileRegion), asOf };
}

/** The plan region a file name names (the longest one it contains), if any. */
function regionOfName(name: string, plan: Plan): string | undefined {
  const hits = (plan.regions ?? []).filter((r) => r !== "" && name.includes(r));
  return hits.sort((a, b) => b.length - a.length)[0];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * The report's order: grouped by county in plan order (a file's own problems under the county
 * it came from, with the county filled in), errors first within a county, then everything that
 * belongs to no county; otherwise as found.
 */
function reportOrder(problems: Problem[], plan: Plan, fileRegion: Map<string, string>): Problem[] {
  const order = new Map((plan.regions ?? []).map((r, i) => [r, i]));
  const placed = problems.map((p, i) => {
    const region = p.region ?? fileRegion.get(p.file);
    const q = region !== undefined && p.region === undefined ? { ...p, region } : p;
    const group = region === undefined ? Infinity : (order.get(region) ?? order.size);
    return { q, group, i };
  });
  placed.sort(
    (a, b) =>
      a.group - b.group ||
      (a.group === order.size ? (a.q.region ?? "").localeCompare(b.q.region ?? "") : 0) ||
      SEVERITY_ORDER[a.q.severity] - SEVERITY_ORDER[b.q.severity] ||
      a.i - b.i,
  );
  return placed.map((x) => x.q);
}
