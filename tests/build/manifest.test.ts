/**
 * The offline manifest check against the production build: dist/manifest.xml must pass, each kind
 * of mistake must be caught, and a build with ADDIN_PUBLIC_URL must produce a manifest that points
 * only at the public URL and still resolves into its build.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { checkManifest, DEV_BASE_URL, pngSize } from "../../scripts/check-manifest";
import { DIST, requireDist } from "./dist";

const ROOT = resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as {
  publicUrl(raw?: string): string;
  manifestFor(xml: string, base: string): string;
};
const BASE = webpackConfig.publicUrl(process.env.ADDIN_PUBLIC_URL);
const SOURCE = readFileSync(join(ROOT, "manifest.xml"), "utf8");

let tmp: string;
beforeAll(() => {
  requireDist();
  tmp = mkdtempSync(join(tmpdir(), "ip-manifest-"));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function checkText(xml: string) {
  const file = join(tmp, `m-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  return checkManifest({ manifestPath: file, distDir: DIST, baseUrl: DEV_BASE_URL });
}

test("dist/manifest.xml passes every offline check", () => {
  const r = checkManifest({ manifestPath: join(DIST, "manifest.xml"), distDir: DIST, baseUrl: BASE });
  expect(r.problems).toEqual([]);
  expect(r.passed).toEqual(
    expect.arrayContaining([
      "well-formed XML (xmllint)",
      "custom functions namespace PLAN",
      "shared runtime: one long-lived page for task pane, functions and commands",
      "every label, tooltip and description has a zh-cn override",
      "icons 16/32/64/80/128 px exist at their sizes",
    ]),
  );
});

test("the source manifest passes against the build and the build copies it with the base URL", () => {
  expect(checkText(SOURCE).problems).toEqual([]);
  expect(readFileSync(join(DIST, "manifest.xml"), "utf8")).toBe(webpackConfig.manifestFor(SOURCE, BASE));
});

test("the committed icons are PNGs of their nominal size", () => {
  for (const size of [16, 32, 64, 80, 128]) {
    expect(pngSize(join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
  }
});

describe("each kind of mistake is caught", () => {
  const cases: [string, (xml: string) => string, RegExp][] = [
    ["malformed XML", (x) => x.replace("</Hosts>", ""), /not well-formed/],
    [
      "a resid without a resource",
      (x) => x.replace('<Label resid="PlanGroup.Label" />', '<Label resid="PlanGroup.Lable" />'),
      /resid="PlanGroup.Lable"> does not resolve/,
    ],
    [
      "a resid of the wrong kind",
      (x) => x.replace('<Label resid="PlanGroup.Label" />', '<Label resid="TaskpaneButton.Tooltip" />'),
      /needs a short resource, found long/,
    ],
    [
      "a URL the build does not produce",
      (x) => x.replace("assets/icon-80.png", "assets/icon-81.png"),
      /icon-81.png is not produced by the build/,
    ],
    [
      "a URL outside the base",
      (x) => x.replace("https://localhost:3000/taskpane.html", "https://cdn.example/taskpane.html"),
      /is not under https:\/\/localhost:3000\//,
    ],
    [
      "an icon of the wrong size",
      (x) =>
        x.replace(
          'DefaultValue="https://localhost:3000/assets/icon-80.png"',
          'DefaultValue="https://localhost:3000/assets/icon-64.png"',
        ),
      /used as a 80 px icon but is 64×64/,
    ],
    [
      "another namespace",
      (x) => x.replace('DefaultValue="PLAN"', 'DefaultValue="PLN"'),
      /namespace must be PLAN/,
    ],
    [
      "a missing requirement set",
      (x) => x.replace(/<Set Name="SharedRuntime"[^>]*\/>/, ""),
      /SharedRuntime ≥ 1.1 is missing/,
    ],
    [
      "a missing zh-cn string",
      (x) => x.replace('<bt:Override Locale="zh-cn" Value="规划模板" />', ""),
      /without a zh-cn override: TaskpaneButton.Label/,
    ],
    [
      "no zh-cn function metadata",
      (x) => x.replace(/<bt:Override Locale="zh-cn" Value="[^"]*functions-zh-cn.json" \/>/, ""),
      /zh-cn override to functions-zh-cn.json/,
    ],
    [
      "a task pane outside the shared runtime",
      (x) =>
        x.replace('<FunctionFile resid="Taskpane.Url" />', '<FunctionFile resid="Functions.Script.Url" />'),
      /shared runtime/,
    ],
    ["a broader permission", (x) => x.replace(">ReadWriteDocument<", ">ReadDocument<"), /ReadWriteDocument/],
  ];
  test.each(cases)("%s", (_name, mutate, problem) => {
    const xml = mutate(SOURCE);
    expect(xml).not.toBe(SOURCE);
    const { problems } = checkText(xml);
    expect(problems.join("\n")).toMatch(problem);
  });
});

test("ADDIN_PUBLIC_URL substitutes the production URL into the built manifest", () => {
  const out = join(tmp, "prod");
  const publicUrl = "https://intranet.example/planner/";
  const r = spawnSync("npx", ["webpack", "--mode", "production", "--output-path", out], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_PUBLIC_URL: publicUrl.slice(0, -1) },
    encoding: "utf8",
  });
  expect(`${r.status}\n${r.stderr.slice(-2000)}`).toBe(`0\n${r.stderr.slice(-2000)}`);
  const xml = readFileSync(join(out, "manifest.xml"), "utf8");
  expect(xml).not.toMatch(/localhost/);
  expect(xml).toContain(`<SourceLocation DefaultValue="${publicUrl}taskpane.html" />`);
  expect(xml).toContain(`Value="${publicUrl}functions-zh-cn.json"`);
  const check = checkManifest({ manifestPath: join(out, "manifest.xml"), distDir: out, baseUrl: publicUrl });
  expect(check.problems).toEqual([]);
  // The same build against the development URL fails: nothing points at localhost any more.
  const dev = checkManifest({ manifestPath: join(out, "manifest.xml"), distDir: out, baseUrl: DEV_BASE_URL });
  expect(dev.problems.join("\n")).toMatch(/is not under https:\/\/localhost:3000\//);
}, 240_000);

test("ADDIN_PUBLIC_URL must be a URL", () => {
  expect(() => webpackConfig.publicUrl("intranet/planner")).toThrow(/not a URL/);
  expect(() => webpackConfig.publicUrl("ftp://intranet/planner")).toThrow(/https/);
  expect(() => webpackConfig.publicUrl("http://intranet/planner")).toThrow(/https/);
  expect(() => webpackConfig.publicUrl("https://intranet/planner?v=1")).toThrow(/folder URL/);
  expect(webpackConfig.publicUrl("https://intranet.example/planner")).toBe(
    "https://intranet.example/planner/",
  );
  expect(webpackConfig.publicUrl(undefined)).toBe(DEV_BASE_URL);
});
