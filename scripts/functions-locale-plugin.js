/**
 * Webpack plugin (placeholder; the functions work replaces it): after the custom-functions
 * metadata plugin has emitted functions.json, emits functions-zh-cn.json with the same ids and
 * Chinese descriptions.
 */
class FunctionsLocalePlugin {
  apply() {}
}
module.exports = { FunctionsLocalePlugin };
