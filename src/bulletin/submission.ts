/**
 * Whether a region's numbers can be ranked: its form was read (reported), never arrived
 * (missing), or arrived and was refused by the consolidation's checks (rejected, with the
 * first reason the problem report gives). Only reported regions are ever ranked.
 */
import type { Consolidation, RegionResult } from "../collect/consolidate";

export type Submission =
  | { state: "reported" }
  | { state: "missing" }
  | { state: "rejected"; zh: string; en: string };

export function submissionOf(c: Consolidation, reg: RegionResult): Submission {
  if (reg.status === "submitted") return { state: "reported" };
  // A form whose stamp names the region but was not read (another plan, another template,
  // unreadable labels) was received: it is rejected, not missing.
  const refused = c.problems.find(
    (p) => p.severity === "error" && p.region === reg.region && p.code !== "missing-region",
  );
  if (refused) return { state: "rejected", zh: refused.zh, en: refused.en };
  return { state: "missing" };
}
