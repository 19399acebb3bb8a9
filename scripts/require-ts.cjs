// @ts-check
// Lets the build (webpack.config.js, scripts/pane-pages.cjs) require TypeScript modules of src/ that it
// needs at build time (the words of the boot script and the support page): the TypeScript compiler strips
// the types, Node resolves the imports. Build-time only; nothing here reaches the pane.
const { readFileSync } = require("node:fs");
const Module = require("node:module");
const ts = require("typescript");

/** @type {Record<string, (module: { _compile(code: string, file: string): void }, file: string) => void>} */
const extensions = /** @type {never} */ (Module)._extensions;

extensions[".ts"] = (module, file) => {
  const { outputText } = ts.transpileModule(readFileSync(file, "utf8"), {
    fileName: file,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
    },
  });
  module._compile(outputText, file);
};

/**
 * @param {string} file an absolute path to a .ts module
 * @returns {any}
 */
function requireTs(file) {
  return require(file);
}

module.exports = { requireTs };
