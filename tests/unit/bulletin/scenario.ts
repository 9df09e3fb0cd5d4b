/**
 * The bulletin scenario shared by the unit, LibreOffice and browser tests: a 10-county,
 * 6-indicator plan (flows, a stock, a rate, a lower-is-better level), forms handed out with the
 * real distribute code and filled as counties would; one county never returns its form, one
 * returns last year's form (another plan: rejected). Values include a tie and a completion on a
 * rounding edge.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Plan } from "../../../src/core/plan";
import { distributeForms } from "../../../src/collect/distribute";
import { STAMP_PREFIX } from "../../../src/model/stamp";
import { fill, load, REGIONS, save, type Inputs } from "../collect/forms";

export { REGIONS };
export const MISSING = "长乐县";
export const REJECTED = "新桥镇";
export const AS_OF = "2024-06-30";

export const BULLETIN_PLAN: Plan = {
  title: "2024年专利工作推进计划",
  baseYear: 2023,
  targetYear: 2024,
  regions: REGIONS,
  indicators: [
    { name: "专利申请量", unit: "件", base: 300, target: 400 },
    { name: "发明专利申请量", unit: "件", base: 40, target: 60 },
    { name: "专利实施产值", unit: "万元", base: 1000, growth: 0.2 },
    { name: "有效发明专利拥有量", unit: "件", base: 200, target: 260, nature: "stock" },
    { name: "专利侵权纠纷结案率", unit: "%", target: 0.9 },
    { name: "专利侵权纠纷平均办理周期", unit: "天", target: 60, lowerIsBetter: true },
  ],
};

/** Per county (plan order): [indicator][target, actual]. Counties 8 and 9 are rejected / missing. */
export const VALUES: Inputs[] = [
  // 城关区: ahead on most; 专利申请量 68.0%
  [
    [50, 34],
    [8, 5],
    [150, 90],
    [30, 20],
    [0.9, 0.95],
    [60, 45],
  ],
  // 东城区: 专利申请量 tie with 西城区 at 50.0% (40/80 and 25/50)
  [
    [80, 40],
    [8, 4],
    [150, 70],
    [30, 15],
    [0.9, 0.88],
    [60, 62],
  ],
  [
    [50, 25],
    [6, 2],
    [120, 50],
    [25, 12],
    [0.9, 0.9],
    [60, 58],
  ],
  // 南湖区: 专利申请量 99.9/200 = 49.95% → written 50.0% (half up), so it shares the tie
  [
    [200, 99.9],
    [6, 3],
    [120, 66],
    [25, 14],
    [0.9, 0.7],
    [60, 90],
  ],
  [
    [40, 12],
    [5, 1],
    [100, 20],
    [20, 5],
    [0.9, 0.8],
    [60, 75],
  ],
  [
    [40, 30],
    [5, 4],
    [100, 55],
    [20, 11],
    [0.9, 0.92],
    [60, 40],
  ],
  [
    [30, 9],
    [4, 1],
    [80, 30],
    [15, 6],
    [0.9, 0.6],
    [60, 100],
  ],
  // 平安县: leaves 专利实施产值 actual blank (not filled in: not ranked)
  [
    [30, 16],
    [4, 2],
    [80, null],
    [15, 8],
    [0.9, 0.85],
    [60, 55],
  ],
  [
    [30, 15],
    [4, 2],
    [80, 40],
    [15, 8],
    [0.9, 0.9],
    [60, 60],
  ],
  [
    [30, 15],
    [4, 2],
    [80, 40],
    [15, 8],
    [0.9, 0.9],
    [60, 60],
  ],
];

export interface BulletinScenario {
  dir: string;
  files: string[];
}

const created: string[] = [];

export function removeBulletinScenarios(): void {
  for (const d of created.splice(0)) rmSync(d, { recursive: true, force: true });
}

export async function buildBulletinScenario(): Promise<BulletinScenario> {
  const dir = mkdtempSync(join(tmpdir(), "ip-bulletin-"));
  created.push(dir);
  const forms = await distributeForms(BULLETIN_PLAN, "quarterly-report", { lang: "zh", asOf: AS_OF });
  const files: string[] = [];
  for (let j = 0; j < forms.length; j++) {
    const region = REGIONS[j];
    if (region === MISSING) continue;
    const wb = await load(forms[j].bytes);
    const ws = wb.worksheets[0];
    fill(ws, VALUES[j]);
    if (region === REJECTED) {
      // Last year's form sent back: its stamp names another plan, so it is refused.
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string" && cell.value.startsWith(STAMP_PREFIX))
            cell.value = cell.value.replace(BULLETIN_PLAN.title, "2023年专利工作推进计划");
        }),
      );
    }
    writeFileSync(join(dir, forms[j].fileName), await save(wb));
    files.push(forms[j].fileName);
  }
  return { dir, files };
}
