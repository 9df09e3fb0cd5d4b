/**
 * The production chunks keep every module function parenthesized (webpack.config.js,
 * EagerModulesPlugin): V8 then compiles Univer's module bodies on the thread that streams the
 * script instead of on the page's main thread at start. The minifier drops the parentheses, so
 * this fails on a build without the plugin.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { DIST, requireDist } from "./dist";

// webpack's own parser, as the plugin uses it.
const load = createRequire(__filename);
const acorn = load(load.resolve("acorn", { paths: [load.resolve("webpack")] })) as {
  parse(code: string, options: Record<string, unknown>): AcornNode;
};

interface AcornNode {
  type: string;
  body?: AcornNode[];
  expression?: AcornNode & { expressions?: AcornNode[] };
  callee?: AcornNode & { property?: { name?: string } };
  arguments?: AcornNode[];
  elements?: Array<AcornNode | null>;
  properties?: Array<AcornNode & { value: AcornNode; method?: boolean }>;
}

/** The object of module functions in a chunk loaded by import(): `….push([[ids],{…}])`. */
function modulesOf(program: AcornNode): AcornNode | undefined {
  for (const statement of program.body ?? []) {
    if (statement.type !== "ExpressionStatement" || !statement.expression) continue;
    const e0 = statement.expression;
    const list = e0.type === "SequenceExpression" ? (e0.expressions ?? []) : [e0];
    for (const e of list) {
      if (e.type !== "CallExpression" || e.callee?.property?.name !== "push") continue;
      const arg = e.arguments?.[0];
      const modules = arg?.type === "ArrayExpression" ? arg.elements?.[1] : undefined;
      if (modules?.type === "ObjectExpression") return modules;
    }
  }
  return undefined;
}

describe("production chunks", () => {
  beforeAll(requireDist);

  test("every module function of the workbench's lazy chunks is parenthesized", () => {
    const chunks = readdirSync(DIST).filter((f) => f.endsWith(".js"));
    let checked = 0;
    let largest = 0;
    for (const file of chunks) {
      const code = readFileSync(join(DIST, file), "utf8");
      if (!code.includes(".push([[")) continue;
      const program = acorn.parse(code, {
        ecmaVersion: "latest",
        sourceType: "script",
        preserveParens: true,
      });
      const modules = modulesOf(program);
      if (!modules) continue;
      const bare = (modules.properties ?? [])
        .filter((p) => p.type === "Property" && p.value.type !== "ParenthesizedExpression")
        .map((p) => `${file}: ${p.method ? "method" : p.value.type}`);
      expect(bare).toEqual([]);
      checked += modules.properties?.length ?? 0;
      largest = Math.max(largest, code.length);
    }
    // Univer's packages are among them: hundreds of modules, chunks of several hundred KB.
    expect(checked).toBeGreaterThan(100);
    expect(largest).toBeGreaterThan(300_000);
  });
});
