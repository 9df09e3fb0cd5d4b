import { existsSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { UserError, type Command } from "../command";
import { shareXlsx } from "../../share/xlsxShare";
import { WorkbookLoadError } from "../../share/loadXlsx";
import { shareReportLines } from "../../share/shareReportText";

function parse(args: string[]): { input: string; out: string; force: boolean } {
  let input: string | undefined;
  let out: string | undefined;
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--out" || a === "-o") out = args[++i];
    else if (a.startsWith("--out=")) out = a.slice(6);
    else if (a === "--force" || a === "-f") force = true;
    else if (a.startsWith("-")) throw new UserError(`未知选项 unknown option ${a}`);
    else if (input === undefined) input = a;
    else throw new UserError(`多余的参数 unexpected argument ${a}`);
  }
  if (!input) throw new UserError("缺少输入文件 missing input file: share in.xlsx --out out.xlsx");
  if (!out) throw new UserError("缺少 --out missing --out out.xlsx");
  return { input, out, force };
}

export const shareCommand: Command = {
  name: "share",
  summary: "把 PLAN 公式改写为原生公式,便于邮件分享 / rewrite PLAN formulas as native ones for sharing",
  usage: "share <in.xlsx> --out <out.xlsx> [--force]",
  async run(args) {
    const { input, out, force } = parse(args);
    if (!existsSync(input) || !statSync(input).isFile())
      throw new UserError(`找不到文件 file not found: ${input}`);
    if (resolve(input) === resolve(out)) {
      throw new UserError("输出不能覆盖输入文件 --out must differ from the input file");
    }
    if (existsSync(out) && !force) {
      throw new UserError(`输出文件已存在 ${out} already exists (use --force to overwrite)`);
    }
    let result;
    try {
      result = await shareXlsx(readFileSync(input));
    } catch (e) {
      if (e instanceof WorkbookLoadError) throw new UserError(`${input}: ${e.zh} / ${e.en}`);
      throw e;
    }
    writeFileSync(out, result.output);
    for (const line of shareReportLines(result.report)) console.log(line);
    console.log(`已写入 written: ${out}`);
    return 0;
  },
};
