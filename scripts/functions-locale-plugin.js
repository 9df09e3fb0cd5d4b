/**
 * Webpack plugin: after the custom-functions metadata plugin has put functions.json (English,
 * generated from the JSDoc in src/functions/functions.ts) into the compilation, writes
 * functions-zh-cn.json — the same ids, names and structure with the Chinese descriptions from
 * src/functions/catalog.json. The manifest points zh-CN Office at it with <bt:Override>. Both
 * files get the runtime options of withRuntimeOptions (functions.json is rewritten in place).
 *
 * The build fails (a compilation error) when a function or parameter lacks a description in
 * either language, when the catalog describes something functions.json does not have, or when
 * the catalog's English differs from the JSDoc: the catalog is the one place for both languages,
 * and the JSDoc must say the same.
 */
const fs = require("node:fs");
const path = require("node:path");

const PLUGIN = "FunctionsLocalePlugin";
const DEFAULT_CATALOG = path.resolve(__dirname, "../src/functions/catalog.json");

function text(x) {
  return typeof x === "string" && x.trim() !== "" ? x : undefined;
}

/**
 * Checks the generated English metadata against the catalog and builds the Chinese metadata.
 * @param {{ functions: Array<{ id: string, description?: string, parameters?: Array<{ name: string, description?: string }> }> }} metadata
 * @param {{ functions: Array<{ id: string, description?: { zh?: string, en?: string }, params?: Array<{ name: string, zh?: string, en?: string }> }> }} catalog
 * @returns {{ json: object, errors: string[] }}
 */
function localizeMetadata(metadata, catalog) {
  const errors = [];
  const byId = new Map();
  for (const entry of (catalog && catalog.functions) || []) {
    if (byId.has(entry.id)) errors.push(`catalog: ${entry.id} is described twice`);
    byId.set(entry.id, entry);
  }
  const functions = (metadata && metadata.functions) || [];
  const seen = new Set();
  const localized = functions.map((fn) => {
    seen.add(fn.id);
    const entry = byId.get(fn.id);
    if (!text(fn.description)) errors.push(`functions.json: ${fn.id} has no English description (JSDoc)`);
    if (!entry) {
      errors.push(`catalog: no Chinese description for function ${fn.id}`);
      return fn;
    }
    const zh = entry.description && text(entry.description.zh);
    const en = entry.description && text(entry.description.en);
    if (!zh) errors.push(`catalog: ${fn.id} has no Chinese description`);
    if (!en) errors.push(`catalog: ${fn.id} has no English description`);
    else if (en !== fn.description) {
      errors.push(
        `catalog: the English description of ${fn.id} differs from the JSDoc:\n  JSDoc:   ${fn.description}\n  catalog: ${en}`,
      );
    }
    const params = fn.parameters || [];
    const catalogParams = entry.params || [];
    for (const p of catalogParams) {
      if (!params.some((q) => q.name === p.name)) errors.push(`catalog: ${fn.id} has no parameter ${p.name}`);
    }
    const parameters = params.map((p) => {
      const cp = catalogParams.find((q) => q.name === p.name);
      if (!text(p.description))
        errors.push(`functions.json: ${fn.id}(${p.name}) has no English description (JSDoc)`);
      if (!cp) {
        errors.push(`catalog: no Chinese description for ${fn.id}(${p.name})`);
        return p;
      }
      if (!text(cp.zh)) errors.push(`catalog: ${fn.id}(${p.name}) has no Chinese description`);
      if (!text(cp.en)) errors.push(`catalog: ${fn.id}(${p.name}) has no English description`);
      else if (cp.en !== p.description) {
        errors.push(
          `catalog: the English description of ${fn.id}(${p.name}) differs from the JSDoc:\n  JSDoc:   ${p.description}\n  catalog: ${cp.en}`,
        );
      }
      return { ...p, description: cp.zh };
    });
    return { ...fn, description: zh || fn.description, parameters };
  });
  for (const id of byId.keys()) {
    if (!seen.has(id)) errors.push(`catalog: ${id} is not a custom function in functions.json`);
  }
  return { json: { ...metadata, functions: localized }, errors };
}

/**
 * The metadata's top-level runtime options, set for both languages:
 *  - allowErrorForDataTypeAny: true, so an error inside a range argument reaches the function
 *    (every parameter is type any) and gives an error in its own spilled cell only, as Excel's own
 *    functions do; without it Excel skips the call and the whole spill is one error;
 *  - allowCustomDataForDataTypeAny removed (the metadata generator always writes it as true): with
 *    it, a linked data type (Stocks, Geography) in an argument arrives as an entity object the
 *    functions cannot read (#VALUE!); without it Excel passes the data type's display value.
 * @param {object} metadata
 * @returns {object}
 */
function withRuntimeOptions(metadata) {
  // eslint-disable-next-line no-unused-vars
  const { allowCustomDataForDataTypeAny, allowErrorForDataTypeAny, ...rest } = metadata;
  return { allowErrorForDataTypeAny: true, ...rest };
}

class FunctionsLocalePlugin {
  /**
   * @param {{ input?: string, output?: string, catalog?: string }} [options]
   *   input: the English metadata asset (functions.json); output: the Chinese one
   *   (functions-zh-cn.json); catalog: path of catalog.json.
   */
  constructor(options = {}) {
    this.input = options.input || "functions.json";
    this.output = options.output || "functions-zh-cn.json";
    this.catalog = options.catalog || DEFAULT_CATALOG;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          compilation.fileDependencies.add(this.catalog);
          const fail = (message) => compilation.errors.push(new WebpackError(`${PLUGIN}: ${message}`));
          const asset = compilation.getAsset(this.input);
          if (!asset) {
            fail(`${this.input} was not emitted: the custom-functions metadata plugin must run first`);
            return;
          }
          let metadata;
          let catalog;
          try {
            metadata = JSON.parse(asset.source.source().toString());
            catalog = JSON.parse(fs.readFileSync(this.catalog, "utf8"));
          } catch (e) {
            fail(`cannot read ${this.input} or ${this.catalog}: ${e.message}`);
            return;
          }
          metadata = withRuntimeOptions(metadata);
          const { json, errors } = localizeMetadata(metadata, catalog);
          if (errors.length > 0) {
            errors.forEach(fail);
            return;
          }
          compilation.updateAsset(this.input, new sources.RawSource(JSON.stringify(metadata, null, 4)));
          compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(json, null, 4)));
        },
      );
    });
  }
}

module.exports = { FunctionsLocalePlugin, localizeMetadata, withRuntimeOptions };
