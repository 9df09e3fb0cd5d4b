/** Each region's form as base64, the form Excel.createWorkbook takes. */
import type { Plan } from "../core/plan";
import type { TemplateId } from "../model/types";
import { toBase64 } from "./base64";
import { regionForm, formFileNames, type DistributeOptions } from "./distribute";

export interface RegionFormBase64 {
  region: string;
  fileName: string;
  base64: string;
}

/** Each region's form as base64, ready for Excel.createWorkbook. */
export async function distributeBase64(
  plan: Plan,
  templateId: TemplateId,
  opts: DistributeOptions = {},
): Promise<RegionFormBase64[]> {
  const names = formFileNames(plan, templateId, opts.lang ?? "zh");
  const out: RegionFormBase64[] = [];
  for (const [i, region] of (plan.regions ?? []).entries()) {
    out.push({
      region,
      fileName: names[i],
      base64: toBase64(await regionForm(plan, templateId, region, opts)),
    });
  }
  return out;
}
