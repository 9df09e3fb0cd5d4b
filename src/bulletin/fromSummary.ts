/**
 * The bulletin's input: the returned forms (consolidated here), or a summary workbook written
 * by collect. A summary is read as what it is, a quarterly report of all regions: its rows carry
 * the consolidated targets and actuals, and its 报送情况 column says which regions did not report
 * or whose forms were refused, so those are never ranked as regions that reported nothing.
 */
import { consolidate, type Consolidation, type ReturnedFile } from "../collect/consolidate";
import { labelOf, SheetCells } from "../collect/sheetCells";
import type { Plan } from "../core/plan";
import { loadXlsx } from "../share/loadXlsx";
import type { Submission } from "./submission";

export interface BulletinInput {
  consolidation: Consolidation;
  /** Regions whose state a summary workbook states (otherwise derived from the consolidation). */
  submissions?: Record<string, Submission>;
  /** Whether the input was a summary workbook. */
  fromSummary: boolean;
}

const SUBMISSION_LABELS = ["报送情况", "submission"].map(labelOf);
const REGION_LABELS = ["县(市)区", "region"].map(labelOf);
const MISSING = /^(未报送|missing|notreported)/i;
const REJECTED = /(未采用|未通过|退回|rejected|notused|refused)/i;

/** Reads a summary's 报送情况 column: region → state; undefined when the file is not a summary. */
async function summaryStates(
  file: ReturnedFile,
  plan: Plan,
): Promise<Record<string, Submission> | undefined> {
  let wb;
  try {
    wb = await loadXlsx(file.bytes instanceof Uint8Array ? file.bytes : new Uint8Array(file.bytes));
  } catch {
    return undefined; // consolidate reports what is wrong with the file
  }
  const regions = new Map((plan.regions ?? []).map((r) => [labelOf(r), r]));
  for (const ws of wb.worksheets) {
    const sheet = new SheetCells(ws);
    const head = sheet.cells.find((c) => c.label !== undefined && SUBMISSION_LABELS.includes(c.label));
    const regionHead = sheet.cells.find((c) => c.label !== undefined && REGION_LABELS.includes(c.label));
    if (!head || !regionHead) continue;
    const states: Record<string, Submission> = {};
    for (const c of sheet.cells) {
      if (c.col !== regionHead.col || c.row <= regionHead.row || c.text === undefined) continue;
      const region = regions.get(labelOf(c.text));
      if (region === undefined) continue;
      const text = sheet.at(c.row, head.col)?.text?.trim() ?? "";
      const folded = labelOf(text);
      // "已收到,未采用:规划不符": the reason is what follows the colon.
      const why = text.split(/[::]/).slice(1).join(":").trim() || text;
      if (REJECTED.test(folded)) states[region] = { state: "rejected", zh: why, en: why };
      else if (MISSING.test(folded)) states[region] = { state: "missing" };
      else states[region] = { state: "reported" };
    }
    return states;
  }
  return undefined;
}

export async function bulletinInput(files: ReturnedFile[], plan: Plan): Promise<BulletinInput> {
  const consolidation = await consolidate(files, plan);
  if (files.length !== 1) return { consolidation, fromSummary: false };
  const states = await summaryStates(files[0], plan);
  if (!states) return { consolidation, fromSummary: false };
  // Rows of regions that did not report are blank in a summary: not reported, not "empty".
  const absent = new Set(Object.keys(states).filter((r) => states[r].state !== "reported"));
  consolidation.problems = consolidation.problems.filter(
    (p) => !(p.code === "empty-input" && p.region !== undefined && absent.has(p.region)),
  );
  for (const reg of consolidation.regions) {
    if (absent.has(reg.region)) {
      reg.status = "missing";
      delete reg.row;
    }
  }
  return { consolidation, submissions: states, fromSummary: true };
}
