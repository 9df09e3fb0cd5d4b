import { UserError, type Command } from "../command";
import { asOfArg, parseOptions, templateIdArg } from "../options";
import { readPlanFile } from "../planFile";
import { checkOutput, writeOutput } from "../files";
import type { Lang } from "../../core/errors";
import { buildTemplate, TEMPLATE_IDS } from "../../model/templates";
import { writeXlsx } from "../../writers/xlsx";

interface NewArgs {
  template: string;
  plan: string;
  out: string;
  lang: Lang;
  asOf?: string;
  region?: string;
  force: boolean;
}

function parse(args: string[]): NewArgs {
  const o = parseOptions(args, ["--plan", "--out", "--as-of", "--region"], 1);
  const { "--plan": plan, "--out": out, "--as-of": asOf, "--region": region } = o.values;
  const [template] = o.positional;
  if (!template) throw new UserError(`缺少模板 missing template: one of ${TEMPLATE_IDS.join(", ")}`);
  if (!plan) throw new UserError("缺少 --plan missing --plan plan.json");
  if (!out) throw new UserError("缺少 --out missing --out file.xlsx");
  return { template, plan, out, lang: o.lang, asOf, region, force: o.force };
}

export const newCommand: Command = {
  name: "new",
  summary: "按计划文件生成模板工作簿 / write a template workbook from a plan file",
  usage:
    "new <template> --plan plan.json --out file.xlsx [--lang en] [--as-of yyyy-mm-dd] [--region 名称] [--force]",
  async run(args) {
    const a = parse(args);
    const template = templateIdArg(a.template);
    asOfArg(a.asOf);
    const plan = readPlanFile(a.plan, a.lang);
    checkOutput(a.out, [a.plan], a.force);
    const model = buildTemplate(template, plan, { lang: a.lang, asOf: a.asOf, region: a.region });
    writeOutput(a.out, await writeXlsx([model]));
    console.log(`已写入 written: ${a.out} (${model.sheetName}, ${plan.indicators.length} 项指标 indicators)`);
    return 0;
  },
};
