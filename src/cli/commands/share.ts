import { UserError, type Command } from "../command";
import { shareXlsx } from "../../share/xlsxShare";
import type { ShareReport } from "../../share/planShare";
import { WorkbookLoadError } from "../../share/loadXlsx";
import { shareReportLines } from "../../share/shareReportText";
import { MAX_WORKBOOK_BYTES } from "../../share/loadXlsx";
import { checkOutput, overInflation, readRequiredInput, writeOutput } from "../files";

/** Exit code when the output was written but some PLAN formulas could not be converted. */
export const EXIT_UNCONVERTED = 3;

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

/** Where the report says a PLAN call was not turned into a native formula. */
function unconverted(report: ShareReport): string[] {
  const cell = (c: { sheet: string; address: string }) => `${c.sheet}!${c.address}`;
  return [
    ...report.changes.filter((c) => c.kind === "value").map(cell),
    ...report.untouched.map(cell),
    ...(report.rules ?? []).filter((r) => r.after === undefined).map((r) => `${r.place} ${r.where}`),
  ];
}

export const shareCommand: Command = {
  name: "share",
  summary: "把 PLAN 公式改写为原生公式,便于邮件分享 / rewrite PLAN formulas as native ones for sharing",
  usage: "share <in.xlsx> --out <out.xlsx> [--force]",
  async run(args) {
    const { input, out, force } = parse(args);
    checkOutput(out, [input], force);
    const bytes = readRequiredInput(input, MAX_WORKBOOK_BYTES, { zh: "输入文件", en: "input file" });
    const bomb = overInflation(bytes);
    if (bomb) throw new UserError(`${input}: ${bomb.zh} / ${bomb.en}`);
    let result;
    try {
      result = await shareXlsx(bytes);
    } catch (e) {
      if (e instanceof WorkbookLoadError) throw new UserError(`${input}: ${e.zh} / ${e.en}`);
      throw e;
    }
    writeOutput(out, result.output);
    for (const line of shareReportLines(result.report)) console.log(line);
    console.log(`已写入 written: ${out}`);
    // Anything left with a PLAN call (a kept value, an untouched cell, name or rule) shows
    // #NAME? or a frozen number without the add-in: the caller must know, so a distinct code.
    const left = unconverted(result.report);
    if (left.length > 0) {
      console.error(
        `未完全转换 not fully converted: ${left.length} 处仍依赖加载项 still depend on the add-in: ${left.join(", ")}`,
      );
      return EXIT_UNCONVERTED;
    }
    return 0;
  },
};
