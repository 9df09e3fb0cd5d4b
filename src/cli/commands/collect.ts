import { lstatSync, readdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { UserError, type Command } from "../command";
import { parseOptions } from "../options";
import type { Lang } from "../../core/errors";
import { consolidate } from "../../collect/consolidate";
import { consolidationXlsx } from "../../collect/xlsxCollect";
import { SEVERITY_LABEL } from "../../collect/problems";
import { MAX_WORKBOOK_BYTES } from "../../share/loadXlsx";
import { readPlanFile } from "../planFile";
import { checkOutput, overInflation, readInput, writeOutput } from "../files";
import type { ReturnedFile } from "../../collect/consolidate";

interface Args {
  inputs: string[];
  plan: string;
  out: string;
  lang: Lang;
  force: boolean;
  maxMb?: number;
}

function parse(args: string[]): Args {
  const o = parseOptions(args, ["--plan", "--out", "--max-mb"], Infinity);
  const { "--plan": plan, "--out": out, "--max-mb": maxMb } = o.values;
  const n = maxMb === undefined ? undefined : Number(maxMb);
  if (n !== undefined && !(n > 0)) throw new UserError("--max-mb 应为正数 must be a positive number");
  if (o.positional.length === 0)
    throw new UserError("缺少回收的文件 missing returned files: collect returned/*.xlsx");
  if (!plan) throw new UserError("缺少 --plan missing --plan plan.json");
  if (!out) throw new UserError("缺少 --out missing --out summary.xlsx");
  return { inputs: o.positional, plan, out, lang: o.lang, force: o.force, maxMb: n };
}

/**
 * Files given directly, and the entries of directories given (not recursing, skipping Excel's
 * "~$" lock files). Nothing is opened here: a FIFO, a device or a dangling link is kept and
 * becomes a reported problem of its own, never a hang or a stop of the batch (collect and bulletin).
 */
export function expandInputs(inputs: string[]): string[] {
  const out: string[] = [];
  for (const p of inputs) {
    // A name given that is nothing at all is a typing mistake: one line. A link to nothing, a
    // FIFO or a device is kept and reported with the other files.
    if (!lstatSync(p, { throwIfNoEntry: false })) throw new UserError(`找不到 not found: ${p}`);
    if (!isDirectory(p)) {
      out.push(p);
      continue;
    }
    for (const f of readdirSync(p).sort()) {
      if (f.startsWith("~$") || f.startsWith(".")) continue;
      const full = join(p, f);
      if (!isDirectory(full)) out.push(full);
    }
  }
  return out;
}

/** A directory, or a link to one (a dangling link is not: it is reported as a file). */
function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** One returned file read safely: its bytes, or why it was refused (reported, not thrown). */
export function returnedFile(path: string, maxBytes: number): ReturnedFile {
  const name = basename(path);
  const r = readInput(path, maxBytes);
  if (!r.ok) {
    if (r.code === "too-large") return { name, bytes: new Uint8Array(0), size: r.size };
    return { name, bytes: new Uint8Array(0), refused: { code: "unreadable", zh: r.zh, en: r.en } };
  }
  const bomb = overInflation(r.bytes);
  if (bomb) return { name, bytes: new Uint8Array(0), refused: { code: "too-large", ...bomb } };
  return { name, bytes: r.bytes };
}

export const collectCommand: Command = {
  name: "collect",
  summary: "汇总各县(市)区回收的填报表并检查问题 / consolidate returned forms and report problems",
  usage:
    "collect <returned/*.xlsx | dir> --plan <plan.json> --out <summary.xlsx> [--lang zh|en] [--max-mb 50] [--force]",
  async run(args) {
    const a = parse(args);
    const plan = readPlanFile(a.plan, a.lang);
    const files = expandInputs(a.inputs);
    checkOutput(a.out, [a.plan, ...files], a.force);
    const maxBytes = a.maxMb !== undefined ? a.maxMb * 1024 * 1024 : MAX_WORKBOOK_BYTES;
    // A file far too large is reported without being read into memory.
    const c = await consolidate(
      files.map((f) => returnedFile(f, maxBytes)),
      plan,
      { maxBytes },
    );
    writeOutput(a.out, await consolidationXlsx(c, a.lang));
    const submitted = c.regions.filter((r) => r.status === "submitted").length;
    const rejected = c.regions.filter((r) => r.status === "rejected").length;
    const errors = c.problems.filter((p) => p.severity === "error").length;
    const read = c.files.filter((f) => f.read).length;
    console.log(
      `文件 ${files.length} 个,读取 ${read} 个;县(市)区 ${submitted}/${c.regions.length} 已报送,${rejected} 个已收到未采用;问题 ${c.problems.length} 条(错误 ${errors} 条)`,
    );
    console.log(
      `${files.length} files, ${read} read; ${submitted}/${c.regions.length} regions submitted, ${rejected} received but not used; ${c.problems.length} problems (${errors} errors)`,
    );
    // Grouped by county (consolidate orders them so, errors first in each).
    let group: string | undefined | null = null;
    for (const p of c.problems) {
      if (p.region !== group) {
        group = p.region;
        console.log(group === undefined ? "【其他 other】" : `【${group}】`);
      }
      const where = [p.file, p.sheet, p.cell].filter(Boolean).join(" ");
      console.log(`  [${SEVERITY_LABEL.zh[p.severity]}] ${where}: ${p.zh} / ${p.en}`);
    }
    console.log(`已写入 written: ${a.out}`);
    return 0;
  },
};
