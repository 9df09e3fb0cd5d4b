/**
 * The share report as text lines (CLI) — Chinese first, English second on each line.
 */
import type { ShareReport } from "./planShare";

function q(sheet: string): string {
  return /^[\w\u4e00-\u9fff]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function shareReportLines(report: ShareReport): string[] {
  const lines: string[] = [];
  const native = report.changes.filter((c) => c.kind === "native");
  const series = report.changes.filter((c) => c.kind === "series");
  const kept = report.changes.filter((c) => c.kind === "value");
  lines.push(
    `扫描公式 ${report.formulasScanned} 个;改写为原生公式 ${native.length} 格,SERIES 展开 ${series.length} 格,保留数值 ${kept.length} 格,原样保留 ${report.untouched.length} 格`,
    `scanned ${report.formulasScanned} formulas; ${native.length} cells rewritten natively, ${series.length} SERIES cells, ${kept.length} kept as values, ${report.untouched.length} left as they were`,
  );
  for (const c of native)
    lines.push(`  改写 rewritten  ${q(c.sheet)}!${c.address}: =${c.before}  →  =${c.formula}`);
  for (const c of series) lines.push(`  展开 spilled    ${q(c.sheet)}!${c.address}: =${c.formula}`);
  for (const c of kept) {
    lines.push(
      `  保留数值 kept value  ${q(c.sheet)}!${c.address} = ${String(c.value)}: ${c.reason?.zh} / ${c.reason?.en}`,
    );
  }
  for (const u of report.untouched) {
    lines.push(`  原样保留 left as is  ${q(u.sheet)}!${u.address}: ${u.reason.zh} / ${u.reason.en}`);
  }
  const PLACE = {
    name: "名称 name",
    validation: "数据验证 validation",
    "conditional-format": "条件格式 conditional format",
  };
  for (const r of report.rules ?? []) {
    lines.push(
      r.after !== undefined
        ? `  改写 rewritten  ${PLACE[r.place]} ${r.where}: =${r.before}  →  =${r.after}`
        : `  原样保留 left as is  ${PLACE[r.place]} ${r.where}: =${r.before}: ${r.reason?.zh} / ${r.reason?.en}`,
    );
  }
  return lines;
}
