import { existsSync, mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { UserError, type Command } from "../command";
import { asOfArg, parseOptions, templateIdArg } from "../options";
import type { Lang } from "../../core/errors";
import { distributeForms, formFileNames, DistributeError } from "../../collect/distribute";
import { readPlanFile } from "../planFile";
import { checkOutput, writeOutput } from "../files";

interface Args {
  plan: string;
  template: string;
  out: string;
  lang: Lang;
  asOf?: string;
  force: boolean;
}

function parse(args: string[]): Args {
  const o = parseOptions(args, ["--plan", "--template", "--out", "--as-of"], 0);
  const {
    "--plan": plan,
    "--template": template = "quarterly-report",
    "--out": out,
    "--as-of": asOf,
  } = o.values;
  if (!plan) throw new UserError("缺少 --plan missing --plan plan.json");
  if (!out) throw new UserError("缺少 --out missing --out dir/");
  return { plan, template, out, lang: o.lang, asOf, force: o.force };
}

export const distributeCommand: Command = {
  name: "distribute",
  summary: "按县(市)区分发填报表,每个县区一个工作簿 / one form workbook per region",
  usage:
    "distribute --plan <plan.json> [--template quarterly-report] --out <dir/> [--lang zh|en] [--as-of yyyy-mm-dd] [--force]",
  async run(args) {
    const a = parse(args);
    const template = templateIdArg(a.template);
    asOfArg(a.asOf);
    const plan = readPlanFile(a.plan, a.lang);
    if (existsSync(a.out) && !statSync(a.out).isDirectory()) {
      throw new UserError(`--out 应为目录 must be a directory: ${a.out}`);
    }
    // Check every target before writing anything, so a refusal leaves nothing half-done.
    const names = formFileNames(plan, template, a.lang);
    for (const n of names) {
      const p = join(a.out, n);
      // An empty file (from a previous failed try) may be replaced without --force.
      const empty = existsSync(p) && statSync(p).isFile() && statSync(p).size === 0;
      checkOutput(p, [a.plan], a.force || empty);
    }
    let forms;
    try {
      forms = await distributeForms(plan, template, { lang: a.lang, asOf: a.asOf });
    } catch (e) {
      if (e instanceof DistributeError) throw new UserError(`${e.zh} / ${e.en}`);
      throw e;
    }
    mkdirSync(a.out, { recursive: true });
    for (const f of forms) {
      writeOutput(join(a.out, f.fileName), f.bytes);
      console.log(`${f.region}\t${join(a.out, f.fileName)}`);
    }
    console.log(`已生成 ${forms.length} 份填报表 / ${forms.length} forms written to ${a.out}`);
    return 0;
  },
};
