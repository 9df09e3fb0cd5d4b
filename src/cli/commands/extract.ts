import { UserError, type Command } from "../command";
import { extractIndicators } from "../../extract/extract";
import { readDocument } from "../../extract/readDocument";
import { UnreadableDocument } from "../../extract/decode";
import { toPlan } from "../../extract/toPlan";
import { validatePlan, formatIssue } from "../../core/planValidation";
import type { ExtractedIndicator, ExtractResult } from "../../extract/types";
import { ruleById } from "../../extract/rules";

const KIND_ZH: Record<ExtractedIndicator["kind"], string> = {
  level: "目标值",
  growth: "增长",
  cagr: "年均增长",
  multiple: "倍数",
  increment: "百分点变化",
};

function formatValue(it: ExtractedIndicator): string {
  if (it.unit === "%") return `${+(it.value * 100).toFixed(4)}%`;
  if (it.unit === "‰") return `${+(it.value * 1000).toFixed(4)}‰`;
  if (it.kind === "increment") return `${it.decrease ? "-" : ""}${+(it.value * 100).toFixed(4)}个百分点`;
  if (it.kind === "multiple") return `${it.value}倍`;
  return `${it.value}${it.unit}`;
}

function table(items: ExtractedIndicator[]): string {
  return items
    .map((it) => {
      const flags = [
        it.historic ? "历史" : "",
        it.aspirational ? "力争" : "",
        it.ambiguous ? "≥/>?" : "",
        it.confidence < 0.7 ? "待核实" : "",
      ].filter(Boolean);
      return `${it.name}\t${KIND_ZH[it.kind]}\t${it.comparator} ${formatValue(it)}\t${it.confidence}${
        flags.length ? `\t[${flags.join(",")}]` : ""
      }`;
    })
    .join("\n");
}

/** Why each number was taken or left: the rules, one line per item, then the numbers left. */
function explanation(result: ExtractResult): string {
  const out: string[] = [];
  const says = (id: string) => `${id}(${ruleById(id)?.says ?? "?"})`;
  if (result.periodRule)
    out.push(
      `== 期间 / period: ${result.baseYear ?? "?"}–${result.targetYear ?? "?"} ${says(result.periodRule)}`,
    );
  out.push("== 采用 / taken ==");
  for (const it of result.indicators) {
    out.push(`${it.historic ? "[历史] " : ""}${it.name}\t${it.comparator} ${formatValue(it)}`);
    out.push(`  规则 rules: ${(it.rules ?? []).join(" → ")}`);
    out.push(`  原文 source: ${it.source}`);
  }
  out.push("== 未采用 / left ==");
  for (const r of result.rejected ?? []) {
    out.push(`${r.text}\t${says(r.rule)}`);
    out.push(`  原文 source: ${r.source}`);
  }
  return out.join("\n");
}

export const extractCommand: Command = {
  name: "extract",
  summary: "从规划文本(.txt/.docx)提取量化指标 / extract the quantitative targets of a plan document",
  usage: "extract <file.txt|file.docx|-> [--json | --plan | --explain]",
  async run(args) {
    const json = args.includes("--json");
    const plan = args.includes("--plan");
    const explain = args.includes("--explain");
    const unknown = args.filter((a) => a.startsWith("--") && !["--json", "--plan", "--explain"].includes(a));
    const files = args.filter((a) => !a.startsWith("--"));
    if (unknown.length) throw new UserError(`未知选项 unknown option: ${unknown[0]}`);
    if (files.length !== 1)
      throw new UserError("用法 usage: extract <file.txt|file.docx|-> [--json | --plan | --explain]");
    if (json && plan) throw new UserError("--json 与 --plan 只能选一个 / choose --json or --plan");
    if (explain && plan) throw new UserError("--explain 与 --plan 只能选一个 / choose --explain or --plan");
    let text: string;
    try {
      text = await readDocument(files[0]);
    } catch (e) {
      if (e instanceof UnreadableDocument) throw new UserError(`${e.zh} / ${e.en}: ${files[0]}`);
      throw new UserError(e instanceof Error ? e.message : String(e));
    }
    const result = extractIndicators(text, { explain });
    if (explain && !json) {
      console.log(explanation(result));
      return 0;
    }
    if (json) {
      console.log(JSON.stringify(result, null, 2));
      return 0;
    }
    if (plan) {
      const p = toPlan(result, new Date().getFullYear());
      if (p.indicators.length === 0)
        throw new UserError("未找到量化指标,无法生成计划 / no quantitative targets found: no plan", 1);
      const v = validatePlan(p);
      const error = v.issues.find((i) => i.severity === "error");
      if (error) throw new UserError(`生成的计划无效 / invalid plan: ${formatIssue(error, "zh")}`, 1);
      console.log(JSON.stringify(v.plan ?? p, null, 2));
      return 0;
    }
    const targets = result.indicators;
    if (targets.length === 0) {
      console.log("未找到量化指标 / no quantitative targets found");
      return 0;
    }
    console.log(
      `${result.title || "(无标题 / untitled)"}\t${result.baseYear ?? "?"}–${result.targetYear ?? "?"}`,
    );
    console.log(table(targets));
    return 0;
  },
};
