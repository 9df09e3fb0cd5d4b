/**
 * Whether a region's numbers can be ranked: its form was read (reported), never arrived
 * (missing), or arrived and could not be used (rejected, with the consolidation's reason).
 * Only reported regions are ever ranked.
 */
import type { RegionResult } from "../collect/consolidate";

export type Submission =
  { state: "reported" } | { state: "missing" } | { state: "rejected"; zh: string; en: string };

export function submissionOf(reg: RegionResult): Submission {
  if (reg.status === "submitted") return { state: "reported" };
  if (reg.status === "rejected")
    return { state: "rejected", zh: reg.reason?.zh ?? "未能采用", en: reg.reason?.en ?? "could not be used" };
  return { state: "missing" };
}
