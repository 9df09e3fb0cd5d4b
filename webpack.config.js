/**
 * One page, one runtime: taskpane.html loads office.js (served from our own build, never a CDN),
 * the task-pane bundle and the custom-functions bundle. The manifest points both the task pane and
 * the custom functions at this page, so they share one JavaScript runtime (SharedRuntime 1.1).
 *
 * `webpack --mode production` → dist/ (minimized, tree-shaken);
 * `webpack --mode development` → readable bundles with CSP-safe source maps (no eval).
 * ADDIN_PUBLIC_URL=https://host/path/ substitutes the production origin into dist/manifest.xml.
 */
const fs = require("node:fs");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
// webpack's own minimizer package (a dependency of webpack), resolved from webpack's folder.
const MinimizerPlugin = require(
  require.resolve("minimizer-webpack-plugin", { paths: [require.resolve("webpack")] }),
);

const DEV_URL = "https://localhost:3000/";
const DIST = path.resolve(__dirname, "dist");
const FUNCTIONS_TS = path.resolve(__dirname, "src/functions/functions.ts");

/** Normalizes a public URL to end with exactly one slash; refuses anything but https. */
function publicUrl(raw) {
  if (!raw) return DEV_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: ${raw}`);
  }
  // Office loads add-ins over HTTPS only.
  if (url.protocol !== "https:") throw new Error(`ADDIN_PUBLIC_URL must be an https:// URL: ${raw}`);
  if (url.search || url.hash)
    throw new Error(`ADDIN_PUBLIC_URL must be a folder URL, without ? or #: ${raw}`);
  return url.href.replace(/\/*$/, "/");
}

/**
 * The manifest with every development URL replaced by the public one; a bare origin (AppDomain)
 * becomes the public origin.
 */
function manifestFor(xml, base) {
  if (base === DEV_URL) return xml;
  return xml.split(DEV_URL).join(base).split(DEV_URL.slice(0, -1)).join(new URL(base).origin);
}

/**
 * Only what office.js needs to run Excel add-ins offline: the loader, Excel host scripts, the
 * custom-functions runtime, localized strings and the pieces office.js fetches lazily. Other hosts'
 * scripts and the debug builds would add ~60 MB for nothing.
 */
const OFFICE_JS_IGNORE = [
  "**/*.debug.js",
  "**/*.d.ts",
  "**/*vsdoc*",
  "**/access-*",
  "**/onenote*",
  "**/outlook*",
  "**/powerpoint*",
  "**/project-*",
  "**/word*",
  "**/webauth/**",
];

/**
 * Webpack writes each module as a function in its chunk, parenthesized so that V8 compiles it
 * eagerly, on the thread that streams the script, rather than on the page's main thread when the
 * module first runs (V8's "PIFE" heuristic). The minifier drops those parentheses (and turns the
 * functions into methods), which moved the compiling of Univer's module bodies — each of its
 * packages is one module of up to 0.8 MB — onto the main thread at start. This puts them back
 * after minification, in the chunks that webpack loads with import() (`….push([[ids],{id(…){…}}])`);
 * webpack-sources keeps the source maps right.
 */
class EagerModulesPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    const acorn = require(require.resolve("acorn", { paths: [require.resolve("webpack")] }));
    const modulesOf = (program) => {
      for (const statement of program.body) {
        if (statement.type !== "ExpressionStatement") continue;
        const list =
          statement.expression.type === "SequenceExpression"
            ? statement.expression.expressions
            : [statement.expression];
        for (const e of list) {
          if (e.type !== "CallExpression" || e.callee.type !== "MemberExpression") continue;
          if (e.callee.property.name !== "push" || e.arguments.length !== 1) continue;
          const arg = e.arguments[0];
          if (arg.type === "ArrayExpression" && arg.elements[1]?.type === "ObjectExpression")
            return arg.elements[1];
        }
      }
      return null;
    };
    compiler.hooks.thisCompilation.tap("EagerModulesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "EagerModulesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 },
        (assets) => {
          for (const file of Object.keys(assets)) {
            if (!file.endsWith(".js")) continue;
            const original = compilation.getAsset(file).source;
            const code = original.source().toString();
            if (!code.includes(".push([[")) continue;
            let program;
            try {
              program = acorn.parse(code, { ecmaVersion: "latest", sourceType: "script" });
            } catch {
              continue;
            }
            const modules = modulesOf(program);
            if (!modules) continue;
            const out = new sources.ReplaceSource(original);
            for (const p of modules.properties) {
              // A computed key or an async/generator method cannot be rewritten this way (webpack
              // writes neither for module functions).
              if (p.type !== "Property" || p.computed) continue;
              const f = p.value;
              if (f.async || f.generator) continue;
              if (p.method) {
                // id(e,t,o){…} → id:(function(e,t,o){…})
                out.insert(p.key.end, ":(function");
                out.insert(f.end, ")");
              } else if (f.type === "FunctionExpression" || f.type === "ArrowFunctionExpression") {
                out.insert(f.start, "(");
                out.insert(f.end, ")");
              }
            }
            compilation.updateAsset(file, out);
          }
        },
      );
    });
  }
}

module.exports = (_env, argv = {}) => {
  const production = argv.mode !== "development";
  const base = publicUrl(production ? process.env.ADDIN_PUBLIC_URL : undefined);
  const withFunctions = fs.existsSync(FUNCTIONS_TS);

  // The metadata plugin writes functions.json into the output folder and expects it to exist.
  fs.mkdirSync(DIST, { recursive: true });

  const entry = { taskpane: "./src/taskpane/index.tsx" };
  const plugins = production ? [new EagerModulesPlugin()] : [];
  if (withFunctions) {
    entry.functions = "./src/functions/functions.ts";
    const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
    plugins.push(
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      new (require("./scripts/functions-locale-plugin.js").FunctionsLocalePlugin)(),
    );
  }

  // The workbench: Univer's grid with the same pane, for machines without Excel (no office.js).
  entry.workbench = "./src/workbench/main.ts";
  plugins.push(
    new HtmlWebpackPlugin({
      filename: "workbench.html",
      template: "./src/workbench/workbench.html",
      chunks: ["workbench"],
      scriptLoading: "defer",
      minify: production,
    }),
  );

  plugins.push(
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      // Functions first: Excel may call a function as soon as the page has loaded.
      chunks: withFunctions ? ["functions", "taskpane"] : ["taskpane"],
      chunksSortMode: "manual",
      scriptLoading: "defer",
      minify: production,
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        {
          from: "manifest.xml",
          to: "manifest.xml",
          transform: (content) => manifestFor(content.toString("utf8"), base),
        },
        {
          from: "node_modules/@microsoft/office-js/dist",
          to: "assets/office-js",
          globOptions: { ignore: OFFICE_JS_IGNORE },
          // Already minified by Microsoft; without this the minimizer spends minutes on 27 MB.
          info: { minimized: true },
        },
      ],
    }),
  );

  return {
    mode: production ? "production" : "development",
    // eval-based source maps would need 'unsafe-eval', which the page's CSP forbids.
    devtool: "source-map",
    entry,
    output: {
      path: DIST,
      // functions.js keeps a stable name: the manifest's Functions.Script.Url points at it.
      filename: production
        ? (data) => (data.chunk.name === "functions" ? "[name].js" : "[name].[contenthash:8].js")
        : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        // Univer's styles, injected as <style> at run time (the CSP allows inline styles).
        { test: /\.css$/, use: ["style-loader", "css-loader"] },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `tsc --noEmit` in `npm test`; the bundle only needs transpiling.
              transpileOnly: true,
              compilerOptions: { noEmit: false, module: "esnext", sourceMap: true },
            },
          },
        },
      ],
    },
    plugins,
    optimization: {
      // esbuild instead of terser: Univer is ~7 MB of JavaScript, and terser took minutes to
      // minify it on a 2-core machine; esbuild takes seconds for a few percent more bytes.
      minimizer: [
        new MinimizerPlugin({
          minify: MinimizerPlugin.esbuildMinify,
          minimizerOptions: { target: "es2020" },
        }),
      ],
    },
    performance: { hints: false },
    stats: production ? "errors-warnings" : "minimal",
    devServer: {
      port: 3000,
      hot: false,
      // Office on the web loads the page from another origin in an iframe.
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: false, logging: "warn" },
      static: false,
    },
  };
};

module.exports.publicUrl = publicUrl;
module.exports.manifestFor = manifestFor;
module.exports.DEV_URL = DEV_URL;
