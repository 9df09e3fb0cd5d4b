/**
 * collect.seconds: consolidating 150 returned forms of 50 indicators (the forms are generated
 * and filled in a temp dir first; only reading + checking + the summary workbook is timed).
 * share.formulasPerSecond: PLAN formulas rewritten into native ones per second.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Benchmark } from "./types";
import type { Plan } from "../src/core/plan";
import { distributeForms } from "../src/collect/distribute";
import { consolidate } from "../src/collect/consolidate";
import { consolidationXlsx } from "../src/collect/xlsxCollect";
import { rewriteFormula } from "../src/share/rewriteFormula";

const REGIONS = 150;
const INDICATORS = 50;

function benchPlan(): Plan {
  return {
    title: "基准测试规划",
    baseYear: 2023,
    targetYear: 2024,
    regions: Array.from({ length: REGIONS }, (_, j) => `县区${j + 1}`),
    indicators: Array.from({ length: INDICATORS }, (_, i) => ({
      name: `指标${i + 1}`,
      unit: i % 5 === 0 ? "万元" : "件",
      base: 100 + i,
      growth: 0.1,
    })),
  };
}

async function prepareForms(plan: Plan, dir: string): Promise<void> {
  const forms = await distributeForms(plan, "quarterly-report");
  for (const [j, f] of forms.entries()) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(f.bytes) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    for (let i = 0; i < INDICATORS; i++) {
      ws.getCell(5, 3 + 6 * i).value = 100 + i;
      // a realistic share of faults: some numbers typed as text
      ws.getCell(5, 4 + 6 * i).value = (i + j) % 17 === 0 ? `${50 + j}` : 50 + j + i;
    }
    writeFileSync(join(dir, f.fileName), Buffer.from(await wb.xlsx.writeBuffer()));
  }
}

function shareFormulasPerSecond(): number {
  const formulas = [
    "=PLAN.PROJECT(B2,C2,D2)",
    "=_xldudf_PLAN_TARGET('县区 数据'!$B$2,C2,,3)",
    '=IF(PLAN.COMPLETION(E5,F5)<1,"未完成",PLAN.STATUS(E5,F5,$G$1))',
    "=ROUND(PLAN.CAGR(B2,E2,5),4)",
    "=SUM(A1:A9)+1",
  ];
  const n = 20000;
  const t0 = performance.now();
  let changed = 0;
  for (let k = 0; k < n; k++)
    if (rewriteFormula(formulas[k % formulas.length]).kind !== "unchanged") changed++;
  const s = (performance.now() - t0) / 1000;
  if (changed !== (n / formulas.length) * 4) throw new Error("share bench: unexpected rewrite count");
  return Math.round(n / s);
}

export const collectBench: Benchmark = {
  name: "collect",
  async run() {
    const plan = benchPlan();
    const dir = mkdtempSync(join(tmpdir(), "ip-bench-collect-"));
    try {
      await prepareForms(plan, dir);
      const t0 = performance.now();
      const files = readdirSync(dir).map((f) => ({ name: f, bytes: readFileSync(join(dir, f)) }));
      const c = await consolidate(files, plan);
      await consolidationXlsx(c, "zh");
      const seconds = (performance.now() - t0) / 1000;
      const submitted = c.regions.filter((r) => r.status === "submitted").length;
      if (submitted !== REGIONS) throw new Error(`collect bench: ${submitted}/${REGIONS} regions read`);
      return {
        collect: { seconds: Number(seconds.toFixed(2)), files: files.length },
        share: { formulasPerSecond: shareFormulasPerSecond() },
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
