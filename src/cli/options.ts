/**
 * The argument parsing the file-writing commands share: `--flag value` or `--flag=value` (a value
 * never starts with "--"), `-o` for `--out`, `--lang zh|en`, `--force`/`-f`, and positional
 * arguments up to a limit. Each bad argument is one UserError line.
 */
import type { Lang } from "../core/errors";
import { serialFromIso } from "../core/excelDate";
import { isTemplateId, TEMPLATE_IDS } from "../model/templates";
import type { TemplateId } from "../model/types";
import { UserError } from "./command";

export interface Options {
  /** Values of the value flags given, by flag ("--out" also for "-o"). */
  values: Partial<Record<string, string>>;
  positional: string[];
  lang: Lang;
  force: boolean;
}

/**
 * `valueFlags`: the flags besides --lang that take a value. `maxPositional`: how many arguments
 * without a dash are allowed; with 0 any unexpected argument is "unknown".
 */
export function parseOptions(
  args: readonly string[],
  valueFlags: readonly string[],
  maxPositional: number,
): Options {
  const o: Options = { values: {}, positional: [], lang: "zh", force: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const given = eq > 0 ? a.slice(0, eq) : a;
    const flag = given === "-o" ? "--out" : given;
    const take = (): string => {
      const v = eq > 0 ? a.slice(eq + 1) : args[++i];
      if (v === undefined || v.startsWith("--")) throw new UserError(`${given} 需要一个值 needs a value`);
      return v;
    };
    if (flag === "--lang") {
      const l = take();
      if (l !== "zh" && l !== "en") throw new UserError(`--lang 只能是 zh 或 en / must be zh or en: ${l}`);
      o.lang = l;
    } else if (valueFlags.includes(flag)) o.values[flag] = take();
    else if (flag === "--force" || flag === "-f") o.force = true;
    else if (maxPositional === 0) throw new UserError(`未知参数 unknown argument ${a}`);
    else if (a.startsWith("-")) throw new UserError(`未知选项 unknown option ${a}`);
    else if (o.positional.length < maxPositional) o.positional.push(a);
    else throw new UserError(`多余的参数 unexpected argument ${a}`);
  }
  return o;
}

/** A template id given on the command line, or one line naming the ids there are. */
export function templateIdArg(id: string): TemplateId {
  if (!isTemplateId(id)) throw new UserError(`未知模板 unknown template '${id}': ${TEMPLATE_IDS.join(", ")}`);
  return id;
}

/** An --as-of date, checked to be a real yyyy-mm-dd date (absent stays absent). */
export function asOfArg(asOf: string | undefined): string | undefined {
  if (asOf !== undefined && serialFromIso(asOf) === undefined) {
    throw new UserError(`--as-of 应为日期 yyyy-mm-dd / must be a date yyyy-mm-dd: ${asOf}`);
  }
  return asOf;
}
