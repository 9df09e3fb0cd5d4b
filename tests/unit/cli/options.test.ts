import { UserError } from "../../../src/cli/command";
import { asOfArg, parseOptions, templateIdArg } from "../../../src/cli/options";

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error("did not throw");
}

describe("parseOptions", () => {
  it("reads values in both spellings, -o as --out, --lang and --force", () => {
    const o = parseOptions(
      ["a.xlsx", "--plan=p.json", "-o", "s.xlsx", "--lang", "en", "-f"],
      ["--plan", "--out"],
      5,
    );
    expect(o).toEqual({
      values: { "--plan": "p.json", "--out": "s.xlsx" },
      positional: ["a.xlsx"],
      lang: "en",
      force: true,
    });
  });

  it("defaults to Chinese and no force", () => {
    expect(parseOptions([], ["--plan"], 0)).toEqual({ values: {}, positional: [], lang: "zh", force: false });
  });

  it("refuses a missing value, a value that is a flag, and a language other than zh or en", () => {
    expect(message(() => parseOptions(["--plan"], ["--plan"], 0))).toBe("--plan 需要一个值 needs a value");
    expect(message(() => parseOptions(["-o", "--force"], ["--out"], 0))).toBe("-o 需要一个值 needs a value");
    expect(message(() => parseOptions(["--lang=fr"], [], 0))).toContain("must be zh or en: fr");
  });

  it("names unknown options, unexpected arguments, and anything unknown where none are allowed", () => {
    expect(message(() => parseOptions(["--bogus"], [], 1))).toBe("未知选项 unknown option --bogus");
    expect(message(() => parseOptions(["a", "b"], [], 1))).toBe("多余的参数 unexpected argument b");
    expect(message(() => parseOptions(["a"], [], 0))).toBe("未知参数 unknown argument a");
    expect(message(() => parseOptions(["--bogus"], [], 0))).toBe("未知参数 unknown argument --bogus");
  });
});

describe("template and date arguments", () => {
  it("accepts a template id and names the ids there are otherwise", () => {
    expect(templateIdArg("gap-analysis")).toBe("gap-analysis");
    expect(message(() => templateIdArg("annual"))).toMatch(/unknown template 'annual'.*annual-plan/);
  });
  it("accepts a real date or none, and refuses one that does not exist", () => {
    expect(asOfArg("2024-02-29")).toBe("2024-02-29");
    expect(asOfArg(undefined)).toBeUndefined();
    expect(message(() => asOfArg("2023-02-29"))).toMatch(/--as-of/);
  });
});
