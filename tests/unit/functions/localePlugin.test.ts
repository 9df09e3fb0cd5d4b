/**
 * The zh-CN metadata step in a real webpack compilation, next to Microsoft's metadata plugin,
 * as webpack.config.js wires them: it emits functions-zh-cn.json beside functions.json, and a
 * missing translation fails the build.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { FunctionsLocalePlugin } = require("../../../scripts/functions-locale-plugin.js");

const FUNCTIONS_JS = `/**
 * Adds two numbers.
 * @customfunction ADD
 * @param {number} first The first number.
 * @param {number} [second] The second number.
 * @returns {number} The sum.
 */
function add(first, second) {
  return first + (second || 0);
}
`;

function catalog(zhSecond: string | undefined) {
  return {
    functions: [
      {
        id: "ADD",
        description: { zh: "两数相加。", en: "Adds two numbers." },
        params: [
          { name: "first", zh: "第一个数。", en: "The first number." },
          { name: "second", ...(zhSecond === undefined ? {} : { zh: zhSecond }), en: "The second number." },
        ],
        examples: [],
      },
    ],
  };
}

async function build(zhSecond: string | undefined): Promise<{ dir: string; stats: webpack.Stats }> {
  const dir = mkdtempSync(join(tmpdir(), "ip-locale-"));
  mkdirSync(join(dir, "dist"));
  writeFileSync(join(dir, "functions.js"), FUNCTIONS_JS);
  writeFileSync(join(dir, "catalog.json"), JSON.stringify(catalog(zhSecond)));
  const compiler = webpack({
    mode: "development",
    devtool: false,
    context: dir,
    entry: { functions: join(dir, "functions.js") },
    output: { path: join(dir, "dist") },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: join(dir, "functions.js"), output: "functions.json" }),
      new FunctionsLocalePlugin({ catalog: join(dir, "catalog.json") }),
    ],
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((err, s) => (err || !s ? reject(err) : resolve(s))),
  );
  await new Promise((resolve) => compiler.close(resolve));
  return { dir, stats };
}

describe("FunctionsLocalePlugin in a webpack build", () => {
  it("emits functions-zh-cn.json with the same ids and Chinese descriptions", async () => {
    const { dir, stats } = await build("第二个数。");
    try {
      expect(stats.compilation.errors.map((e) => e.message)).toEqual([]);
      const en = JSON.parse(readFileSync(join(dir, "dist", "functions.json"), "utf8"));
      const zh = JSON.parse(readFileSync(join(dir, "dist", "functions-zh-cn.json"), "utf8"));
      expect(zh.functions.map((f: { id: string }) => f.id)).toEqual(
        en.functions.map((f: { id: string }) => f.id),
      );
      expect(zh.functions[0].name).toBe("ADD");
      expect(zh.functions[0].description).toBe("两数相加。");
      expect(zh.functions[0].parameters.map((p: { description: string }) => p.description)).toEqual([
        "第一个数。",
        "第二个数。",
      ]);
      expect(zh.functions[0].parameters[1].optional).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60000);

  it("fails the build when a translation is missing", async () => {
    const { dir, stats } = await build(undefined);
    try {
      expect(stats.hasErrors()).toBe(true);
      expect(stats.compilation.errors.map((e) => e.message).join("\n")).toMatch(
        /FunctionsLocalePlugin: catalog: ADD\(second\) has no Chinese description/,
      );
      expect(existsSync(join(dir, "dist", "functions-zh-cn.json"))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60000);
});
