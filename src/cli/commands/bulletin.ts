import { UserError, type Command } from "../command";
import { asOfArg, parseOptions } from "../options";
import { readPlanFile } from "../planFile";
import { checkOutput, writeOutput } from "../files";
import { expandInputs, returnedFile } from "./collect";
import { MAX_WORKBOOK_BYTES } from "../../share/loadXlsx";
import { serialFromIso } from "../../core/excelDate";
import { bulletinInput } from "../../bulletin/fromSummary";
import { BulletinError } from "../../bulletin/model";
import { bulletinDocxNode } from "../../bulletin/node";

interface Args {
  inputs: string[];
  plan: string;
  out: string;
  lang: "zh" | "en";
  force: boolean;
  asOf?: string;
  date?: string;
  issuer?: string;
  to?: string;
  charts?: number[];
}

function chartsArg(s: string | undefined, n: number): number[] | undefined {
  if (s === undefined) return undefined;
  if (s === "all") return Array.from({ length: n }, (_, i) => i);
  if (s === "none") return [];
  const list = s.split(",").map((x) => Number(x.trim()));
  if (list.some((x) => !Number.isInteger(x) || x < 1 || x > n))
    throw new UserError(
      `--charts 应为 all、none 或 1…${n} 的序号列表 must be all, none or numbers 1…${n}: ${s}`,
    );
  return list.map((x) => x - 1);
}

function parse(args: string[]): Omit<Args, "charts"> & { charts?: string } {
  const o = parseOptions(
    args,
    ["--plan", "--out", "--as-of", "--date", "--issuer", "--to", "--charts"],
    Infinity,
  );
  const v = o.values;
  if (o.positional.length === 0)
    throw new UserError(
      "缺少回收的文件或汇总表 missing returned files or a summary: bulletin returned/*.xlsx",
    );
  if (!v["--plan"]) throw new UserError("缺少 --plan missing --plan plan.json");
  if (!v["--out"]) throw new UserError("缺少 --out missing --out 通报.docx");
  if (!/\.docx$/i.test(v["--out"]))
    throw new UserError(`--out 应为 .docx 文件 must be a .docx file: ${v["--out"]}`);
  const date = asOfArg(v["--date"]);
  return {
    inputs: o.positional,
    plan: v["--plan"],
    out: v["--out"],
    lang: o.lang,
    force: o.force,
    asOf: asOfArg(v["--as-of"]),
    ...(date ? { date } : {}),
    ...(v["--issuer"] ? { issuer: v["--issuer"] } : {}),
    ...(v["--to"] ? { to: v["--to"] } : {}),
    ...(v["--charts"] ? { charts: v["--charts"] } : {}),
  };
}

export const bulletinCommand: Command = {
  name: "bulletin",
  summary: "由回收的填报表(或汇总表)生成季度通报 Word 文档 / write the quarterly bulletin (.docx)",
  usage:
    "bulletin <returned/*.xlsx | dir | summary.xlsx> --plan <plan.json> --out <通报.docx> [--as-of yyyy-mm-dd] [--date yyyy-mm-dd] [--issuer 发文机关] [--to 主送机关] [--charts 1,2,3|all|none] [--lang zh|en] [--force]",
  async run(args) {
    const a = parse(args);
    const plan = readPlanFile(a.plan, a.lang);
    const files = expandInputs(a.inputs);
    checkOutput(a.out, [a.plan, ...files], a.force);
    const input = await bulletinInput(
      // Regular files only (a FIFO or dangling link among them is reported, not a hang).
      files.map((f) => returnedFile(f, MAX_WORKBOOK_BYTES)),
      plan,
    );
    const charts = chartsArg(a.charts, plan.indicators.length);
    let result;
    try {
      result = await bulletinDocxNode(input.consolidation, {
        lang: a.lang,
        ...(a.asOf ? { asOf: serialFromIso(a.asOf)! } : {}),
        ...(a.date ? { date: serialFromIso(a.date)! } : {}),
        ...(a.issuer ? { issuer: a.issuer } : {}),
        ...(a.to ? { addressee: a.to } : {}),
        ...(charts ? { charts } : {}),
        ...(input.submissions ? { submissions: input.submissions } : {}),
      });
    } catch (e) {
      if (e instanceof BulletinError) throw new UserError(e.message);
      throw e;
    }
    writeOutput(a.out, result.bytes);
    const b = result.bulletin;
    console.log(
      `${b.title}:县(市)区 ${b.counts.reported}/${b.counts.regions} 已报送` +
        (b.counts.missing.length ? `,未报送 ${b.counts.missing.join("、")}` : "") +
        (b.counts.rejected.length ? `,未通过审核 ${b.counts.rejected.join("、")}` : ""),
    );
    if (b.issuerIsPlaceholder)
      console.log(
        "提示 note: 未给出 --issuer,发文机关处留有占位 / no --issuer: the issuing office is a placeholder",
      );
    console.log(`已写入 written: ${a.out}`);
    return 0;
  },
};
